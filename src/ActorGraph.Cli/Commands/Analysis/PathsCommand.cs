using System.CommandLine;
using System.Globalization;
using ActorGraph.Analysis.Paths;
using ActorGraph.Cli.Commands.Evidence;
using ActorGraph.Cli.Infrastructure;
using ActorGraph.Core.Text;

namespace ActorGraph.Cli.Commands.Analysis;

/// <summary><c>actorgraph paths A B</c>: the k shortest chains of cooperative ties between two actors.</summary>
public sealed class PathsCommand : ICliCommand
{
    /// <summary>Default hop limit: longer chains are rarely channels an analyst would follow.</summary>
    public const int DefaultMaxHops = 6;

    /// <inheritdoc />
    public int Order => 110;

    /// <inheritdoc />
    public Command Build(CliContext context)
    {
        var source = new GraphSourceOptions();
        var scope = new QueryScopeOptions();
        var first = new Argument<string>("A") { Description = "Where the chain starts: id, name or alias." };
        var second = new Argument<string>("B") { Description = "Where it ends." };
        var k = new Option<int>("--k") { Description = $"How many paths, cheapest first (1..{PathQuery.MaxK}).", DefaultValueFactory = _ => 3, HelpName = "N" };
        var maxHops = new Option<int>("--max-hops") { Description = "Longest chain, in ties.", DefaultValueFactory = _ => DefaultMaxHops, HelpName = "H" };
        var hostile = new Option<bool>("--include-hostile") { Description = "Let hostile ties (attacks, accusations, war) serve as links; they are never channels otherwise." };
        var command = new Command("paths",
            "The k shortest loopless chains of contact (talks, support, and every mediation process: each\n" +
            "mediator to each party) from A to B, each hop with its relation kind, date and evidence. A tie's\n" +
            "length is 1 + (1 - strength x confidence) + 0.25 per year of age, so stronger, surer and more\n" +
            "recent ties are shorter. A leader or agency with no channel of its own starts from the actor it\n" +
            "answers for. When there is no chain, says why (only hostile ties, isolated as of the date,\n" +
            "different components, too many hops).\n\n" +
            "Examples:\n  actorgraph paths Qatar France\n  actorgraph paths hamas \"united states\" --k 5 --max-hops 4 --format json");
        command.Arguments.Add(first);
        command.Arguments.Add(second);
        command.Options.Add(k);
        command.Options.Add(maxHops);
        command.Options.Add(hostile);
        source.AddTo(command);
        scope.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var kValue = parse.GetValue(k);
            var hops = parse.GetValue(maxHops);
            if (kValue is < 1 or > PathQuery.MaxK) throw new CliException($"--k must be between 1 and {PathQuery.MaxK}, not {kValue}", ExitCodes.Usage);
            if (hops < 1) throw new CliException($"--max-hops must be at least 1, not {hops}", ExitCodes.Usage);
            var (graph, queries) = await source.LoadAsync(parse, context, cancellationToken);
            var a = graph.Resolve(parse.GetValue(first)!);
            var b = graph.Resolve(parse.GetValue(second)!);
            var query = new PathQuery(kValue, hops, parse.GetValue(hostile), parse.GetValue(scope.AsOf), Current: parse.GetValue(scope.Current));
            var result = queries.Paths(graph, a.Id, b.Id, query);
            if (scope.IsJson(parse)) FormatOption.WriteJson(context, result);
            else FormatOption.WriteText(context, o => Write(o, result, graph, parse.GetValue(scope.Evidence)));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(TextWriter o, PathSearchResult result, LoadedGraph graph, bool full)
    {
        string Name(string id) => graph.Data.FindActor(id)?.Name ?? id;
        var layer = result.Query.IncludeHostile ? "channels of contact and hostile ties" : "channels of contact";
        var when = result.Query.AsOf is { } d ? " as of " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : result.Query.Current ? " (current)" : "";
        o.WriteLine($"Paths from {Name(result.From)} to {Name(result.To)} over {layer}, processes included{when} (k={result.Query.K}, max hops {result.Query.MaxHops})");
        if (!result.Found)
        {
            o.WriteLine($"No path ({EnumText.Name(result.Reason!.Value)}): {result.Explanation}");
            return;
        }
        if (result.Explanation is not null) o.WriteLine(result.Explanation);
        var fold = new EvidenceFold();
        foreach (var path in result.Paths)
        {
            o.WriteLine();
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"#{path.Rank}  cost {path.Cost:0.###}  {path.Hops.Length} hop(s)  {string.Join(" > ", path.Actors.Select(Name))}"));
            foreach (var hop in path.Hops)
            {
                var refs = EvidenceFold.Refs(fold.CiteAll(hop.Tie.Evidence, $"{Name(hop.From)} > {Name(hop.To)}"));
                if (full)
                {
                    o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {Name(hop.From)} -> {Name(hop.To)}  (distance {hop.Distance:0.###})"));
                    o.WriteLine($"      {EvidenceText.Tie(hop.Tie)} [{hop.Tie.RelationId}] {refs}");
                    if (hop.OtherRelationIds.Length > 0) o.WriteLine($"      also: {string.Join(", ", hop.OtherRelationIds)}");
                }
                else
                {
                    o.WriteLine($"    {Name(hop.From)} -> {Name(hop.To)}: {EvidenceText.Tie(hop.Tie)} {refs}");
                }
            }
        }
        o.WriteLine();
        Legend.Write(o, ("cost", "sum of hop lengths, 1 + (1 - strength x confidence) + 0.25 per year of age; smaller is closer"));
        EvidenceList.Write(o, fold, full);
    }
}
