using ActorGraph.Reading.Scoring;

namespace ActorGraph.Reading.Tests;

/// <summary>The roles score pairs produced and gold processes by an optimal assignment, not greedily in gold order.</summary>
public class ProcessMatchingTests
{
    private static ProcessMatching.Roles P(int[] parties, params int[] mediators) => new(parties, mediators);

    [Fact]
    public void A_produced_process_goes_where_it_is_needed_most()
    {
        // Greedy: gold 0 takes produced 0 (two shared parties, read first), gold 1 is left produced 1 (one shared): 3 in all.
        // Optimal: gold 0 - produced 1 and gold 1 - produced 0, two shared parties each: 4.
        var gold = new[] { P([0, 1]), P([0, 2]) };
        var produced = new[] { P([0, 1, 2]), P([0, 1]) };
        Assert.Equal([1, 0], ProcessMatching.Match(gold, produced));
    }

    [Fact]
    public void Mediators_decide_between_pairings_with_equal_parties()
    {
        // Both produced processes share the pair; greedy gives gold 0 the first one, whose mediator is gold 1's.
        var gold = new[] { P([0, 1], 5), P([0, 1], 6) };
        var produced = new[] { P([0, 1], 6), P([0, 1], 5) };
        Assert.Equal([1, 0], ProcessMatching.Match(gold, produced));
    }

    [Fact]
    public void Parties_outrank_mediators()
    {
        // Produced 0 shares the mediator with gold 0 but only one party; produced 1 shares both parties and no mediator.
        var gold = new[] { P([0, 1], 5) };
        var produced = new[] { P([0, 3], 5), P([0, 1], 7) };
        Assert.Equal([1], ProcessMatching.Match(gold, produced));
    }

    [Fact]
    public void No_pair_without_a_shared_actor_and_one_produced_process_per_gold()
    {
        var gold = new[] { P([0, 1], 5), P([2, 3], 6), P([0, 1], 7) };
        var produced = new[] { P([0, 1], 5), P([8, 9], 4) };
        Assert.Equal([0, -1, -1], ProcessMatching.Match(gold, produced));
    }

    [Fact]
    public void A_party_read_as_mediator_still_pairs_when_nothing_else_does()
    {
        // Shares an actor in another role only: paired (its roles then count as wrong), as the greedy pairing did.
        var gold = new[] { P([0, 1], 5) };
        var produced = new[] { P([5, 9], 0) };
        Assert.Equal([0], ProcessMatching.Match(gold, produced));
    }

    [Fact]
    public void Ties_go_to_the_process_read_first_and_unknown_actors_count_for_nothing()
    {
        var gold = new[] { P([0, 1], 5) };
        Assert.Equal([0], ProcessMatching.Match(gold, new[] { P([0, 1], 5), P([0, 1], 5) }));
        Assert.Equal([-1], ProcessMatching.Match(gold, new[] { P([-1, -1], -1) }));
        Assert.Equal([-1, -1], ProcessMatching.Match([P([0, 1]), P([2, 3])], []));
    }
}
