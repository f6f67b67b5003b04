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

    // Per counterpart (an actor number), its mediation lists by mediator number, ascending: made by SortAll.
    private MediationList[][] _mediationWith = [];

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

    /// <summary>Sorts every list now, and gathers each counterpart's mediation lists (<see cref="MediationWith"/>), so
    /// that the index can then be read from several threads at once.</summary>
    public void SortAll()
    {
        foreach (var map in new[] { Hostile, Attacks, Talks, Settlements, Halts, Mediation })
        {
            foreach (var list in map.Values) _ = list.Numbers;
        }
        var actors = 0;
        foreach (var key in Mediation.Keys) actors = Math.Max(actors, key.Y + 1);
        var counts = new int[actors];
        foreach (var key in Mediation.Keys) counts[key.Y]++;
        var with = new MediationList[actors][];
        for (var c = 0; c < actors; c++) with[c] = counts[c] == 0 ? [] : new MediationList[counts[c]];
        Array.Clear(counts);
        foreach (var (key, list) in Mediation) with[key.Y][counts[key.Y]++] = new MediationList(key.X, list);
        // Keys are distinct, so each counterpart's mediators are distinct and any sort gives one order.
        foreach (var lists in with) Array.Sort(lists, static (p, q) => p.Mediator.CompareTo(q.Mediator));
        _mediationWith = with;
    }

    /// <summary>The mediation-signal lists of the actors in contact with <paramref name="counterpart"/> as go-betweens:
    /// one per mediator, by mediator number ascending (after <see cref="SortAll"/>). Two actors' common mediators are a
    /// merge of their two spans, with no set or dictionary look-up per mediator.</summary>
    public ReadOnlySpan<MediationList> MediationWith(int counterpart) =>
        (uint)counterpart < (uint)_mediationWith.Length ? _mediationWith[counterpart] : [];

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

    private void AddMediation(int mediator, int counterpart, int tie) => Add(Mediation, (mediator, counterpart), tie);

    private void Add(Dictionary<TiePair, SortedTies> map, TiePair key, int tie)
    {
        ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(map, key, out _);
        list ??= new SortedTies(_ties);
        list.Add(tie);
    }
}

/// <summary>A mediator and its mediation-signal ties with one counterpart (<see cref="TieIndex.MediationWith"/>).</summary>
internal readonly record struct MediationList(int Mediator, SortedTies Ties);
