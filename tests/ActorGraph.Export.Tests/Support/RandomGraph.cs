using ActorGraph.Core.Model;

namespace ActorGraph.Export.Tests.Support;

/// <summary>A random actor graph (preferential attachment, every kind and sign, a few processes), fixed by its seed.</summary>
internal static class RandomGraph
{
    public static ActorGraphData Create(int actors, int seed)
    {
        var random = new Random(seed);
        var list = Enumerable.Range(0, actors).Select(i => new Actor($"x{i:000}", $"Actor {i}", (ActorKind)(i % 9), [])).ToList();
        var ends = new List<int>();
        var relations = new List<Relation>();
        for (var i = 1; i < actors; i++)
        {
            foreach (var j in Enumerable.Range(0, Math.Min(i, 2)).Select(_ => ends.Count == 0 || random.Next(3) == 0 ? random.Next(i) : ends[random.Next(ends.Count)]).Distinct())
            {
                relations.Add(new Relation($"r{relations.Count:0000}", list[i].Id, list[j].Id, RelationVocabulary.All[random.Next(RelationVocabulary.All.Count)],
                    random.NextDouble(), 1, new DateRange(new DateOnly(2024, 1, 1).AddDays(random.Next(300)), null), [], Modality.Reported, []));
                ends.Add(i);
                ends.Add(j);
            }
        }
        var processes = Enumerable.Range(0, actors / 10).Select(p => new MediationProcess($"p{p}", $"Talks {p}",
            [list[random.Next(actors)].Id, list[random.Next(actors)].Id], [list[random.Next(actors)].Id], [], (ProcessStatus)(p % 5),
            DateRange.Always, [], [])).ToList();
        return new ActorGraphData(list, relations, processes, []);
    }
}
