using System.Collections.Immutable;
using ActorGraph.Core.Model;

namespace ActorGraph.Core.Queries;

/// <summary>Which end of a relation the profiled actor is at.</summary>
public enum TieDirection
{
    /// <summary>The actor is the source of a directed relation.</summary>
    Outgoing,
    /// <summary>The actor is the target of a directed relation.</summary>
    Incoming,
    /// <summary>The relation's kind is undirected.</summary>
    Mutual,
}

/// <summary>A short reference to an actor inside a result.</summary>
public sealed record ActorRef(string Id, string Name, ActorKind Kind)
{
    /// <summary>The reference for an actor.</summary>
    public static ActorRef Of(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return new(actor.Id, actor.Name, actor.Kind);
    }
}

/// <summary>Evidence with its source's title and date filled in, ready to show.</summary>
public sealed record EvidenceView(string SourceId, string? SourceTitle, DateOnly? SourceDate, string? Url, string? Locator, string? Note)
{
    /// <summary>Expands evidence items against the graph's sources.</summary>
    public static ImmutableArray<EvidenceView> Of(ActorGraphData graph, IEnumerable<Evidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(evidence);
        return [.. evidence.Select(e =>
        {
            graph.SourcesById.TryGetValue(e.SourceId, out var source);
            return new EvidenceView(e.SourceId, source?.Title, source?.Date, source?.Url, e.Locator, e.Note);
        })];
    }
}

/// <summary>One relation seen from the profiled actor.</summary>
public sealed record ProfileTie(
    string RelationId,
    RelationKind Kind,
    RelationSign Sign,
    TieDirection Direction,
    ActorRef Other,
    DateRange When,
    Modality Modality,
    double Strength,
    double Confidence,
    ImmutableArray<string> Topics,
    ImmutableArray<EvidenceView> Evidence);

/// <summary>A process the profiled actor takes part in, with what came out of it.</summary>
public sealed record ProfileProcess(
    string Id,
    string Name,
    string Role,
    ProcessStatus Status,
    DateRange When,
    ImmutableArray<ActorRef> Parties,
    ImmutableArray<ActorRef> Mediators,
    ImmutableArray<string> Topics,
    bool Inferred)
{
    /// <summary>What came out of it (a truce, an agreement). A property, not a constructor parameter: the
    /// OpenAPI schema exporter serialises parameter defaults, and a default immutable array cannot be.</summary>
    public ImmutableArray<ProfileOutcome> Outcomes { get; init; } = [];
}

/// <summary>Everything on record about one actor: what <c>actorgraph show</c> and <c>GET /api/actors/{id}</c> return.</summary>
public sealed record ActorProfile(
    Actor Actor,
    ImmutableArray<ProfileTie> Relations,
    ImmutableArray<ProfileProcess> Processes)
{
    /// <summary>Builds the profile of <paramref name="actorId"/>, relations filtered to <paramref name="asOf"/> when given.
    /// Relations are ordered by kind (vocabulary order), then date, then the other actor's name. O(degree · log degree + processes).</summary>
    public static ActorProfile Build(ActorGraphData graph, string actorId, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var actor = graph.FindActor(actorId) ?? throw new KeyNotFoundException($"unknown actor id '{actorId}'");
        var kindOrder = RelationVocabulary.All.Select((k, i) => (k.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);

        ActorRef Ref(string id) => graph.FindActor(id) is { } a ? ActorRef.Of(a) : new ActorRef(id, id, ActorKind.Other);

        var ties = graph.IncidentRelations(actorId).ToArray()
            .Select(i => graph.Relations[i])
            .Where(r => r.When.Contains(asOf))
            .Select(r =>
            {
                var outgoing = r.Source == actorId;
                var direction = !r.Kind.Directed ? TieDirection.Mutual : outgoing ? TieDirection.Outgoing : TieDirection.Incoming;
                return new ProfileTie(r.Id, r.Kind, r.Sign, direction, Ref(outgoing ? r.Target : r.Source), r.When,
                    r.Modality, r.Strength, r.Confidence, r.Topics, EvidenceView.Of(graph, r.Evidence));
            })
            .OrderBy(t => kindOrder.GetValueOrDefault(t.Kind.Name, int.MaxValue))
            .ThenBy(t => t.When.Start ?? DateOnly.MinValue)
            .ThenBy(t => t.Other.Name, StringComparer.Ordinal)
            .ThenBy(t => t.RelationId, StringComparer.Ordinal)
            .ToImmutableArray();

        var processes = graph.ProcessesOf(actorId)
            .Where(p => p.When.Contains(asOf))
            .Select(p => new ProfileProcess(p.Id, p.Name, p.Mediators.Contains(actorId) ? "mediator" : "party", p.Status, p.When,
                [.. p.Parties.Select(Ref)], [.. p.Mediators.Select(Ref)], p.Topics, p.Inferred)
            {
                Outcomes = [.. p.Outcomes.Select(o => new ProfileOutcome(o.Date, o.Description, EvidenceView.Of(graph, o.Evidence)))],
            })
            .ToImmutableArray();

        return new ActorProfile(actor, ties, processes);
    }
}
