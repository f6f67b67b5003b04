using System.Collections.Immutable;
using ActorGraph.Analysis.Mediation;
using ActorGraph.Analysis.Semantics;
using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Tests.Mediation;

/// <summary>The pair <see cref="MediatorFinder"/> analyses when the two actors share no process (the roll-up), found
/// through the semantic index's per-actor process lists, against the definition evaluated by brute force: every pair
/// of heads of the two roll-up chains, fewest steps first, then the first actor's nearer heads, then chain order, the
/// first that shares a process in scope (every process scanned for every pair).</summary>
public sealed class RollUpPairTests
{
    private static readonly string[] Organisational = ["part-of", "member-of", "leads"];
    private static readonly string[] Other = ["meets", "negotiates", "attacks", "supports", "pressures"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Roll_up_pairs_match_the_brute_force_definition_on_random_graphs_with_organisational_hubs(int seed)
    {
        var data = RandomGraph(seed, actors: 400);
        var random = new Random(seed * 31);
        var latest = SemanticIndex.Of(data).LatestDate;
        var scopes = new[] { TimeScope.WholeRecord, new TimeScope(Current: true), new TimeScope(AsOf: new DateOnly(2019, 6, 1)) };
        var rolledUp = 0;
        for (var q = 0; q < 300; q++)
        {
            var a = data.Actors[random.Next(data.Actors.Length)].Id;
            var b = data.Actors[random.Next(data.Actors.Length)].Id;
            if (a == b) continue;
            var scope = scopes[q % scopes.Length];
            var result = MediatorFinder.Find(data, a, b, new MediatorQuery(AsOf: scope.AsOf, Current: scope.Current));
            var (x, y, steps) = BruteForcePair(data, a, b, scope);
            var expected = string.CompareOrdinal(x, y) < 0 ? new[] { x, y } : [y, x];
            Assert.Equal(expected, result.Sides.ToArray());
            Assert.Equal(steps.Select(s => s.RelationId), result.RolledUp.Select(s => s.RelationId));
            if (!result.RolledUp.IsEmpty) rolledUp++;
        }
        // The graphs are built so that many pairs need a roll-up; otherwise this test would check little.
        Assert.True(rolledUp >= 20, $"only {rolledUp} rolled-up pairs");
        Assert.NotNull(latest);
    }

    [Theory]
    [InlineData(4, 5)]
    [InlineData(5, 20)]
    [InlineData(6, 60)]
    public void With_small_chains_an_answer_without_a_cut_note_is_the_uncapped_pair(int seed, int maxHeads)
    {
        var data = RandomGraph(seed, actors: 400);
        var random = new Random(seed * 31);
        var (noted, rolledUp) = (0, 0);
        for (var q = 0; q < 300; q++)
        {
            var a = data.Actors[random.Next(data.Actors.Length)].Id;
            var b = data.Actors[random.Next(data.Actors.Length)].Id;
            if (a == b) continue;
            var result = MediatorFinder.Find(data, a, b, maxRollUpHeads: maxHeads);
            if (result.Scope.Contains("Roll-up cut", StringComparison.Ordinal))
            {
                noted++;
                continue;
            }
            var (x, y, steps) = BruteForcePair(data, a, b, TimeScope.WholeRecord);
            Assert.Equal(string.CompareOrdinal(x, y) < 0 ? new[] { x, y } : [y, x], result.Sides.ToArray());
            Assert.Equal(steps.Select(s => s.RelationId), result.RolledUp.Select(s => s.RelationId));
            if (!result.RolledUp.IsEmpty) rolledUp++;
        }
        // Both kinds of answer occur, or the check says little.
        Assert.True(noted > 0 && rolledUp > 0, $"{noted} cut, {rolledUp} rolled up");
    }

    private static (string A, string B, ImmutableArray<RollUpStep> Steps) BruteForcePair(ActorGraphData data, string first, string second, TimeScope scope)
    {
        var index = SemanticIndex.Of(data);
        if (SharesProcess(data, index, first, second, scope)) return (first, second, []);
        var date = scope.FilterDate(index.LatestDate);
        var chainA = RollUp.Chain(data, first, date);
        var chainB = RollUp.Chain(data, second, date);
        var best = chainA.SelectMany(ha => chainB.Select(hb => (ha, hb)))
            .Where(p => p.ha.Id != p.hb.Id && (p.ha.Steps.Length + p.hb.Steps.Length) > 0)
            .OrderBy(p => p.ha.Steps.Length + p.hb.Steps.Length).ThenBy(p => p.ha.Steps.Length)
            .FirstOrDefault(p => SharesProcess(data, index, p.ha.Id, p.hb.Id, scope));
        return best.ha.Id is null ? (first, second, []) : (best.ha.Id, best.hb.Id, best.ha.Steps.AddRange(best.hb.Steps));
    }

    private static bool SharesProcess(ActorGraphData data, SemanticIndex index, string a, string b, TimeScope scope)
    {
        var reference = scope.Reference(index.LatestDate);
        for (var p = 0; p < data.Processes.Length; p++)
        {
            var process = data.Processes[p];
            if (!process.Parties.Contains(a) || !process.Parties.Contains(b)) continue;
            if (scope.IsPointInTime ? index.ProcessHoldsAt(p, reference) : index.ProcessKnownAt(p, reference)) return true;
        }
        return false;
    }

    /// <summary>Actors with organisational ties (a few hubs with many outgoing ones, so chains branch), other ties, and
    /// processes of two or three parties with start and end dates, some ended, some duplicated parties.</summary>
    private static ActorGraphData RandomGraph(int seed, int actors)
    {
        var random = new Random(seed);
        var ids = Enumerable.Range(0, actors).Select(i => $"x{i:D3}").ToArray();
        var day0 = new DateOnly(2015, 1, 1);
        DateOnly Day() => day0.AddDays(random.Next(3650));
        var relations = new List<Relation>();
        for (var r = 0; r < actors * 4; r++)
        {
            // Skewed sources: low numbers have many ties, as hubs do.
            var s = (int)(actors * Math.Pow(random.NextDouble(), 3));
            var t = random.Next(actors);
            if (s == t) continue;
            var kind = random.Next(2) == 0 ? Organisational[random.Next(Organisational.Length)] : Other[random.Next(Other.Length)];
            var start = random.Next(5) == 0 ? (DateOnly?)null : Day();
            var end = start is { } st && random.Next(3) == 0 ? st.AddDays(random.Next(700)) : (DateOnly?)null;
            var modality = random.Next(8) switch { 0 => Modality.Hoped, 1 => Modality.Claimed, _ => Modality.Reported };
            relations.Add(new Relation($"r{r}", ids[s], ids[t], RelationVocabulary.Get(kind), 0.5, 0.9, new DateRange(start, end), [], modality,
                [new Evidence("src", $"row {r}", null)]));
        }
        var processes = new List<MediationProcess>();
        for (var p = 0; p < actors; p++)
        {
            var parties = Enumerable.Range(0, 2 + random.Next(2)).Select(_ => ids[random.Next(actors)]).ToArray();
            var mediator = ids[random.Next(actors)];
            var start = Day();
            var (status, end) = random.Next(3) == 0 ? (ProcessStatus.Ended, (DateOnly?)start.AddDays(random.Next(900))) : (ProcessStatus.Ongoing, null);
            processes.Add(new MediationProcess($"p{p}", $"Talks {p}", [.. parties], [mediator], ["ceasefire"], status, new DateRange(start, end), [],
                [new Evidence("src", $"para {p}", null)]));
        }
        return new ActorGraphData(ids.Select(id => new Actor(id, "Actor " + id, ActorKind.Agency, [])), relations, processes,
            [new Source("src", "Synthetic", "Test", new DateOnly(2024, 1, 1))]);
    }
}
