using ActorGraph.Core.Model;

namespace ActorGraph.Export.Json;

/// <summary>The JSON export: the graph as nodes, edges, clusters and processes (ActorGraphJson conventions:
/// camelCase, kebab-case enum values, ISO dates, nulls omitted).</summary>
/// <param name="Format">Always <c>actorgraph-export</c>, so a reader can recognise the file.</param>
/// <param name="Version">The shape's version (1); bumped on an incompatible change.</param>
/// <param name="AsOf">The as-of date the export was filtered by, if any.</param>
/// <param name="Nodes">Actors, by id.</param>
/// <param name="Edges">Relations, by id.</param>
/// <param name="Clusters">Cluster memberships, by cluster number (empty when no clusters were given).</param>
/// <param name="Processes">Mediation processes, by id.</param>
/// <param name="Sources">Sources cited by the exported edges and processes, by id.</param>
public sealed record ExportDocument(
    string Format,
    int Version,
    DateOnly? AsOf,
    IReadOnlyList<ExportNode> Nodes,
    IReadOnlyList<ExportEdge> Edges,
    IReadOnlyList<ExportCluster> Clusters,
    IReadOnlyList<ExportProcess> Processes,
    IReadOnlyList<Source> Sources);

/// <summary>An actor.</summary>
/// <param name="Focus">With a focus: <c>endpoint</c>, <c>mediator</c>, <c>in-focus</c> or <c>context</c>.</param>
public sealed record ExportNode(
    string Id,
    string Name,
    ActorKind Kind,
    IReadOnlyList<string> Aliases,
    string? Country,
    string? Description,
    int? Cluster,
    string? Focus);

/// <summary>A relation, with its dates flattened to <c>start</c>/<c>end</c>.</summary>
/// <param name="Strength">Intensity in 0..1 (a strength, not a distance).</param>
public sealed record ExportEdge(
    string Id,
    string Source,
    string Target,
    RelationKind Kind,
    RelationSign Sign,
    bool Directed,
    double Strength,
    double Confidence,
    DateOnly? Start,
    DateOnly? End,
    IReadOnlyList<string> Topics,
    Modality Modality,
    int Weight,
    IReadOnlyList<Evidence> Evidence);

/// <summary>One cluster and its members (actor ids, sorted).</summary>
public sealed record ExportCluster(int Id, IReadOnlyList<string> Members);

/// <summary>A mediation process, with its dates flattened to <c>start</c>/<c>end</c>.</summary>
public sealed record ExportProcess(
    string Id,
    string Name,
    IReadOnlyList<string> Parties,
    IReadOnlyList<string> Mediators,
    IReadOnlyList<string> Topics,
    ProcessStatus Status,
    DateOnly? Start,
    DateOnly? End,
    bool Inferred,
    double Confidence,
    IReadOnlyList<ProcessOutcome> Outcomes,
    IReadOnlyList<Evidence> Evidence);
