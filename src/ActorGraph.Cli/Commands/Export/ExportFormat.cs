namespace ActorGraph.Cli.Commands.Export;

/// <summary>The text formats besides DOT.</summary>
internal enum ExportFormat
{
    /// <summary>GraphML for Gephi and yEd.</summary>
    GraphMl,
    /// <summary>GEXF 1.3 with time intervals for Gephi's timeline.</summary>
    Gexf,
    /// <summary>One JSON document.</summary>
    Json,
    /// <summary>A cypher-shell script.</summary>
    Cypher,
}
