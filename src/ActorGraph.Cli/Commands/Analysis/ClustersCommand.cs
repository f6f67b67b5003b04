using System.CommandLine;
using System.Globalization;
using ActorGraph.Analysis.Clusters;
using ActorGraph.Analysis.Projection;
using ActorGraph.Cli.Infrastructure;
using ActorGraph.Core.Model;

namespace ActorGraph.Cli.Commands.Analysis;

/// <summary><c>actorgraph clusters</c>: influence clusters (Leiden/Louvain on cooperative ties, hostile ties
/// counted against), with modularity, frustration and component counts.</summary>
public sealed class ClustersCommand : ICliCommand
{
    /// <inheritdoc />
    public int Order => 140;

    /// <inheritdoc />
    public Command Build(CliContext context)
    {
        var source = new GraphSourceOptions();
        var scope = new QueryScopeOptions { WithEvidence = false };
        var clustering = new ClusterCommandOptions();
        var members = new Option<int>("--members")
        {
            Description = "How many members to list per cluster in the table (the JSON lists all).",
            DefaultValueFactory = _ => 12,
            HelpName = "N",
        };
        var command = new Command("clusters",
            "Finds camps: groups of actors drawn together by ties of alignment (allied, supports, cooperates,\n" +
            "leads, part-of, member-of; Leiden by default), with ties of opposition inside a camp counted against\n" +
            "it (hostility, ceasefires, sanctions, threats, and being two parties of one mediation process).\n" +
            "Contact is not alignment: a mediator, or an actor that only meets or negotiates, joins no side.\n" +
            "Reports modularity (alignment layer, comparable with igraph), frustration (the share of ties that\n" +
            "contradict the split), the components of the contact layer, and for each actor the ties that put\n" +
            "it in its camp. Every actor is in exactly one camp; actors without alignment ties stand alone.\n\n" +
            "Examples:\n  actorgraph clusters\n  actorgraph clusters --random-seed 7 --resolution 1.5 --as-of 2024-06-01 --format json");
        source.AddTo(command);
        clustering.AddTo(command);
        command.Options.Add(members);
        scope.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = clustering.Read(parse);
            var shown = parse.GetValue(members);
            if (shown < 1) throw new CliException($"--members must be at least 1, not {shown}", ExitCodes.Usage);
            var (graph, queries) = await source.LoadAsync(parse, context, cancellationToken);
            var report = queries.Clusters(graph, options, parse.GetValue(scope.AsOf), parse.GetValue(scope.Current));
            if (scope.IsJson(parse)) FormatOption.WriteJson(context, ToJson(graph.Data, report));
            else FormatOption.WriteText(context, o => Write(o, graph.Data, report, shown));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string NameOf(ActorGraphData data, string id) => data.FindActor(id)?.Name ?? id;

    private static object ToJson(ActorGraphData data, ClusterReport r) => new
    {
        algorithm = r.Options.Algorithm.ToString().ToLowerInvariant(),
        randomSeed = r.Options.Seed,
        resolution = r.Options.Resolution,
        hostileWeight = r.Options.HostileWeight,
        asOf = r.AsOf,
        actors = r.Actors,
        cooperativeTies = r.CooperativeTies,
        hostileTies = r.HostileTies,
        modularity = r.Modularity,
        signedModularity = r.SignedModularity,
        frustration = new
        {
            ties = r.Frustration.Ties,
            cooperativeAcross = r.Frustration.CooperativeAcross,
            hostileInside = r.Frustration.HostileInside,
            share = r.Frustration.Share,
            strengthShare = r.Frustration.StrengthShare,
        },
        components = new { weak = r.WeakComponents, strong = r.StrongComponents },
        singletons = r.Singletons,
        clusters = r.Clusters.Select(c => new
        {
            number = c.Number,
            size = c.Size,
            members = c.Members.Select(id => Member(data, r, id)),
            cooperativeTiesInside = c.CooperativeTiesInside,
            cooperativeStrengthInside = c.CooperativeStrengthInside,
            hostileTiesInside = c.HostileTiesInside,
            cooperativeTiesOutward = c.CooperativeTiesOutward,
        }),
    };

    private static object Member(ActorGraphData data, ClusterReport r, string id)
    {
        var why = r.Reasons[data.IndexOf(id)];
        return new
        {
            id,
            name = NameOf(data, id),
            why = why.Summary,
            alignedWith = why.AlignedWith.Select(Tie),
            opposedTo = why.OpposedTo.Select(Tie),
        };
    }

    private static object Tie(CampTie t) => new { otherId = t.OtherId, kind = t.Kind, evidenceId = t.EvidenceId, strength = t.Strength, sameCamp = t.SameCamp };

    private static void Write(TextWriter o, ActorGraphData data, ClusterReport r, int shown)
    {
        var inv = CultureInfo.InvariantCulture;
        var asOf = r.AsOf is { } d ? " as of " + d.ToString("yyyy-MM-dd", inv) : "";
        var multi = r.Clusters.Length - r.Singletons;
        o.WriteLine(string.Create(inv, $"Influence clusters{asOf} ({ClusterCommandOptions.Describe(r.Options)}): {r.Actors} actors, {multi} clusters of two or more, {r.Singletons} alone."));
        o.WriteLine(string.Create(inv, $"Ties: {r.CooperativeTies} of alignment, {r.HostileTies} of opposition (pairs). Modularity {r.Modularity:0.0000} (alignment layer); with the opposition penalty {r.SignedModularity:0.0000}."));
        var f = r.Frustration;
        o.WriteLine(string.Create(inv, $"Frustration: {f.Share:0.0%} of ties contradict the split ({f.CooperativeAcross} of alignment across camps, {f.HostileInside} of opposition inside), {f.StrengthShare:0.0%} by strength."));
        o.WriteLine(string.Create(inv, $"Contact layer (channels, processes included): {r.WeakComponents} weakly and {r.StrongComponents} strongly connected components."));
        o.WriteLine();
        var table = new TableWriter("#", "SIZE", "COOP INSIDE", "HOSTILE INSIDE", "COOP OUT", "MEMBERS") { MaxCellWidth = 100 };
        var alone = new List<string>();
        foreach (var c in r.Clusters)
        {
            if (c.Size == 1)
            {
                alone.Add(NameOf(data, c.Members[0]));
                continue;
            }
            var names = string.Join(", ", c.Members.Take(shown).Select(id => NameOf(data, id)));
            if (c.Size > shown) names += string.Create(inv, $" … and {c.Size - shown} more");
            table.Add(c.Number, c.Size, c.CooperativeTiesInside, c.HostileTiesInside, c.CooperativeTiesOutward, names);
        }
        if (table.Count > 0)
        {
            table.WriteTo(o);
            Legend.Write(o,
                ("COOP INSIDE", "alignment ties between members; HOSTILE INSIDE: opposition ties between members"),
                ("COOP OUT", "alignment ties from members to actors outside the camp"));
        }
        else o.WriteLine("No cluster of two or more actors.");
        if (alone.Count > 0)
        {
            var list = string.Join(", ", alone.Take(shown));
            if (alone.Count > shown) list += string.Create(inv, $" … and {alone.Count - shown} more");
            o.WriteLine();
            o.WriteLine(string.Create(inv, $"Alone ({alone.Count}; no alignment ties, or outweighed): {list}"));
        }
        o.WriteLine();
        o.WriteLine("Why each actor is in its camp:");
        foreach (var c in r.Clusters)
        {
            foreach (var id in c.Members.Take(shown)) o.WriteLine($"  {c.Number,3}  {NameOf(data, id)}: {r.Reasons[data.IndexOf(id)].Summary}");
        }
    }
}
