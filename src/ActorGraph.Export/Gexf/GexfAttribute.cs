namespace ActorGraph.Export.Gexf;

/// <summary>A declared GEXF attribute (<c>&lt;attribute id title type&gt;</c>); the id is the title, so a
/// reader that keys values by id or by title sees the same name.</summary>
/// <param name="Title">The attribute name tools show.</param>
/// <param name="Type"><c>string</c>, <c>integer</c>, <c>double</c> or <c>boolean</c>.</param>
public sealed record GexfAttribute(string Title, string Type)
{
    /// <summary>Node attributes, in declaration order (cluster and focus only when the view has them).</summary>
    public static IReadOnlyList<GexfAttribute> Node { get; } =
    [
        new("type", "string"), new("actorgraph_id", "string"), new("kind", "string"), new("country", "string"),
        new("aliases", "string"), new("description", "string"), new("status", "string"), new("topics", "string"),
        new("inferred", "boolean"), new("confidence", "double"), new("cluster", "integer"), new("focus", "string"),
    ];

    /// <summary>Edge attributes, in declaration order. Weight, label and dates are GEXF's own edge attributes.</summary>
    public static IReadOnlyList<GexfAttribute> Edge { get; } =
    [
        new("actorgraph_id", "string"), new("kind", "string"), new("sign", "string"), new("symmetric", "boolean"),
        new("confidence", "double"), new("modality", "string"), new("events", "integer"), new("topics", "string"),
        new("evidence", "string"), new("role", "string"),
    ];
}
