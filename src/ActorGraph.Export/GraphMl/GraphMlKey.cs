namespace ActorGraph.Export.GraphMl;

/// <summary>A declared GraphML attribute (<c>&lt;key&gt;</c>).</summary>
/// <param name="Id">The key id used by <c>&lt;data key="..."&gt;</c>.</param>
/// <param name="For"><c>node</c> or <c>edge</c>.</param>
/// <param name="Name">The attribute name tools show (Gephi and yEd use <c>label</c> as the label).</param>
/// <param name="Type"><c>string</c>, <c>int</c>, <c>double</c> or <c>boolean</c>.</param>
public sealed record GraphMlKey(string Id, string For, string Name, string Type)
{
    /// <summary>Node: <c>actor</c> or <c>process</c>.</summary>
    public static GraphMlKey NodeType { get; } = new("n_type", "node", "type", "string");
    /// <summary>Node: display label (the name).</summary>
    public static GraphMlKey NodeLabel { get; } = new("n_label", "node", "label", "string");
    /// <summary>Node: the ActorGraph id, unencoded.</summary>
    public static GraphMlKey NodeId { get; } = new("n_id", "node", "actorgraph_id", "string");
    /// <summary>Node: actor kind.</summary>
    public static GraphMlKey Kind { get; } = new("n_kind", "node", "kind", "string");
    /// <summary>Node: ISO country code.</summary>
    public static GraphMlKey Country { get; } = new("n_country", "node", "country", "string");
    /// <summary>Node: aliases joined with "; ".</summary>
    public static GraphMlKey Aliases { get; } = new("n_aliases", "node", "aliases", "string");
    /// <summary>Node: description.</summary>
    public static GraphMlKey Description { get; } = new("n_description", "node", "description", "string");
    /// <summary>Node: process status.</summary>
    public static GraphMlKey Status { get; } = new("n_status", "node", "status", "string");
    /// <summary>Node: process topics joined with "; ".</summary>
    public static GraphMlKey NodeTopics { get; } = new("n_topics", "node", "topics", "string");
    /// <summary>Node: process start date.</summary>
    public static GraphMlKey NodeStart { get; } = new("n_start", "node", "start", "string");
    /// <summary>Node: process end date.</summary>
    public static GraphMlKey NodeEnd { get; } = new("n_end", "node", "end", "string");
    /// <summary>Node: process rebuilt from event data.</summary>
    public static GraphMlKey Inferred { get; } = new("n_inferred", "node", "inferred", "boolean");
    /// <summary>Node: process confidence.</summary>
    public static GraphMlKey NodeConfidence { get; } = new("n_confidence", "node", "confidence", "double");
    /// <summary>Node: cluster number (declared only when clusters are exported).</summary>
    public static GraphMlKey Cluster { get; } = new("n_cluster", "node", "cluster", "int");
    /// <summary>Node: focus role (declared only with a focus).</summary>
    public static GraphMlKey Focus { get; } = new("n_focus", "node", "focus", "string");

    /// <summary>Edge: display label (the relation kind or the process role).</summary>
    public static GraphMlKey EdgeLabel { get; } = new("e_label", "edge", "label", "string");
    /// <summary>Edge: the relation id, unencoded.</summary>
    public static GraphMlKey EdgeId { get; } = new("e_id", "edge", "actorgraph_id", "string");
    /// <summary>Edge: relation kind.</summary>
    public static GraphMlKey RelationKind { get; } = new("e_kind", "edge", "kind", "string");
    /// <summary>Edge: sign of the kind.</summary>
    public static GraphMlKey Sign { get; } = new("e_sign", "edge", "sign", "string");
    /// <summary>Edge: the tie's strength in 0..1 (not a distance), named <c>weight</c> because that is the
    /// attribute Gephi, yEd and networkx use as the edge weight.</summary>
    public static GraphMlKey Weight { get; } = new("e_weight", "edge", "weight", "double");
    /// <summary>Edge: confidence in 0..1.</summary>
    public static GraphMlKey EdgeConfidence { get; } = new("e_confidence", "edge", "confidence", "double");
    /// <summary>Edge: start date.</summary>
    public static GraphMlKey EdgeStart { get; } = new("e_start", "edge", "start", "string");
    /// <summary>Edge: end date.</summary>
    public static GraphMlKey EdgeEnd { get; } = new("e_end", "edge", "end", "string");
    /// <summary>Edge: topics joined with "; ".</summary>
    public static GraphMlKey EdgeTopics { get; } = new("e_topics", "edge", "topics", "string");
    /// <summary>Edge: modality.</summary>
    public static GraphMlKey Modality { get; } = new("e_modality", "edge", "modality", "string");
    /// <summary>Edge: number of events aggregated into the tie (1 for a hand-coded fact).</summary>
    public static GraphMlKey Events { get; } = new("e_events", "edge", "events", "int");
    /// <summary>Edge: true for a symmetric kind (meets, negotiates, armed-conflict): every edge is written
    /// directed (from the relation's source) so that all readers agree, and this says the direction carries no meaning.</summary>
    public static GraphMlKey Symmetric { get; } = new("e_symmetric", "edge", "symmetric", "boolean");
    /// <summary>Edge: evidence lines joined with " | ".</summary>
    public static GraphMlKey Evidence { get; } = new("e_evidence", "edge", "evidence", "string");
    /// <summary>Edge: <c>party</c> or <c>mediator</c> for links to a process node.</summary>
    public static GraphMlKey Role { get; } = new("e_role", "edge", "role", "string");

    /// <summary>The keys every export declares, in document order.</summary>
    public static IReadOnlyList<GraphMlKey> Always { get; } =
    [
        NodeType, NodeLabel, NodeId, Kind, Country, Aliases, Description, Status, NodeTopics, NodeStart, NodeEnd, Inferred, NodeConfidence,
        EdgeLabel, EdgeId, RelationKind, Sign, Weight, Symmetric, EdgeConfidence, EdgeStart, EdgeEnd, EdgeTopics, Modality, Events, Evidence, Role,
    ];
}
