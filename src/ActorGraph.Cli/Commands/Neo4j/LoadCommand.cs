using System.CommandLine;
using System.Diagnostics;
using ActorGraph.Cli.Infrastructure;
using ActorGraph.Storage.Neo4j;

namespace ActorGraph.Cli.Commands.Neo4j;

/// <summary><c>actorgraph load --neo4j URI</c>: loads the seed folder into Neo4j, idempotently, with progress on stderr.</summary>
public sealed class LoadCommand : ICliCommand
{
    public int Order => 90;

    public Command Build(CliContext context)
    {
        var source = new GraphSourceOptions { ReadsNeo4j = false };
        var connection = new Neo4jConnectionOptions();
        var batch = new Option<int>("--batch-size")
        {
            Description = "Rows per UNWIND batch (one transaction each).",
            DefaultValueFactory = _ => 5_000,
            HelpName = "N",
        };
        var command = new Command("load",
            "Load the seed folder into Neo4j: constraints, then nodes and relationships MERGEd on their ids in batches\n" +
            "(one transaction each, transient errors retried), recorded as a (:LoadRun). Running it again converges: what\n" +
            "an earlier load of the same seed folder wrote and the seed no longer has is removed. Progress goes to stderr.\n\n" +
            "Examples:\n" +
            "  ACTORGRAPH_NEO4J_PASSWORD=... actorgraph load --neo4j bolt://localhost:7687 --seed graph-seed\n" +
            "  actorgraph load --neo4j neo4j://db.example.org:7687 --user analyst --database actors --password-stdin < pw.txt");
        source.AddTo(command);
        connection.AddTo(command);
        command.Options.Add(batch);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var size = parse.GetValue(batch);
            if (size is < 1 or > 100_000) throw new CliException("--batch-size is between 1 and 100000.", ExitCodes.Usage);
            var uri = connection.ResolveUri(parse, context);
            var (graph, _) = await source.LoadAsync(parse, context, cancellationToken);
            var clock = Stopwatch.StartNew();
            await using var driver = connection.CreateDriver(parse, context, () => Console.In);
            var store = new Neo4jGraphStore(driver, new Neo4jStoreOptions
            {
                Database = connection.ResolveDatabase(parse),
                BatchSize = size,
                Description = Neo4jConnectionOptions.Redact(uri),
            });
            context.Error.WriteLine($"loading {graph.Origin} into {Neo4jConnectionOptions.Redact(uri)}...");
            try
            {
                await store.ReplaceAsync(graph.Data, Path.GetFullPath(graph.Origin), new StderrProgress(context.Error), cancellationToken);
            }
            catch (Exception e) when (Neo4jConnectionOptions.IsDriverError(e))
            {
                throw Neo4jConnectionOptions.Explain(e, uri);
            }
            var d = graph.Data;
            context.Out.WriteLine(
                $"loaded {d.Actors.Length} actors, {d.Relations.Length} relations, {d.Processes.Length} processes and {d.Sources.Length} sources " +
                $"into {Neo4jConnectionOptions.Redact(uri)} in {clock.Elapsed.TotalSeconds:0.0}s");
            return ExitCodes.Ok;
        });
        return command;
    }
}
