using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using ActorGraph.Core.Model;
using ActorGraph.Core.Resolution;
using ActorGraph.Import.Diagnostics;
using ActorGraph.Import.Mapping;
using ActorGraph.Import.Mediation;

namespace ActorGraph.Import.Aggregation;

/// <summary>Aggregates coded events into ties, streaming: memory grows with the number of distinct
/// (pair, kind, window) keys and actors, never with the number of rows.</summary>
/// <remarks>Cost per event: two span lookups for the actors and one for the tie, no allocation for
/// actors and ties already seen. Not thread-safe.</remarks>
public sealed class EventAggregator
{
    private readonly AggregationOptions _options;
    private readonly ActorTable _actors;
    // Every kept evidence item's source key (URL), once per distinct key, as UTF-8.
    private readonly SourceKeys _sourceKeys = new();
    // The ties and their kept evidence, as columns.
    private readonly TieTable _ties;

    /// <summary>Creates an aggregator for actors keyed in <paramref name="style"/>.</summary>
    public EventAggregator(ActorIdStyle style, AggregationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _actors = new ActorTable(style, options.MaxActors);
        _ties = new TieTable(options.MaxEvidencePerTie, _sourceKeys);
    }

    /// <summary>The options in use.</summary>
    public AggregationOptions Options => _options;

    /// <summary>Ties so far.</summary>
    public int TieCount => _ties.Count;

    /// <summary>The most rows <see cref="Reserve"/> makes room for at once; a larger input grows the columns as it goes.</summary>
    public const int MaxReservedRows = 8_000_000;

    /// <summary>Makes room for the ties, kept items and source keys of about <paramref name="rows"/> rows (an estimate
    /// from the input's size, <see cref="EventImporter"/>): each row adds at most one tie, one item and one key, so the
    /// columns do not double, copy and rehash a dozen times on a large file. The room is reserved, not touched (the
    /// columns are not zeroed), so an estimate above the real count costs address space, not memory. Bounded by
    /// <see cref="AggregationOptions.MaxTies"/> and <see cref="MaxReservedRows"/>; changes nothing the import gives.</summary>
    public void Reserve(long rows)
    {
        var n = (int)Math.Clamp(rows, 0, Math.Min(MaxReservedRows, _options.MaxTies));
        if (n == 0) return;
        _ties.Reserve(n, _options.MaxEvidencePerTie == 0 ? 0 : n);
        if (_options.MaxEvidencePerTie > 0) _sourceKeys.Reserve(n);
    }

    /// <summary>Adds one event. Returns false (with the reason) when a side has no actor or both
    /// sides are the same actor; otherwise returns the tie the event was added to, so that the
    /// caller can offer it evidence (<see cref="TieAccumulator.WantsEvidence"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryAdd(
        scoped in ActorFields source,
        scoped in ActorFields target,
        DateOnly date,
        EventMapping mapping,
        double goldstein,
        int sources,
        out TieAccumulator tie,
        out SkipReason reason)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        tie = default;
        if (!TryResolve(source, target, date, mapping, out var key, out reason)) return false;
        tie = Add(key, TieTable.HashOf(key), date.DayNumber, goldstein, sources);
        return true;
    }

    /// <summary>The first half of <see cref="TryAdd"/>: the actors interned and the tie's key, without touching the ties, so
    /// that a reader can make the keys of a run of rows first and have their slots loaded while it adds them in order
    /// (<see cref="Gdelt.GdeltBlockAggregator"/>). Calls must come in input order (actors are numbered and named as first seen).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal bool TryResolve(scoped in ActorFields source, scoped in ActorFields target, DateOnly date, EventMapping mapping, out TieKey key, out SkipReason reason)
    {
        key = default;
        var sourceKey = source.Key.Trim();
        var targetKey = target.Key.Trim();
        if (sourceKey.IsEmpty || targetKey.IsEmpty)
        {
            reason = SkipReason.MissingActor;
            return false;
        }
        if (sourceKey.SequenceEqual(targetKey))
        {
            reason = SkipReason.SameActor;
            return false;
        }
        var s = _actors.Intern(new ActorFields(sourceKey, source.Name, source.Country, source.Group, source.Type));
        var t = _actors.Intern(new ActorFields(targetKey, target.Name, target.Country, target.Group, target.Type));
        if (s < 0 || t < 0)
        {
            reason = SkipReason.UnscopedRole;
            return false;
        }
        if (s == t)
        {
            reason = SkipReason.SameActor;
            return false;
        }
        if (!mapping.Kind.Directed && string.CompareOrdinal(_actors[s].Id, _actors[t].Id) > 0) (s, t) = (t, s);
        key = new TieKey(s, t, mapping.Index, date.DayNumber / _options.WindowDays);
        reason = default;
        return true;
    }

    /// <summary>The second half of <see cref="TryAdd"/>: counts an event on <paramref name="day"/> into the tie of
    /// <paramref name="key"/> (<paramref name="hash"/> = <see cref="TieTable.HashOf"/>), adding the tie if new.</summary>
    /// <exception cref="ImportLimitException">More distinct ties than <see cref="AggregationOptions.MaxTies"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal TieAccumulator Add(in TieKey key, int hash, int day, double goldstein, int sources)
    {
        var at = _ties.Find(key, hash, out var slot);
        if (at < 0)
        {
            if (_ties.Count >= _options.MaxTies)
                throw new ImportLimitException($"more than {_options.MaxTies:N0} distinct ties (pair, kind, window) in the input; a longer --window merges more events into one tie", "--max-ties");
            at = _ties.Add(key, slot, day);
        }
        _ties.AddEvent(at, day, goldstein, sources);
        return new TieAccumulator(_ties, at);
    }

    /// <summary>The ties, for cache hints (<see cref="TieTable.PrefetchSlot"/>).</summary>
    internal TieTable Ties => _ties;

    /// <summary>The source keys, for cache hints (<see cref="SourceKeys.PrefetchSlot"/>).</summary>
    internal SourceKeys SourceKeys => _sourceKeys;

    /// <summary>Builds the graph: actors, one relation per tie, sources of the kept evidence, and
    /// mediation processes inferred from triangles. Deterministic: everything is sorted by id.</summary>
    /// <remarks>Linear in the ties apart from one sort of integer keys: ties are ordered by the ranks of
    /// their mapping tag, actor ids and window, which is the order of their relation ids
    /// (<c>tag--from--to--yyyyMMdd</c>, ids being kebab case), so no string is compared. Relations, notes and
    /// source ids are made in parallel.
    /// <para>The hot methods of an import are marked to be compiled fully optimised at once: an import runs once per
    /// process, and tiered compilation (tier-0 code, PGO instrumentation, on-stack replacement) cost about a quarter
    /// more CPU on a 1M-row file (docs/benchmarks/import.md).</para></remarks>
    /// <param name="describeActor">Builds an actor's description from its key (e.g. "CAMEO actor code USAGOV").</param>
    /// <param name="describeEvidence">Turns compact evidence facts into drafts.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    /// <param name="describeSource">Makes the source record of compact facts, with the id given, without a draft
    /// (<see cref="Reading.IEventReader.DescribeSource"/>); null or a null answer: from <paramref name="describeEvidence"/>'s draft.</param>
    public ActorGraphData Build(Func<string, string>? describeActor = null, Func<string, EvidenceFacts, EvidenceDraft>? describeEvidence = null,
        Func<string, EvidenceFacts, string, Source?>? describeSource = null)
    {
        BuildPhases.Mark("read");
        var actors = _actors.ToActors(describeActor);
        var (entries, actorRank) = SortedTies();
        BuildPhases.Mark("sort ties");
        var ties = _ties;
        var actorIds = new string[_actors.Entries.Count];
        for (var a = 0; a < actorIds.Length; a++) actorIds[a] = _actors[a].Id;

        // The kept evidence goes into one table (ImportEvidenceTable): per item its source's position and its facts.
        // Sources are numbered in tie order, so the first item citing a URL gives its source's title and date, as before.
        var starts = LargeColumns.Allocate<int>(entries.Length + 1);
        starts[0] = 0;
        // The ties in relation order are in random places of the columns: each loop over them below asks for the totals
        // (and keys, items) a few ties ahead (CacheHints), so that the cache misses overlap instead of coming one by one.
        const int ahead = 16;
        for (var i = 0; i < entries.Length; i++)
        {
            if (i + ahead < entries.Length) ties.PrefetchTotals(entries[i + ahead]);
            starts[i + 1] = starts[i] + ties.TotalsOf(entries[i]).ItemCount;
        }
        // Per item in tie order its source's number and its item number in the tie table, whose facts and drafts columns
        // the evidence and source tables read in place (no copy in tie order). Every entry is written below.
        var itemSource = LargeColumns.Allocate<int>(starts[^1]);
        var itemOf = LargeColumns.Allocate<int>(starts[^1]);
        // Sources renumbered in tie order (a key's number in SourceKeys is its order in the input): no string is hashed.
        var numberOf = LargeColumns.Allocate<int>(_sourceKeys.Count);
        Array.Fill(numberOf, -1);
        var keyOf = new List<int>(_sourceKeys.Count);
        // Per source, the item (by number in the tie table) that first cites it in tie order.
        var firstItem = new List<int>(_sourceKeys.Count);
        for (var i = 0; i < entries.Length; i++)
        {
            if (i + ahead < entries.Length) ties.PrefetchTotals(entries[i + ahead]);
            if (i + (ahead / 2) < entries.Length) ties.PrefetchFirstItem(entries[i + (ahead / 2)]);
            if (i + (ahead / 4) < entries.Length && ties.TotalsOf(entries[i + (ahead / 4)]).FirstItem is >= 0 and var first)
                CacheHints.Prefetch(numberOf, ties.SourceOf(first));
            var k = starts[i];
            for (var item = ties.TotalsOf(entries[i]).FirstItem; item >= 0; item = ties.NextItem(item), k++)
            {
                itemOf[k] = item;
                var sourceKey = ties.SourceOf(item);
                ref var number = ref numberOf[sourceKey];
                if (number < 0)
                {
                    number = keyOf.Count;
                    keyOf.Add(sourceKey);
                    firstItem.Add(item);
                }
                itemSource[k] = number;
            }
        }
        var facts = ties.FactsColumn;
        var drafts = ties.DraftsColumn;
        BuildPhases.Mark("evidence items");

        // One id key (SHA-256 of the key's UTF-8 bytes) per distinct key, in parallel; ids and source records are made when read
        // (ImportSourceTable).
        var keys = new ImportSourceKeys(_sourceKeys, [.. keyOf]);
        var sortKeys = SourceIds.SortKeysOf(keys);
        BuildPhases.Mark("source ids");
        var tieKeys = LargeColumns.Allocate<TieKey>(entries.Length);
        for (var i = 0; i < entries.Length; i++)
        {
            if (i + ahead < entries.Length) ties.PrefetchKey(entries[i + ahead]);
            tieKeys[i] = ties.KeyOf(entries[i]);
        }
        var table = new ImportEvidenceTable(starts, itemSource, itemOf, facts, drafts, keys, sortKeys, describeEvidence, tieKeys, actorIds, _options.WindowDays);
        BuildPhases.Mark("evidence table");

        var relations = new Relation[entries.Length];
        // Each relation's endpoints as positions in the id-sorted actor list (an actor's rank by id is its
        // position there): the graph keeps them as checked hints and spares 2 x E id lookups on first query.
        var sourceAt = LargeColumns.Allocate<int>(entries.Length);
        var targetAt = LargeColumns.Allocate<int>(entries.Length);
        // One topics array per mapping, shared by its relations (immutable), instead of one per relation.
        var topics = EventMappings.All.Select(m => m.Topic is { } topic ? ImmutableArray.Create(topic) : []).ToArray();
        // Every relation made here survives the import: collections during this step only copy them to gen1 and gen2.
        var noGc = ImportGcModes.TryStartRelationsRegion(entries.Length);
        Parallel.For(0, entries.Length, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (i) =>
        {
            if (i + ahead < entries.Length) ties.PrefetchTotals(entries[i + ahead]);
            var key = tieKeys[i];
            ref readonly var acc = ref ties.TotalsOf(entries[i]);
            var mapping = EventMappings.All[key.Mapping];
            sourceAt[i] = actorRank[key.Source];
            targetAt[i] = actorRank[key.Target];
            // One object per relation: its id and evidence are built from the table when read.
            var relation = Relation.Compact(
                null,
                1,
                actorIds[key.Source],
                actorIds[key.Target],
                mapping.Kind,
                TieScoring.Strength(acc.GoldsteinSum / acc.Count),
                TieScoring.Confidence(acc.Sources),
                new DateRange(DateOnly.FromDayNumber(acc.FirstDay), null),
                topics[key.Mapping],
                mapping.Modality,
                table,
                i,
                acc.Count);
            relations[i] = relation;
        });
        ImportGcModes.EndRegion(noGc);
        BuildPhases.Mark("relations");

        // Only the ties the triangle finder reads, with their day numbers, as values (no object per tie).
        var read = new bool[EventMappings.All.Length];
        for (var m = 0; m < read.Length; m++) read[m] = TieIndex.Reads(EventMappings.All[m]);
        var readCount = 0;
        for (var i = 0; i < entries.Length; i++)
        {
            if (read[tieKeys[i].Mapping]) readCount++;
        }
        var aggregated = new AggregatedTie[readCount];
        for (int i = 0, n = 0; i < entries.Length; i++)
        {
            if (i + ahead < entries.Length && read[tieKeys[i + ahead].Mapping]) ties.PrefetchTotals(entries[i + ahead]);
            var key = tieKeys[i];
            if (!read[key.Mapping]) continue;
            ref readonly var acc = ref ties.TotalsOf(entries[i]);
            aggregated[n++] = new AggregatedTie(key.Source, key.Target, EventMappings.All[key.Mapping], acc.FirstDay, acc.LastDay, acc.Count, relations[i], i);
        }

        var processes = new MediationTriangleFinder(_options.TriangleWindowDays, table)
            .Find(aggregated, i => _actors[i].Id, i => _actors[i].Name, StateOfEachActor());
        BuildPhases.Mark("triangles");
        // The inference source, if any process cites it, comes after the others (or, as when sources were keyed by their
        // keys, takes the place of a source whose key is its id); its id sorts first.
        var keyedAsIt = processes.Count > 0 ? keys.IndexOf(InferenceSource.Id) : -1;
        var inferenceAt = processes.Count == 0 ? -1 : keyedAsIt >= 0 ? keyedAsIt : keys.Count;
        var sources = new ImportSourceTable(keys, sortKeys, [.. firstItem], facts, drafts, describeEvidence, describeSource, inferenceAt);
        var graph = new ActorGraphData(actors, relations, processes, sources, sourceAt, targetAt);
        BuildPhases.Mark("sources, graph");
        return graph;
    }

    /// <summary>For each actor, the imported state actor of its country (<c>isr</c> for the Israeli Defense Forces),
    /// or -1: the triangle finder counts the opposition between two states' own actors as opposition between them.</summary>
    private int[] StateOfEachActor()
    {
        var byId = new Dictionary<string, int>(_actors.Entries.Count, StringComparer.Ordinal);
        for (var i = 0; i < _actors.Entries.Count; i++) byId.TryAdd(_actors[i].Id, i);
        var stateOf = new int[_actors.Entries.Count];
        for (var i = 0; i < stateOf.Length; i++)
        {
            var country = _actors[i].Identity.Country;
            stateOf[i] = country is { Length: 3 } && byId.TryGetValue(CanonicalIds.State(country), out var s) && _actors[s].Kind == ActorKind.State ? s : -1;
        }
        return stateOf;
    }

    /// <summary>The ties in relation-id order, and each actor's rank by id (its position in the built actor list), sorted by integer ranks (see <see cref="Build"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (int[] Ties, int[] ActorRank) SortedTies()
    {
        var actorRank = new int[_actors.Entries.Count];
        var byId = Enumerable.Range(0, actorRank.Length).ToArray();
        Array.Sort(byId, (x, y) => string.CompareOrdinal(_actors[x].Id, _actors[y].Id));
        for (var r = 0; r < byId.Length; r++) actorRank[byId[r]] = r;
        var mappingRank = new int[EventMappings.All.Length];
        var byTag = Enumerable.Range(0, mappingRank.Length).ToArray();
        Array.Sort(byTag, (x, y) => string.CompareOrdinal(EventMappings.All[x].Tag, EventMappings.All[y].Tag));
        for (var r = 0; r < byTag.Length; r++) mappingRank[byTag[r]] = r;

        var count = _ties.Count;
        // The four ranks packed into one integer when they fit (they do unless there are hundreds of thousands of actors
        // over centuries), sorted by radix; the tuples compared otherwise. Keys are distinct, so both give one order.
        int minWindow = int.MaxValue, maxWindow = int.MinValue;
        for (var i = 0; i < count; i++)
        {
            var k = _ties.KeyOf(i);
            minWindow = Math.Min(minWindow, k.Window);
            maxWindow = Math.Max(maxWindow, k.Window);
        }
        var actorBits = RadixOrder.BitsFor(actorRank.Length - 1);
        var windowBits = RadixOrder.BitsFor((long)maxWindow - minWindow);
        if (RadixOrder.BitsFor(mappingRank.Length - 1) + 2 * actorBits + windowBits <= 64)
        {
            var packed = new ulong[count];
            var order = new int[count];
            for (var i = 0; i < count; i++)
            {
                var k = _ties.KeyOf(i);
                packed[i] = ((((((ulong)mappingRank[k.Mapping] << actorBits) | (uint)actorRank[k.Source]) << actorBits)
                    | (uint)actorRank[k.Target]) << windowBits) | (uint)(k.Window - minWindow);
                order[i] = i;
            }
            RadixOrder.SortBy(packed, order);
            return (order, actorRank);
        }
        var keys = new (int Mapping, int Source, int Target, int Window)[count];
        var ties = new int[count];
        for (var i = 0; i < count; i++)
        {
            var k = _ties.KeyOf(i);
            keys[i] = (mappingRank[k.Mapping], actorRank[k.Source], actorRank[k.Target], k.Window);
            ties[i] = i;
        }
        Array.Sort(keys, ties);
        return (ties, actorRank);
    }
}
