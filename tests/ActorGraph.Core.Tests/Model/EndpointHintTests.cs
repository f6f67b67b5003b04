using ActorGraph.Core.Model;

namespace ActorGraph.Core.Tests.Model;

/// <summary>Endpoint positions passed by a loader are hints: the endpoint and incidence indexes of a graph built with
/// them, right or wrong, equal those of the same graph built without them.</summary>
public class EndpointHintTests
{
    private static ActorGraphData Random(int seed, out int[] sources, out int[] targets)
    {
        var random = new Random(seed);
        var actors = Enumerable.Range(0, 300).Select(i => new Actor($"a{i}", $"Actor {i}", ActorKind.State, [])).ToArray();
        var relations = new List<Relation>();
        var s = new List<int>();
        var t = new List<int>();
        for (var r = 0; r < 100_000; r++)
        {
            // Some ends are not actors of the graph (a neighbour's id), some ids are equal strings that are not the actor's instance.
            var a = random.Next(actors.Length + 5);
            var b = random.Next(actors.Length + 5);
            var source = a < actors.Length ? (r % 7 == 0 ? new string(actors[a].Id.AsSpan()) : actors[a].Id) : $"x{a}";
            var target = b < actors.Length ? actors[b].Id : $"x{b}";
            relations.Add(new Relation($"r{r}", source, target, RelationVocabulary.Meets, 1, 1, default, [], Modality.Reported, []));
            s.Add(a < actors.Length ? a : -1);
            t.Add(b < actors.Length ? b : -1);
        }
        sources = [.. s];
        targets = [.. t];
        return new ActorGraphData(actors, relations, [], []);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Hinted_graph_has_the_same_endpoints_and_incidence_as_one_without_hints(bool corrupt)
    {
        var plain = Random(3, out var sources, out var targets);
        if (corrupt)
        {
            // Wrong, out-of-range and missing hints must all be caught by the check.
            var random = new Random(9);
            for (var r = 0; r < sources.Length; r += 3) sources[r] = random.Next(-2, plain.Actors.Length + 3);
            for (var r = 1; r < targets.Length; r += 5) targets[r] = -1;
        }
        var hinted = new ActorGraphData(plain.Actors, plain.Relations, [], [], sources, targets);
        for (var r = 0; r < plain.Relations.Length; r++)
        {
            Assert.Equal(plain.SourceIndexOf(r), hinted.SourceIndexOf(r));
            Assert.Equal(plain.TargetIndexOf(r), hinted.TargetIndexOf(r));
        }
        Assert.Contains(-1, Enumerable.Range(0, plain.Relations.Length).Select(plain.SourceIndexOf));
        foreach (var actor in plain.Actors) Assert.Equal(plain.IncidentRelations(actor.Id).ToArray(), hinted.IncidentRelations(actor.Id).ToArray());
    }

    [Fact]
    public void Hints_of_the_wrong_length_are_refused()
    {
        var plain = Random(4, out var sources, out var targets);
        Assert.Throws<ArgumentException>(() => new ActorGraphData(plain.Actors, plain.Relations, [], [], sources[1..], targets));
        Assert.Throws<ArgumentException>(() => new ActorGraphData(plain.Actors, plain.Relations, [], [], sources, null));
    }
}
