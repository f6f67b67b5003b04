namespace ActorGraph.Cli.Commands.Export;

/// <summary>The text formats besides DOT.</summary>
internal enum ExportFormat
{
    /// <summary>GraphML for Gephi and yEd.</summary>
    GraphMl,
    /// <summary>One JSON document.</summary>
    Json,
    /// <summary>A cypher-shell script.</summary>
    Cypher,
}
