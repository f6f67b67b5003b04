using System.Collections.Immutable;

namespace ActorGraph.Export;

/// <summary>What a focused drawing shows: two (or more) endpoint actors, the actors and ties that
/// connect them (mediators, mediation paths) and the processes involved. Plain ids, so that focus can
/// come from the mediation analysis or be computed from explicit processes (ActorGraph.Hosting builds one with <c>MediationFocus</c>).</summary>
/// <param name="Endpoints">The actors the user asked about (A and B); drawn highlighted.</param>
/// <param name="Actors">Every actor in focus, endpoints included.</param>
/// <param name="Relations">Ids of the relations in focus (direct ties, mediation paths).</param>
/// <param name="Processes">Ids of the mediation processes in focus.</param>
/// <param name="Mediators">Actors that mediate between the endpoints (explicitly or on a path); drawn highlighted.</param>
public sealed record ExportFocus(
    ImmutableArray<string> Endpoints,
    IReadOnlySet<string> Actors,
    IReadOnlySet<string> Relations,
    IReadOnlySet<string> Processes,
    IReadOnlySet<string> Mediators)
{
    /// <summary>Endpoints, never default.</summary>
    public ImmutableArray<string> Endpoints { get; init; } = Endpoints.IsDefault ? [] : Endpoints;

    /// <summary>When true the drawing keeps the whole graph and greys out what is not in focus;
    /// when false (the default) it shows only what is in focus.</summary>
    public bool ShowContext { get; init; }
}
