using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ActorGraph.Core.Model;
using ActorGraph.Import.Aggregation;
using ActorGraph.Import.Mapping;

namespace ActorGraph.Import.Mediation;

/// <summary>The ties the triangle finder consults, by actor pair: enmity, attacks, direct talks, ceasefires
/// and agreements, violations, halted mediation, and mediation contact (mediator, counterpart).</summary>
internal sealed class TieIndex
{
    /// <summary>Hostile ties (accusations, attacks) by unordered pair.</summary>
    public Dictionary<TiePair, SortedTies> Hostile { get; } = [];
    /// <summary>Attacks (use of force, violations) by unordered pair: a party that attacks is no broker.</summary>
    public Dictionary<TiePair, SortedTies> Attacks { get; } = [];
    /// <summary>Direct cooperative contact (talks, meetings, negotiation, mediation) by unordered pair.</summary>
    public Dictionary<TiePair, SortedTies> Talks { get; } = [];
    /// <summary>Ceasefires and signed agreements by unordered pair.</summary>
    public Dictionary<TiePair, SortedTies> Settlements { get; } = [];
    /// <summary>Halted mediation, by (mediator, party).</summary>
    public Dictionary<TiePair, SortedTies> Halts { get; } = [];
    /// <summary>Mediation-signal ties (039, 045, 046) by (mediator, counterpart).</summary>
    public Dictionary<TiePair, SortedTies> Mediation { get; } = [];
    // The ties the lists number.
    private readonly AggregatedTie[] _ties;

    /// <summary>The actors with mediation-signal ties to each actor.</summary>
    public Dictionary<int, HashSet<int>> MediatorsOf { get; } = [];

    /// <summary>True when ties of <paramref name="mapping"/> go into some list of the index: the others need no
    /// <see cref="AggregatedTie"/>.</summary>
    public static bool Reads(EventMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var kind = mapping.Kind;
        return kind.Sign == RelationSign.Hostile || kind == RelationVocabulary.Attacks
            || kind == RelationVocabulary.Meets || kind == RelationVocabulary.Negotiates || kind == RelationVocabulary.Mediates
            || mapping == EventMappings.AgreesCeasefire || mapping == EventMappings.Agreement || mapping == EventMappings.HaltsMediation
            || mapping.MediationSignal;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    /// <param name="ties">The imported ties.</param>
    /// <param name="stateOf">For each actor, the state actor of its country or -1: a hostile tie between two states'
    /// own actors (an army, a ministry, protesters) is also enmity between the two states.</param>
    public TieIndex(AggregatedTie[] ties, int[]? stateOf = null)
    {
        _ties = ties;
        for (var number = 0; number < ties.Length; number++)
        {
            ref readonly var tie = ref ties[number];
            var pair = Pair(tie.Source, tie.Target);
            var kind = tie.Mapping.Kind;
            if (kind.Sign == RelationSign.Hostile)
            {
                Add(Hostile, pair, number);
                if (stateOf is not null && StatesOf(stateOf, tie) is { } states && states != pair) Add(Hostile, states, number);
            }
            if (kind == RelationVocabulary.Attacks)
            {
                Add(Attacks, pair, number);
                // A state whose army attacks the other side's is a belligerent, not a broker.
                if (stateOf is not null && StatesOf(stateOf, tie) is { } states && states != pair) Add(Attacks, states, number);
            }
            if (kind == RelationVocabulary.Meets || kind == RelationVocabulary.Negotiates || kind == RelationVocabulary.Mediates)
                Add(Talks, pair, number);
            if (tie.Mapping == EventMappings.AgreesCeasefire || tie.Mapping == EventMappings.Agreement) Add(Settlements, pair, number);
            if (tie.Mapping == EventMappings.HaltsMediation) Add(Halts, (tie.Source, tie.Target), number);
            if (!tie.Mapping.MediationSignal) continue;
            AddMediation(tie.Source, tie.Target, number);
            // Negotiation is mutual: either side may be the go-between for a third party.
            if (!kind.Directed) AddMediation(tie.Target, tie.Source, number);
        }
    }

    /// <summary>Sorts every list now, so that the index can then be read from several threads at once.</summary>
    public void SortAll()
    {
        foreach (var map in new[] { Hostile, Attacks, Talks, Settlements, Halts, Mediation })
        {
            foreach (var list in map.Values) _ = list.Numbers;
        }
    }

    public static (int, int) Pair(int x, int y) => x <= y ? (x, y) : (y, x);

    /// <summary>The pair of the two sides' states, when both have one and they differ.</summary>
    private static (int, int)? StatesOf(int[] stateOf, in AggregatedTie tie)
    {
        var (x, y) = (stateOf[tie.Source], stateOf[tie.Target]);
        return x < 0 || y < 0 || x == y ? null : Pair(x, y);
    }

    public static IEnumerable<AggregatedTie> Near(Dictionary<TiePair, SortedTies> map, TiePair key, int first, int last, int window) =>
        map.TryGetValue(key, out var list) ? list.Near(first, last, window) : [];

    /// <summary>True when <see cref="Near"/> would give a tie, without allocating.</summary>
    public static bool AnyNear(Dictionary<TiePair, SortedTies> map, TiePair key, int first, int last, int window) =>
        map.TryGetValue(key, out var list) && list.AnyNear(first, last, window, null);

    private void AddMediation(int mediator, int counterpart, int tie)
    {
        Add(Mediation, (mediator, counterpart), tie);
        if (!MediatorsOf.TryGetValue(counterpart, out var set)) MediatorsOf[counterpart] = set = [];
        set.Add(mediator);
    }

    private void Add(Dictionary<TiePair, SortedTies> map, TiePair key, int tie)
    {
        ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(map, key, out _);
        list ??= new SortedTies(_ties);
        list.Add(tie);
    }
}
