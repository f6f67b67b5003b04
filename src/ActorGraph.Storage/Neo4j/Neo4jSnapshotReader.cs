using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using ActorGraph.Bolt;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;

namespace ActorGraph.Storage.Neo4j;

/// <summary>Reads the graph back from Neo4j records into the model, checking every value it does not control.</summary>
internal static class Neo4jSnapshotReader
{
    public static async Task<ActorGraphData> ReadAsync(IAsyncQueryRunner tx, CancellationToken cancellationToken)
    {
        var actors = await ReadAllAsync(tx, Neo4jStatements.ReadActors, null, ToActor, cancellationToken);
        var sources = await ReadAllAsync(tx, Neo4jStatements.ReadSources, null, ToSource, cancellationToken);
        var processes = await ReadAllAsync(tx, Neo4jStatements.ReadProcesses, null, ToProcess, cancellationToken);
        var types = new Dictionary<string, object?> { ["types"] = Neo4jSchema.RelationTypes.ToList() };
        var relations = await ReadAllAsync(tx, Neo4jStatements.ReadRelations, types, ToRelation, cancellationToken);
        return new ActorGraphData(actors, relations, processes, sources);
    }

    private static async Task<List<T>> ReadAllAsync<T>(IAsyncQueryRunner tx, string query, object? parameters, Func<IRecord, T> map, CancellationToken cancellationToken)
    {
        var cursor = await tx.RunAsync(query, parameters);
        var list = new List<T>();
        while (await cursor.FetchAsync())
        {
            cancellationToken.ThrowIfCancellationRequested();
            list.Add(map(cursor.Current));
        }
        return list;
    }

    private static Actor ToActor(IRecord r)
    {
        var id = Id(r);
        return new Actor(id, Text(r, "name") ?? id, ParseEnum<ActorKind>(Text(r, "kind"), "the actor kind", id),
            Strings(r, "aliases"), Text(r, "country"), Text(r, "description"));
    }

    private static Source ToSource(IRecord r)
    {
        var id = Id(r);
        return new Source(id, Text(r, "title") ?? id, Text(r, "publisher"), Date(r, "date"), Text(r, "url"));
    }

    private static MediationProcess ToProcess(IRecord r)
    {
        var id = Id(r);
        List<StoredOutcome>? outcomes;
        try
        {
            outcomes = Text(r, "outcomes") is { } json ? JsonSerializer.Deserialize<List<StoredOutcome>>(json, StoredOutcome.Options) : null;
        }
        catch (JsonException e)
        {
            throw new Neo4jStoreException($"the outcomes_json property of process '{id}' in Neo4j is not valid: {e.Message}", e);
        }
        return new MediationProcess(id, Text(r, "name") ?? id, Strings(r, "parties"), Strings(r, "mediators"), Strings(r, "topics"),
            ParseEnum<ProcessStatus>(Text(r, "status"), "the process status", id),
            new DateRange(Date(r, "start"), Date(r, "end")),
            [.. (outcomes ?? []).Select(o => new ProcessOutcome(o.Date, o.Description, [.. (o.Evidence ?? []).Select(e => e.ToEvidence())]))],
            Evidence(r, id), r["inferred"] as bool? ?? false, Number(r, "confidence", 1.0));
    }

    private static Relation ToRelation(IRecord r)
    {
        var id = Id(r);
        var type = Text(r, "type") ?? "";
        var kind = Neo4jSchema.KindOfType(type) ?? throw new Neo4jStoreException($"relationship '{id}' has type {type}, which is not a relation kind");
        var weight = r["weight"] is long w ? checked((int)w) : 1;
        return new Relation(id, Text(r, "source")!, Text(r, "target")!, kind, Number(r, "strength", 1.0), Number(r, "confidence", 1.0),
            new DateRange(Date(r, "start"), Date(r, "end")), Strings(r, "topics"),
            r["modality"] is null ? Modality.Reported : ParseEnum<Modality>(Text(r, "modality"), "the modality", id),
            Evidence(r, id), weight);
    }

    private static string Id(IRecord r) => r["id"] switch
    {
        string s when s.Length > 0 => s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        var other => throw new Neo4jStoreException($"a node or relationship in Neo4j has id {Bolt.ValueFormatter.Format(other)}; ActorGraph needs a non-empty text id"),
    };

    private static string? Text(IRecord r, string key) => r[key] switch
    {
        null => null,
        string s => s,
        var other => Convert.ToString(other, CultureInfo.InvariantCulture),
    };

    private static double Number(IRecord r, string key, double absent) => r[key] switch
    {
        null => absent,
        double d => d,
        long l => l,
        var other => throw new Neo4jStoreException($"property {key} is {Bolt.ValueFormatter.Format(other)}, not a number"),
    };

    private static DateOnly? Date(IRecord r, string key) => r[key] switch
    {
        null => null,
        LocalDate d => d.ToDateOnly(),
        string s when DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
        var other => throw new Neo4jStoreException($"property {key} is {Bolt.ValueFormatter.Format(other)}, not a date"),
    };

    private static ImmutableArray<string> Strings(IRecord r, string key) => r[key] switch
    {
        null => [],
        IEnumerable<object?> list => [.. list.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "")],
        string s => [s],
        var other => throw new Neo4jStoreException($"property {key} is {Bolt.ValueFormatter.Format(other)}, not a list of text"),
    };

    private static ImmutableArray<Evidence> Evidence(IRecord r, string id)
    {
        var sources = Strings(r, "evidence_sources");
        var locators = Strings(r, "evidence_locators");
        var notes = Strings(r, "evidence_notes");
        if (locators.Length != sources.Length || notes.Length != sources.Length)
            throw new Neo4jStoreException($"'{id}' has {sources.Length} evidence sources but {locators.Length} locators and {notes.Length} notes; the three lists go together");
        return [.. sources.Select((s, i) => new Evidence(s, Blank(locators[i]), Blank(notes[i])))];
    }

    private static string? Blank(string s) => s.Length == 0 ? null : s;

    /// <summary>Parses an enum's stored text form ("armed-group", "ongoing"); case, hyphens and underscores are ignored.</summary>
    private static T ParseEnum<T>(string? text, string what, string id) where T : struct, Enum =>
        Enum.TryParse<T>((text ?? "").Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var value)
        && Enum.IsDefined(value)
            ? value
            : throw new Neo4jStoreException(string.Create(CultureInfo.InvariantCulture, $"{what} of '{id}' in Neo4j is '{text}', which ActorGraph does not know"));
}
