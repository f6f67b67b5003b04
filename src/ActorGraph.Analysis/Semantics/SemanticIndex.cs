using System.Runtime.CompilerServices;
using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Semantics;

/// <summary>Facts about an <see cref="ActorGraphData"/> that every analysis needs, computed once per graph and kept
/// as long as the graph lives: relation endpoints as actor indexes, the mediator–party channels of every process
/// (as <c>mediates</c> relations numbered after the graph's own), and each fact's time span under the one time
/// rule (<see cref="TimeScope"/>).</summary>
/// <remarks>Relation numbers 0..<see cref="OwnRelations"/>-1 are <c>data.Relations</c>; the rest are channels.
/// Building costs O(V + E + Σ mediators × parties) and also builds the graph's incidence index
/// (<see cref="ActorGraphData.PrepareIndexes"/>); lookups are O(1).</remarks>
public sealed class SemanticIndex
{
    private static readonly ConditionalWeakTable<ActorGraphData, SemanticIndex> Cache = new();
    private const int Open = int.MaxValue;
    private const int Unknown = int.MinValue;
    private const int ChunkSize = 1 << 15;

    private readonly Relation[] _channels;
    private readonly int[] _channelProcess;
    private readonly int[] _knownFrom;
    private readonly int[] _until;
    private readonly int[] _processKnownFrom;
    private readonly int[] _processUntil;
    private readonly int[] _processFirst;
    private readonly int[] _processLast;
    // Processes by party, as compressed rows: actor i is a party to processes _partyOf[_partyOffsets[i].._partyOffsets[i + 1]], ascending.
    private readonly int[] _partyOffsets;
    private readonly int[] _partyOf;
    // Roll-up ties by source, as compressed rows: reported or claimed leads / part-of / member-of relations from actor i to
    // an actor of the graph are _headTies[_headOffsets[i].._headOffsets[i + 1]], ascending (the order of its incident relations).
    private readonly int[] _headOffsets;
    private readonly int[] _headTies;

    private SemanticIndex(ActorGraphData data)
    {
        Data = data;
        OwnRelations = data.Relations.Length;
        var channels = new List<Relation>();
        var channelProcess = new List<int>();
        var pn = data.Processes.Length;
        _processKnownFrom = new int[pn];
        _processUntil = new int[pn];
        _processFirst = new int[pn];
        _processLast = new int[pn];
        DateOnly? latest = null;
        for (var p = 0; p < pn; p++)
        {
            var process = data.Processes[p];
            var sourceDates = SourceDates(data, process.Evidence).Concat(process.Outcomes.SelectMany(o => SourceDates(data, o.Evidence))).ToList();
            var outcomeDates = process.Outcomes.Where(o => o.Date is not null).Select(o => o.Date!.Value).ToList();
            var first = process.When.Start ?? Min(outcomeDates.Concat(sourceDates));
            var last = process.When.End ?? Max(outcomeDates.Concat(sourceDates).Append(process.When.Start ?? DateOnly.MinValue));
            if (last == DateOnly.MinValue) last = null;
            var knownFrom = process.When.Start ?? (process.When.End is null ? Min(sourceDates.Concat(outcomeDates)) : null);
            var until = process.When.End ?? (process.IsActive ? null : last);
            _processFirst[p] = Day(first, Unknown);
            _processLast[p] = Day(last, Unknown);
            _processKnownFrom[p] = Day(knownFrom, Unknown);
            _processUntil[p] = Day(until, Open);
            latest = Max(latest, Max(first, last));
            foreach (var m in process.Mediators.Distinct(StringComparer.Ordinal))
            {
                if (data.IndexOf(m) < 0) continue;
                foreach (var q in process.Parties.Distinct(StringComparer.Ordinal))
                {
                    if (q == m || data.IndexOf(q) < 0) continue;
                    // The channel shows the process's own dates; when it holds (known from, until) is kept in the arrays below.
                    channels.Add(new Relation($"process:{process.Id}:{m}~{q}", m, q, RelationVocabulary.Mediates, 1.0, process.Confidence,
                        process.When, process.Topics, Modality.Reported, process.Evidence));
                    channelProcess.Add(p);
                }
            }
        }
        _channels = [.. channels];
        _channelProcess = [.. channelProcess];
        (_partyOffsets, _partyOf) = PartyRows(data);

        // Every query that starts from an actor walks its incident relations: index them now, not on the first query
        // (this also gives the endpoints of the graph's own relations used below).
        data.PrepareIndexes();
        var total = OwnRelations + _channels.Length;
        Sources = new int[total];
        Targets = new int[total];
        _knownFrom = new int[total];
        _until = new int[total];
        // Per relation: independent lookups, spread over the cores in fixed chunks; the latest date is their maximum.
        var chunks = (total + ChunkSize - 1) / ChunkSize;
        var chunkLatest = new DateOnly?[chunks];
        // Whether each own relation is a roll-up tie, noted in the same sweep, so the relations are read once.
        var headTie = new bool[OwnRelations];
        Parallel.For(0, chunks, c =>
        {
            DateOnly? chunkMax = null;
            for (var r = c * ChunkSize; r < Math.Min(total, (c + 1) * ChunkSize); r++)
            {
                chunkMax = Max(chunkMax, IndexRelation(data, r));
                if (r < OwnRelations) headTie[r] = IsHeadTie(data.Relations[r], Sources[r], Targets[r]);
            }
            chunkLatest[c] = chunkMax;
        });
        foreach (var d in chunkLatest) latest = Max(latest, d);
        latest = Max(latest, data.LatestSourceDate);
        LatestDate = latest;
        (_headOffsets, _headTies) = HeadRows(data.Actors.Length, headTie);
    }

    /// <summary>The graph indexed.</summary>
    public ActorGraphData Data { get; }

    /// <summary>Number of the graph's own relations; relation numbers from here on are process channels.</summary>
    public int OwnRelations { get; }

    /// <summary>Own relations plus channels.</summary>
    public int RelationCount => OwnRelations + _channels.Length;

    /// <summary>Actor index of each relation's source (-1 when unknown), own relations then channels.</summary>
    public int[] Sources { get; }

    /// <summary>Actor index of each relation's target (-1 when unknown).</summary>
    public int[] Targets { get; }

    /// <summary>The latest date on record: relation and process dates, outcome dates and source dates; null when none.</summary>
    public DateOnly? LatestDate { get; }

    /// <summary>True when the index of <paramref name="data"/> has been built (readiness checks ask this, so that a
    /// service never reports ready before the first query would have to build it).</summary>
    public static bool IsBuilt(ActorGraphData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Cache.TryGetValue(data, out _);
    }

    /// <summary>The index of <paramref name="data"/>: built on first use, then O(1).</summary>
    public static SemanticIndex Of(ActorGraphData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Cache.GetValue(data, d => new SemanticIndex(d));
    }

    /// <summary>Relation number <paramref name="r"/>: one of the graph's own, or a process channel.</summary>
    public Relation RelationAt(int r) => r < OwnRelations ? Data.Relations[r] : _channels[r - OwnRelations];

    /// <summary>The process a channel comes from, or null for the graph's own relations.</summary>
    public MediationProcess? ChannelProcess(int r) => r < OwnRelations ? null : Data.Processes[_channelProcess[r - OwnRelations]];

    /// <summary>True when relation <paramref name="r"/> is known and valid at <paramref name="date"/> (always when null).</summary>
    public bool HoldsAt(int r, DateOnly? date) => date is not { } d || (_knownFrom[r] <= d.DayNumber && d.DayNumber <= _until[r]);

    /// <summary>True when process <paramref name="p"/> (index into <c>Data.Processes</c>) is known by <paramref name="date"/>.</summary>
    public bool ProcessKnownAt(int p, DateOnly? date) => date is not { } d || _processKnownFrom[p] <= d.DayNumber;

    /// <summary>True when process <paramref name="p"/> is known and still valid at <paramref name="date"/>
    /// (for a null date: still open at the end of the record, i.e. no end date and not ended or collapsed).</summary>
    public bool ProcessHoldsAt(int p, DateOnly? date) =>
        date is { } d ? _processKnownFrom[p] <= d.DayNumber && d.DayNumber <= _processUntil[p] : _processUntil[p] == Open;

    /// <summary>The processes (indexes into <c>Data.Processes</c>, ascending) that list actor <paramref name="actorIndex"/>
    /// (an index into <c>Data.Actors</c>) among their parties; empty for -1. O(1).</summary>
    public ReadOnlySpan<int> PartyProcesses(int actorIndex) =>
        actorIndex < 0 ? [] : _partyOf.AsSpan(_partyOffsets[actorIndex], _partyOffsets[actorIndex + 1] - _partyOffsets[actorIndex]);

    /// <summary>The roll-up ties of actor <paramref name="actorIndex"/>: its reported or claimed leads, part-of and member-of
    /// relations to actors of the graph (relation numbers, ascending), whatever their dates; empty for -1. O(1).</summary>
    public ReadOnlySpan<int> HeadTies(int actorIndex) =>
        actorIndex < 0 ? [] : _headTies.AsSpan(_headOffsets[actorIndex], _headOffsets[actorIndex + 1] - _headOffsets[actorIndex]);

    /// <summary>The first dated evidence of a process: its start, else its earliest outcome or source date.</summary>
    public DateOnly? ProcessFirst(int p) => Date(_processFirst[p]);

    /// <summary>The last dated evidence of a process: its end, else its latest start, outcome or source date.</summary>
    public DateOnly? ProcessLast(int p) => Date(_processLast[p]);

    /// <summary>When a process stops being valid: its end, or for an ended/collapsed one without an end its last dated evidence.</summary>
    public DateOnly? ProcessUntil(int p) => _processUntil[p] == Open ? null : Date(_processUntil[p]);

    /// <summary>The age in years, at <paramref name="reference"/>, of relation <paramref name="r"/>: 0 while it is open
    /// (a channel of a process not yet over, or a tie with a start and an end still ahead), else years since its end,
    /// else since its start (a point event).</summary>
    public double AgeYears(int r, DateOnly? reference)
    {
        if (r >= OwnRelations)
        {
            var until = _until[r];
            if (until == Open || reference is not { } rf || until >= rf.DayNumber) return 0;
            return (rf.DayNumber - until) / 365.25;
        }
        return Projection.DistanceModel.AgeYears(Data.Relations[r].When, reference);
    }

    private static IEnumerable<DateOnly> SourceDates(ActorGraphData data, IEnumerable<Evidence> evidence)
    {
        foreach (var e in evidence)
        {
            if (data.SourcesById.TryGetValue(e.SourceId, out var s) && s.Date is { } d) yield return d;
        }
    }

    /// <summary>Each actor's processes as a party, in process order, each process once per actor. O(V + Σ parties).</summary>
    private static (int[] Offsets, int[] Processes) PartyRows(ActorGraphData data)
    {
        var parties = new int[data.Processes.Length][];
        var offsets = new int[data.Actors.Length + 1];
        for (var p = 0; p < parties.Length; p++)
        {
            parties[p] = [.. data.Processes[p].Parties.Select(data.IndexOf).Where(i => i >= 0).Distinct()];
            foreach (var i in parties[p]) offsets[i + 1]++;
        }
        for (var i = 0; i < data.Actors.Length; i++) offsets[i + 1] += offsets[i];
        var rows = new int[offsets[^1]];
        var fill = offsets[..^1];
        for (var p = 0; p < parties.Length; p++)
        {
            foreach (var i in parties[p]) rows[fill[i]++] = p;
        }
        return (offsets, rows);
    }

    /// <summary>Each actor's roll-up ties (see <see cref="HeadTies"/>) as compressed rows, so that walking a roll-up chain
    /// costs the ties it follows, not every incident relation of a hub. O(E).</summary>
    private (int[] Offsets, int[] Ties) HeadRows(int actors, bool[] headTie)
    {
        var offsets = new int[actors + 1];
        var ties = new List<int>();
        for (var r = 0; r < headTie.Length; r++)
        {
            if (headTie[r]) ties.Add(r);
        }
        foreach (var r in ties) offsets[Sources[r] + 1]++;
        for (var i = 0; i < actors; i++) offsets[i + 1] += offsets[i];
        var rows = new int[ties.Count];
        var fill = offsets[..^1];
        foreach (var r in ties) rows[fill[Sources[r]]++] = r;
        return (offsets, rows);
    }

    private static bool IsHeadTie(Relation relation, int source, int target) =>
        source >= 0 && target >= 0 && TieMeaning.IsOrganisational(relation.Kind) && relation.Modality is Modality.Reported or Modality.Claimed;

    /// <summary>Fills the endpoint and time-span entries of relation <paramref name="r"/>; returns its latest own date.</summary>
    private DateOnly? IndexRelation(ActorGraphData data, int r)
    {
        var relation = RelationAt(r);
        if (r >= OwnRelations)
        {
            Sources[r] = data.IndexOf(relation.Source);
            Targets[r] = data.IndexOf(relation.Target);
            var p = _channelProcess[r - OwnRelations];
            _knownFrom[r] = _processKnownFrom[p];
            _until[r] = _processUntil[p];
            return null;
        }
        Sources[r] = data.SourceIndexOf(r);
        Targets[r] = data.TargetIndexOf(r);
        var when = relation.When;
        var known = when.Start ?? (when.End is null ? Min(SourceDates(data, relation.Evidence)) : null);
        _knownFrom[r] = Day(known, Unknown);
        _until[r] = Day(when.End, Open);
        return Max(when.Start, when.End);
    }

    private static int Day(DateOnly? d, int none) => d is { } x ? x.DayNumber : none;

    private static DateOnly? Date(int day) => day is Open or Unknown ? null : DateOnly.FromDayNumber(day);

    private static DateOnly? Min(IEnumerable<DateOnly> dates)
    {
        DateOnly? m = null;
        foreach (var d in dates) m = m is null || d < m ? d : m;
        return m;
    }

    private static DateOnly? Max(IEnumerable<DateOnly> dates)
    {
        DateOnly? m = null;
        foreach (var d in dates) m = m is null || d > m ? d : m;
        return m;
    }

    private static DateOnly? Max(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
