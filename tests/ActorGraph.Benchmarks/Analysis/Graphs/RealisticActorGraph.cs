using System.Collections.Immutable;
using ActorGraph.Core.Model;

namespace ActorGraph.Benchmarks.Analysis.Graphs;

/// <summary>Turns an edge list into an <see cref="ActorGraphData"/> that looks like event data at scale: string ids,
/// relation kinds of every sign (about 70% cooperative, 15% coercive, 15% hostile), strengths, confidences, dates over
/// five years, one evidence item each, and mediation processes between hub actors. Deterministic for a seed.</summary>
public static class RealisticActorGraph
{
    private static readonly RelationKind[] Cooperative =
        [RelationVocabulary.Meets, RelationVocabulary.Negotiates, RelationVocabulary.Engages, RelationVocabulary.Supports, RelationVocabulary.Cooperates, RelationVocabulary.Mediates, RelationVocabulary.Aids];
    private static readonly RelationKind[] Coercive = [RelationVocabulary.Pressures, RelationVocabulary.Demands, RelationVocabulary.Threatens];
    private static readonly RelationKind[] Hostile = [RelationVocabulary.Accuses, RelationVocabulary.Attacks, RelationVocabulary.ArmedConflict];

    /// <summary>Builds the graph with <paramref name="processes"/> mediation processes.</summary>
    public static ActorGraphData Build(EdgeListGraph edges, int processes = 2000, int seed = 7)
    {
        ArgumentNullException.ThrowIfNull(edges);
        var random = new Random(seed);
        var actors = new Actor[edges.VertexCount];
        for (var i = 0; i < actors.Length; i++) actors[i] = new Actor(Id(i), $"Actor {i}", i % 10 == 0 ? ActorKind.State : ActorKind.ArmedGroup, []);
        var start = new DateOnly(2020, 1, 1);
        var relations = new Relation[edges.Sources.Length];
        for (var e = 0; e < relations.Length; e++)
        {
            var roll = random.NextDouble();
            var kinds = roll < 0.7 ? Cooperative : roll < 0.85 ? Coercive : Hostile;
            var kind = kinds[random.Next(kinds.Length)];
            var date = start.AddDays(random.Next(5 * 365));
            relations[e] = new Relation($"r{e}", Id(edges.Sources[e]), Id(edges.Targets[e]), kind,
                Math.Round(random.NextDouble(), 2), Math.Round(0.5 + random.NextDouble() / 2, 2), new DateRange(date, null), [],
                Modality.Reported, [new Evidence("events", $"event {e}", null)]);
        }
        // Processes between early (hub) actors, mediated by other hubs.
        var hubs = Math.Min(edges.VertexCount, 2000);
        var list = new MediationProcess[processes];
        for (var p = 0; p < processes; p++)
        {
            var picked = new List<int>();
            while (picked.Count < 4)
            {
                var v = random.Next(hubs);
                if (!picked.Contains(v)) picked.Add(v);
            }
            var status = (ProcessStatus)random.Next(5);
            var when = new DateRange(start.AddDays(random.Next(5 * 365)), status is ProcessStatus.Collapsed or ProcessStatus.Ended ? start.AddDays(5 * 365) : null);
            list[p] = new MediationProcess($"p{p}", $"Process {p}", [Id(picked[0]), Id(picked[1])], [Id(picked[2]), Id(picked[3])], ["ceasefire"],
                status, when, [], [new Evidence("events", $"process {p}", null)]);
        }
        return new ActorGraphData(actors, relations, list, [new Source("events", "Synthetic event data")]);
    }

    /// <summary>The actor id of vertex <paramref name="i"/>.</summary>
    public static string Id(int i) => "a" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
