using System.CommandLine;
using ActorGraph.Cli.Infrastructure;
using ActorGraph.Export.Cypher;
using ActorGraph.Export.Gexf;
using ActorGraph.Export.GraphMl;
using ActorGraph.Export.Json;
using ActorGraph.Export.View;

namespace ActorGraph.Cli.Commands.Export;

/// <summary><c>actorgraph export graphml|gexf|json|cypher</c>.</summary>
internal static class FileExportCommand
{
    public static Command Build(CliContext context, ExportFormat format)
    {
        var inputs = new ExportInputs();
        var (name, description) = format switch
        {
            ExportFormat.GraphMl => ("graphml",
                "Writes GraphML with typed, declared attributes (opens in Gephi, yEd, Cytoscape, networkx).\n" +
                "Actors and mediation processes are nodes; relations and party/mediator links are edges\n" +
                "(all directed; 'weight' is the tie's strength); each actor's cluster is a node attribute.\n\n" +
                "Example:\n  actorgraph export graphml --as-of 2024-12-01 --out actors.graphml"),
            ExportFormat.Gexf => ("gexf",
                "Writes GEXF 1.3 for Gephi: the same nodes, edges and attributes as GraphML, with each tie's\n" +
                "and process's dates as time intervals, so Gephi's timeline replays the record.\n\n" +
                "Example:\n  actorgraph export gexf --out actors.gexf"),
            ExportFormat.Json => ("json",
                "Writes one JSON document: nodes (actors), edges (relations), clusters, processes and cited sources,\n" +
                "in the same conventions as --format json (camelCase, kebab-case values, ISO dates).\n\n" +
                "Example:\n  actorgraph export json --focus Hamas Israel --out focus.json"),
            _ => ("cypher",
                "Writes a Cypher script that loads the graph into Neo4j 4.4+ (same schema as the Neo4j store):\n" +
                "MERGE on ids, so running it twice changes nothing. Values are escaped literals; labels and\n" +
                "relationship types come from a fixed list.\n\n" +
                "Example:\n  actorgraph export cypher --out load.cypher && cypher-shell -u neo4j -f load.cypher"),
        };
        var command = new Command(name, description);
        inputs.AddTo(command);
        var noClusters = new Option<bool>("--no-clusters")
        {
            Description = "Leave out the influence clusters (computed with Leiden, as 'actorgraph clusters' does).",
        };
        if (format != ExportFormat.Cypher) command.Options.Add(noClusters);
        // Not an option of these formats: accepted only to say where it belongs, instead of the parser's
        // "'svg' was not matched".
        var render = new Option<string?>("--render") { Hidden = true };
        command.Options.Add(render);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(render) is { } picture)
            {
                throw new CliException(
                    $"--render {picture} applies to 'export dot' only (it draws the graph with Graphviz); 'export {name}' writes a " +
                    $"{name} file: use --out FILE, or run 'actorgraph export dot --render {picture} --out graph.{picture}'", ExitCodes.Usage);
            }
            var (graph, options) = await inputs.ResolveAsync(parse, context, cancellationToken);
            if (format != ExportFormat.Cypher && !parse.GetValue(noClusters))
                options = options with { Clusters = ClusterSource.Compute(graph.Data, options.AsOf, context) };
            ExportView view;
            try
            {
                view = ExportView.Create(graph.Data, options);
            }
            catch (ArgumentException ex)
            {
                throw new CliException(ex.Message, ExitCodes.Usage);
            }
            try
            {
                ExportInputs.WriteOutput(parse.GetValue(inputs.Out), context, writer =>
                {
                    switch (format)
                    {
                        case ExportFormat.GraphMl: GraphMlWriter.Write(view, writer); break;
                        case ExportFormat.Gexf: GexfWriter.Write(view, writer); break;
                        case ExportFormat.Json: JsonExportWriter.Write(view, writer); break;
                        default: CypherScriptWriter.Write(view, writer); break;
                    }
                });
            }
            catch (InvalidOperationException ex)
            {
                throw new CliException(ex.Message);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
