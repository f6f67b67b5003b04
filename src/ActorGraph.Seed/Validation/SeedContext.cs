using System.Collections.Immutable;
using ActorGraph.Core.Model;
using ActorGraph.Core.Text;
using ActorGraph.Seed.Records;

namespace ActorGraph.Seed.Validation;

/// <summary>Everything read so far from a seed folder, with the checks that need it: ids, references,
/// derived relation ids, shared strings.</summary>
internal sealed class SeedContext
{
    /// <summary>Unknown references get "did you mean" suggestions up to this many times: each costs a scan of all ids.</summary>
    private const int MaxSuggestedReferences = 100;

    /// <summary>At most this many distinct topic cells are remembered per context (per block of a file read in
    /// blocks): past it, further cells get lists of their own, so a file of unique topics costs no more memory.</summary>
    private const int MaxSharedTopicLists = 4096;

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImmutableArray<string>> _topicLists = new(StringComparer.Ordinal);
    private Dictionary<string, ImmutableArray<string>>.AlternateLookup<ReadOnlySpan<char>>? _topicListLookup;
    private Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>>? _stringLookup;
    private Dictionary<string, string>? _actorIdByNameKey;
    private int _suggestedReferences;
    private Csv.CsvEvidenceTable? _csvEvidence;
    private readonly int _evidenceRowsHint = 256;

    public SeedContext(SeedErrors errors)
    {
        Errors = errors;
    }

    /// <summary>A context for reading one block of a file on another thread: it shares the actors and sources read so
    /// far (only looked up while relations are read) and has its own errors, strings and hint budget.</summary>
    private SeedContext(SeedContext shared, SeedErrors errors, int rows)
    {
        Errors = errors;
        _evidenceRowsHint = rows;
        ActorIds = shared.ActorIds;
        Actors = shared.Actors;
        SourceIds = shared.SourceIds;
        Sources = shared.Sources;
    }

    /// <summary>A context for one block of a file read in parallel (see the private constructor), of about
    /// <paramref name="rows"/> relation rows.</summary>
    public SeedContext ForBlock(SeedErrors errors, int rows) => new(this, errors, rows);

    public SeedErrors Errors { get; }

    public IdRegistry ActorIds { get; } = new();
    public List<Actor> Actors { get; } = [];
    /// <summary>Aliases with where they were written, for the collision check.</summary>
    public List<(int Actor, string Alias, string File, Location Location)> AliasSites { get; } = [];

    public IdRegistry SourceIds { get; } = new();
    public List<Source> Sources { get; } = [];

    public IdRegistry RelationIds { get; } = new();
    public List<Relation> Relations { get; } = [];
    /// <summary>Each kept relation's source and target as positions in <see cref="Actors"/> (endpoint hints for the graph).</summary>
    public List<int> RelationSources { get; } = [];
    public List<int> RelationTargets { get; } = [];

    public IdRegistry ProcessIds { get; } = new();
    public List<MediationProcess> Processes { get; } = [];

    /// <summary>Registers a record's id, reporting a duplicate with where the first one is.</summary>
    public bool Register(IdRegistry registry, string entity, string id, SeedRecord record, Location location) =>
        Register(registry, entity, id, record.File, location);

    /// <summary>Registers an id read from <paramref name="file"/>, reporting a duplicate with where the first one is.</summary>
    public bool Register(IdRegistry registry, string entity, string id, string file, Location location)
    {
        if (registry.TryAdd(id, new Definition(file, location), out var first)) return true;
        Errors.Add(file, location, $"duplicate {entity} id '{id}' (first defined at {first})");
        return false;
    }

    /// <summary>Reads a required actor reference, returning the stored id or null (error reported).</summary>
    public string? RequireActor(SeedRecord record, int field, string entity, string name, out int index)
    {
        index = -1;
        if (!record.TryGetText(field, Errors, out var text, out var location))
        {
            Errors.Add(record.File, location, $"{entity} is missing the required field '{name}'");
            return null;
        }
        if (ActorIds.Find(text, out index) is { } id) return id;
        return ResolveActor(record.File, text, location, $"{entity} {name}");
    }

    /// <summary>The stored id of actor <paramref name="text"/>, or null with an error naming the closest ids.</summary>
    public string? ResolveActor(string file, ReadOnlySpan<char> text, Location location, string role)
    {
        if (ActorIds.Find(text) is { } id) return id;
        Errors.Add(file, location, $"{role} '{text}' is not a known actor id{ActorHint(text.ToString())}");
        return null;
    }

    /// <summary>The stored id of source <paramref name="text"/>, or null with an error naming the closest ids.</summary>
    public string? ResolveSource(string file, ReadOnlySpan<char> text, Location location)
    {
        if (SourceIds.Find(text) is { } id) return id;
        var hint = "";
        if (_suggestedReferences++ < MaxSuggestedReferences)
        {
            var closest = Suggestions.Closest(text.ToString(), SourceIds.Ids, 3);
            hint = closest.Count > 0 ? $"; did you mean {Quoted(closest)}?" : SourceIds.Count == 0 ? "; no sources are defined (add them under 'sources:')" : "";
        }
        Errors.Add(file, location, $"evidence source '{text}' is not a known source id{hint}");
        return null;
    }

    /// <summary>The evidence of the CSV relation rows read with this context (each block of a file read in blocks has its own).</summary>
    public Csv.CsvEvidenceTable CsvEvidence => _csvEvidence ??= new Csv.CsvEvidenceTable(_evidenceRowsHint);

    /// <summary>The counts behind derived relation ids, keyed by actor positions in <see cref="Actors"/>.</summary>
    public RelationIdDeriver RelationIdCounts { get; } = new();

    /// <summary>One shared string instance per distinct value (topics repeat across many relations).</summary>
    public string Share(string value)
    {
        ref var shared = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_strings, value, out var exists);
        if (!exists) shared = value;
        return shared!;
    }

    /// <summary>One shared string per distinct value, looked up from a span (allocates only new values).</summary>
    public string Share(ReadOnlySpan<char> value)
    {
        _stringLookup ??= _strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (_stringLookup.Value.TryGetValue(value, out var shared)) return shared;
        var text = value.ToString();
        _strings.Add(text, text);
        return text;
    }

    /// <summary>Reads a list of topics as shared strings.</summary>
    public ImmutableArray<string> Topics(SeedRecord record, int field, List<ListItem> scratch)
    {
        if (record is Csv.CsvRecord)
        {
            // Fast path for bulk CSV: split the cell in place, no string per item unless it is new; a cell seen before
            // gets the same (immutable) list, so a million rows on a few topic combinations hold a few lists.
            if (!record.TryGetText(field, Errors, out var cell, out _)) return [];
            _topicListLookup ??= _topicLists.GetAlternateLookup<ReadOnlySpan<char>>();
            if (_topicListLookup.Value.TryGetValue(cell, out var known)) return known;
            var list = SplitTopics(cell);
            if (_topicLists.Count < MaxSharedTopicLists) _topicLists.Add(cell.ToString(), list);
            return list;
        }
        scratch.Clear();
        record.GetList(field, Errors, scratch);
        if (scratch.Count == 0) return [];
        var builder = ImmutableArray.CreateBuilder<string>(scratch.Count);
        foreach (var item in scratch) builder.Add(Share(item.Text));
        return builder.MoveToImmutable();
    }

    /// <summary>The topics of one CSV cell (<c>;</c>-separated, trimmed, empty items left out) as shared strings.</summary>
    private ImmutableArray<string> SplitTopics(ReadOnlySpan<char> cell)
    {
        var items = new string[cell.Count(';') + 1];
        var filled = 0;
        foreach (var range in cell.Split(';'))
        {
            var item = cell[range].Trim();
            if (!item.IsEmpty) items[filled++] = Share(item);
        }
        if (filled < items.Length) Array.Resize(ref items, filled);
        return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(items);
    }

    private string ActorHint(string text)
    {
        if (_suggestedReferences++ >= MaxSuggestedReferences) return "";
        if (ActorIds.Count == 0) return "; no actors are defined (add them under 'actors:' or in actors.csv)";
        _actorIdByNameKey ??= BuildNameIndex();
        if (_actorIdByNameKey.TryGetValue(NameKey.Of(text), out var byName)) return $"; did you mean '{byName}'? (refer to actors by id)";
        var closest = Suggestions.Closest(text, ActorIds.Ids, 3);
        return closest.Count > 0 ? $"; did you mean {Quoted(closest)}?" : "";
    }

    private Dictionary<string, string> BuildNameIndex()
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var actor in Actors)
        {
            index.TryAdd(NameKey.Of(actor.Name), actor.Id);
            foreach (var alias in actor.Aliases) index.TryAdd(NameKey.Of(alias), actor.Id);
        }
        return index;
    }

    private static string Quoted(IEnumerable<string> ids) => string.Join(", ", ids.Select(i => $"'{i}'"));
}
