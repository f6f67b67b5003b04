using System.Collections.Immutable;
using ActorGraph.Core.Model;
using ActorGraph.Core.Resolution;
using ActorGraph.Core.Text;
using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Output;

/// <summary>Builds a graph from reading results, optionally on top of an existing graph. Proposed actors
/// are resolved against the existing graph by id, name and alias (<see cref="ActorResolver"/>), so a known
/// actor is never duplicated; aliases that would lead to another actor are dropped. Each fact's review
/// item says what it changes: a new actor or tie, a tie already on record, or one that contradicts one.</summary>
public static class GraphMerger
{
    public static MergeResult Merge(IReadOnlyList<ReadingResult> results, ActorGraphData? existing = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        var baseGraph = existing ?? ActorGraphData.Empty;
        var resolver = new ActorResolver(baseGraph);
        var actors = baseGraph.Actors.ToList();
        var relations = baseGraph.Relations.ToList();
        var processes = baseGraph.Processes.ToList();
        var sources = baseGraph.Sources.ToList();
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in actors)
            foreach (var name in ActorResolver.NamesOf(a)) keys.TryAdd(NameKey.Of(name), a.Id);
        var ids = actors.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var kinds = actors.ToDictionary(a => a.Id, a => a.Kind, StringComparer.Ordinal);
        var review = new List<ReviewItem>();
        // Ids taken and processes' party sets, kept as they grow: a folder of a thousand reports must not rebuild them per fact.
        var sourceIds = sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var relationIds = relations.Select(x => x.Id).ToHashSet(StringComparer.Ordinal);
        var processIds = processes.Select(x => x.Id).ToHashSet(StringComparer.Ordinal);
        var partySets = processes.Select(x => PartyKey(x.Parties)).ToHashSet(StringComparer.Ordinal);
        var onRecord = RelationsByPair(baseGraph.Relations);

        foreach (var result in results)
        {
            var sourceId = Unique(result.Report.SourceId, sourceIds);
            sourceIds.Add(sourceId);
            sources.Add(new Source(sourceId, result.Report.Title ?? Path.GetFileName(result.Report.Path), result.Report.Publisher, result.Report.Date, ValidUrl(result.Report.Url)));
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var a in result.Actors)
            {
                var where = a.Where with { SourceId = sourceId };
                // The same id and kind first: the reader gives known actors the ids `actorgraph import` gives them (yem-gov).
                var known = kinds.TryGetValue(a.Id, out var kind) && kind == a.Kind ? a.Id : Resolve(a, resolver, keys);
                if (known is not null)
                {
                    map[a.Id] = known;
                    review.Add(new ReviewItem("actor", known, $"{a.Name} ({Kebab(a.Kind)})", a.Rule, a.Confidence, where,
                        existing is not null && baseGraph.FindActor(known) is not null ? $"known actor: {known}" : $"same actor as {known} (another report)", null));
                    continue;
                }
                var id = Unique(a.Id, ids);
                ids.Add(id);
                kinds[id] = a.Kind;
                map[a.Id] = id;
                var aliases = a.Aliases.Where(alias => !keys.ContainsKey(NameKey.Of(alias)) && NameKey.Of(alias).Length > 0)
                    .DistinctBy(NameKey.Of).Where(alias => NameKey.Of(alias) != NameKey.Of(a.Name) && NameKey.Of(alias) != NameKey.Of(id)).ToImmutableArray();
                if (keys.ContainsKey(NameKey.Of(a.Name)) || keys.ContainsKey(NameKey.Of(id)))
                    aliases = [];
                foreach (var name in new[] { id, a.Name }.Concat(aliases)) keys.TryAdd(NameKey.Of(name), id);
                actors.Add(new Actor(id, a.Name, a.Kind, aliases, a.Country, a.Description));
                review.Add(new ReviewItem("actor", id, $"{a.Name} ({Kebab(a.Kind)})", a.Rule, a.Confidence, where, "new actor", null));
            }

            var n = 0;
            foreach (var r in result.Relations)
            {
                var source = map[r.Source];
                var target = map[r.Target];
                if (source == target) continue;
                var where = r.Where with { SourceId = sourceId };
                var id = Unique($"{sourceId}-r{++n}", relationIds);
                relationIds.Add(id);
                var change = Change(onRecord.TryGetValue(PairKey(source, target), out var pairTies) ? pairTies : [], source, target, r.Kind, r.Modality);
                var note = $"{Describe(r.Kind, r.Modality)}; quote: \u201c{r.Quote}\u201d" + PartialNote(r.Date, r.End);
                relations.Add(new Relation(id, source, target, r.Kind, 0.5, Math.Round(Math.Clamp(r.Confidence, 0, 1), 2),
                    Widest(r.Date, r.End), [.. r.Topics], r.Modality,
                    [new Evidence(sourceId, where.Locator, note)]));
                review.Add(new ReviewItem("relation", id, $"{source} {r.Kind.Name} {target} ({Kebab(r.Modality)}{(r.Date is null ? "" : ", " + r.Date)})",
                    r.Rule, r.Confidence, where, change, r.Quote));
            }
            foreach (var p in result.Processes)
            {
                var id = Unique(p.Id, processIds);
                var parties = p.Parties.Select(x => map[x]).Distinct().ToImmutableArray();
                var mediators = p.Mediators.Select(x => map[x]).Distinct().Where(x => !parties.Contains(x)).ToImmutableArray();
                if (parties.Length < 2 || mediators.Length == 0) continue;
                var evidence = p.Evidence.Select(e => new Evidence(sourceId, e.Locator, $"mediators named by rule {string.Join(", ", p.Rules)}; parties from {p.PartiesFrom}{PartialNote(p.Date, null)}")).ToImmutableArray();
                // A process's end would close it (seed-format.md: only collapsed and ended processes have one), so a
                // partial date gives only its first possible day; the note keeps the date as written.
                processIds.Add(id);
                var sameParties = !partySets.Add(PartyKey(parties));
                processes.Add(new MediationProcess(id, p.Name, parties, mediators, [.. p.Topics], p.Status, new DateRange(p.Date?.First, null), [], evidence,
                    Inferred: p.PartiesFrom != "sentence", Confidence: p.Confidence));
                review.Add(new ReviewItem("process", id, $"{p.Name}: parties {string.Join(", ", parties)}; mediators {string.Join(", ", mediators)}; {Kebab(p.Status)}",
                    string.Join(", ", p.Rules), p.Confidence, p.Evidence[0] with { SourceId = sourceId },
                    sameParties ? "new process beside one on record with the same parties" : "new process", null));
            }
        }
        return new MergeResult(new ActorGraphData(actors, relations, processes, sources), review);
    }

    /// <summary>The seed's interval for a date the text gives in part (seed-format.md: a date known only to the month
    /// or year becomes the widest interval, as the importers do): first possible day to last possible day. A full date
    /// is a one-day event (start only); a period ("1904–05") runs to the last day of its end.</summary>
    internal static DateRange Widest(PartialDate? date, PartialDate? end)
    {
        if (date is null) return DateRange.Always;
        if (end is { } e && e.Last >= date.First) return new DateRange(date.First, e.Last);
        return date.Full is { } full ? new DateRange(full, null) : new DateRange(date.First, date.Last);
    }

    /// <summary>"; start 1904-01-01..1904-12-31 (month and day unknown), given as 'in 1904'" for a partial date; "" for a full one.</summary>
    internal static string PartialNote(PartialDate? date, PartialDate? end)
    {
        if (date is null || (date.Full is not null && end is null)) return "";
        var written = date.Written is { } w ? $", given as \u2018{w}\u2019" : "";
        var precision = date.Precision.Length > 0 ? $" ({date.Precision})" : "";
        return $"; date {date}{(end is null ? "" : "\u2013" + end)}{precision}{written}";
    }

    private static string? Resolve(ProposedActor a, ActorResolver resolver, Dictionary<string, string> keys)
    {
        foreach (var name in new[] { a.Name }.Concat(a.Aliases))
        {
            if (resolver.Resolve(name) is ActorResolution.Found found) return found.Actor.Id;
        }
        foreach (var name in new[] { a.Name }.Concat(a.Aliases))
        {
            if (keys.TryGetValue(NameKey.Of(name), out var id)) return id;
        }
        return null;
    }

    /// <summary>The relations on record by their unordered pair of ends, each list in record order (every tie
    /// <see cref="Change"/> compares joins the same two actors).</summary>
    private static Dictionary<string, List<Relation>> RelationsByPair(IEnumerable<Relation> relations)
    {
        var byPair = new Dictionary<string, List<Relation>>(StringComparer.Ordinal);
        foreach (var x in relations)
        {
            var key = PairKey(x.Source, x.Target);
            if (!byPair.TryGetValue(key, out var list)) byPair[key] = list = [];
            list.Add(x);
        }
        return byPair;
    }

    private static string PairKey(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? a + "\u0001" + b : b + "\u0001" + a;

    /// <summary>A set of parties as one key: two processes with the same set (in any order, repeats ignored) share it.</summary>
    private static string PartyKey(IEnumerable<string> parties) => string.Join('\u0001', parties.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    private static string Change(List<Relation> relations, string source, string target, RelationKind kind, Modality modality)
    {
        bool SamePair(Relation x) => (x.Source == source && x.Target == target) || (!kind.Directed && x.Source == target && x.Target == source)
            || ((x.Source == target && x.Target == source) && (!x.Kind.Directed || !kind.Directed));
        var same = relations.FirstOrDefault(x => x.Kind == kind && SamePair(x));
        if (same is not null)
            return (same.Modality == Modality.Denied) != (modality == Modality.Denied) ? $"contradicts {same.Id} (one denies what the other states)" : $"already on record: {same.Id}";
        var opposite = relations.FirstOrDefault(x => SamePair(x) && IsOpposite(x.Kind.Sign, kind.Sign));
        return opposite is not null ? $"contradicts {opposite.Id} ({opposite.Kind.Name} on record)" : "new tie";
    }

    private static bool IsOpposite(RelationSign a, RelationSign b) =>
        (a == RelationSign.Cooperative && b == RelationSign.Hostile) || (a == RelationSign.Hostile && b == RelationSign.Cooperative);

    private static string Describe(RelationKind kind, Modality modality) => modality switch
    {
        Modality.Claimed => $"read as {kind.Name}, as one side claims it",
        Modality.Hoped => $"read as {kind.Name}, hoped for or expected",
        Modality.Denied => $"read as {kind.Name}, denied",
        _ => $"read as {kind.Name}, reported",
    };

    private static string Unique(string id, ISet<string> taken)
    {
        if (!taken.Contains(id)) return id;
        var n = 2;
        while (taken.Contains($"{id}-{n}")) n++;
        return $"{id}-{n}";
    }

    private static string? ValidUrl(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps) ? url : null;

    internal static string Kebab<T>(T value) where T : struct, Enum => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
