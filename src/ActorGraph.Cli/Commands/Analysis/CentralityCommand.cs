using System.CommandLine;
using ActorGraph.Analysis.Centrality;
using ActorGraph.Cli.Infrastructure;

namespace ActorGraph.Cli.Commands.Analysis;

/// <summary><c>actorgraph centrality</c>: actors ranked by betweenness, dyad betweenness, PageRank or degree.</summary>
public sealed class CentralityCommand : ICliCommand
{
    /// <inheritdoc />
    public int Order => 130;

    /// <inheritdoc />
    public Command Build(CliContext context)
    {
        var source = new GraphSourceOptions();
        var scope = new QueryScopeOptions { WithEvidence = false };
        var measure = new Option<string>("--measure", "-m")
        {
            Description = "betweenness (who sits on the shortest cooperative chains), pagerank (who the well-connected turn to) or degree.",
            DefaultValueFactory = _ => "betweenness",
            HelpName = "betweenness|pagerank|degree",
        };
        measure.AcceptOnlyFromAmong("betweenness", "pagerank", "degree");
        var between = new Option<string[]>("--between")
        {
            Description = "Two actors: rank actors by their share of the shortest chains from the first to the second (dyad betweenness).",
            Arity = new ArgumentArity(2, 2),
            AllowMultipleArgumentsPerToken = true,
            HelpName = "A B",
        };
        var top = new Option<int>("--top") { Description = "How many actors to list.", DefaultValueFactory = _ => 10, HelpName = "N" };
        var command = new Command("centrality",
            "Ranks actors over the cooperative layer: betweenness (tie distances as lengths), dyad betweenness\n" +
            "between two actors, PageRank (tie strengths as weights) or degree. Above\n" +
            $"{CentralityReport.ExactBetweennessLimit:N0} actors betweenness is estimated by sampling shortest paths, within\n" +
            $"\u00b1{CentralityReport.EstimateEpsilon.ToString(System.Globalization.CultureInfo.InvariantCulture)} of the exact share with probability {(1 - CentralityReport.EstimateDelta).ToString(System.Globalization.CultureInfo.InvariantCulture)} (the bound is in the answer).\n\n" +
            "Examples:\n  actorgraph centrality --measure pagerank --top 5\n  actorgraph centrality --between Hamas Israel --format json");
        source.AddTo(command);
        command.Options.Add(measure);
        command.Options.Add(between);
        command.Options.Add(top);
        scope.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var chosen = parse.GetValue(measure) switch { "pagerank" => CentralityMeasure.PageRank, "degree" => CentralityMeasure.Degree, _ => CentralityMeasure.Betweenness };
            var pair = parse.GetValue(between);
            if (pair is { Length: > 0 } && chosen != CentralityMeasure.Betweenness)
                throw new CliException("--between works with --measure betweenness only", ExitCodes.Usage);
            var n = parse.GetValue(top);
            if (n < 1) throw new CliException($"--top must be at least 1, not {n}", ExitCodes.Usage);
            var (graph, queries) = await source.LoadAsync(parse, context, cancellationToken);
            (string, string)? dyad = null;
            if (pair is { Length: 2 })
            {
                var a = graph.Resolve(pair[0]);
                var b = graph.Resolve(pair[1]);
                if (a.Id == b.Id) throw new CliException($"--between names {a.Name} ({a.Id}) twice; name two different actors.", ExitCodes.Usage);
                dyad = (a.Id, b.Id);
            }
            var report = queries.Centrality(graph, chosen, parse.GetValue(scope.AsOf), dyad, n, parse.GetValue(scope.Current));
            if (scope.IsJson(parse)) FormatOption.WriteJson(context, report);
            else FormatOption.WriteText(context, o => Write(o, report));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(TextWriter o, CentralityReport report)
    {
        o.WriteLine(report.Description);
        if (report.Top.Length == 0)
        {
            o.WriteLine(report.Between.Length > 0 ? "No actor lies between them on a cooperative chain (they are tied directly, or not connected)." : "Every actor scores 0.");
            return;
        }
        var table = new TableWriter("RANK", "ACTOR", "ID", "SCORE", "PARTNERS");
        foreach (var e in report.Top) table.Add(e.Rank, e.Name, e.ActorId, e.Score.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture), e.Degree);
        table.WriteTo(o);
        Legend.Write(o,
            ("SCORE", "the measure named above, higher is more central; compare ranks, not values across measures"),
            ("PARTNERS", "how many actors it has a channel of contact with"));
    }
}
