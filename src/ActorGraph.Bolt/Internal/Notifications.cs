namespace ActorGraph.Bolt.Internal;

internal sealed record Notification(string Code, string Title, string Description, InputPosition? Position, string RawSeverityLevel,
    Severity? SeverityLevel, string RawCategory, Category? Category) : INotification;

internal sealed record GqlStatusObject(string GqlStatus, string StatusDescription, InputPosition? Position, string RawClassification,
    Category? Classification, string RawSeverity, Severity? Severity, IReadOnlyDictionary<string, object?> DiagnosticRecord, bool IsNotification)
    : IGqlStatusObject;

/// <summary>Reads the notifications of a summary: <c>notifications: [{code, title, description, severity, category,
/// position: {offset, line, column}}]</c> up to Bolt 5.5, <c>statuses: [{gql_status, status_description, neo4j_code?,
/// title?, description?, diagnostic_record: {_severity, _classification, _position}}]</c> from 5.6 [§5].</summary>
internal static class Notifications
{
    public static (IReadOnlyList<INotification>, IReadOnlyList<IGqlStatusObject>) Read(IReadOnlyDictionary<string, object?> metadata)
    {
        if (metadata.GetValueOrDefault("statuses") is List<object?> statuses)
        {
            var objects = statuses.OfType<IReadOnlyDictionary<string, object?>>().Select(FromStatus).ToList();
            var notes = statuses.OfType<IReadOnlyDictionary<string, object?>>()
                .Where(s => s.GetValueOrDefault("neo4j_code") is string)
                .Select(s =>
                {
                    var d = s.GetValueOrDefault("diagnostic_record") as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
                    return Note(Text(s, "neo4j_code"), Text(s, "title"), Text(s, "description"), Position(d.GetValueOrDefault("_position")),
                        Text(d, "_severity"), Text(d, "_classification"));
                })
                .ToList<INotification>();
            return (notes, objects);
        }
        var notifications = (metadata.GetValueOrDefault("notifications") as List<object?> ?? [])
            .OfType<IReadOnlyDictionary<string, object?>>()
            .Select(n => Note(Text(n, "code"), Text(n, "title"), Text(n, "description"), Position(n.GetValueOrDefault("position")),
                Text(n, "severity"), Text(n, "category")))
            .ToList();
        var derived = notifications.Select(n => (IGqlStatusObject)new GqlStatusObject(
            n.SeverityLevel == Bolt.Severity.Warning ? "01N42" : "03N42", n.Description, n.Position, n.RawCategory, n.Category,
            n.RawSeverityLevel, n.SeverityLevel, new Dictionary<string, object?>(), true)).ToList();
        return (notifications, derived);
    }

    private static GqlStatusObject FromStatus(IReadOnlyDictionary<string, object?> s)
    {
        var d = s.GetValueOrDefault("diagnostic_record") as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
        var classification = Text(d, "_classification");
        var severity = Text(d, "_severity");
        return new GqlStatusObject(Text(s, "gql_status"), Text(s, "status_description"), Position(d.GetValueOrDefault("_position")),
            classification, ParseCategory(classification), severity, ParseSeverity(severity), d, s.GetValueOrDefault("neo4j_code") is string);
    }

    private static Notification Note(string code, string title, string description, InputPosition? position, string severity, string category) =>
        new(code, title, description, position, severity, ParseSeverity(severity), category, ParseCategory(category));

    private static string Text(IReadOnlyDictionary<string, object?> map, string key) => map.GetValueOrDefault(key) as string ?? "";

    private static InputPosition? Position(object? value) => value is IReadOnlyDictionary<string, object?> p
        ? new InputPosition(p.GetValueOrDefault("offset") as long? ?? -1, p.GetValueOrDefault("line") as long? ?? -1, p.GetValueOrDefault("column") as long? ?? -1)
        : null;

    private static Severity? ParseSeverity(string raw) => raw switch
    {
        "WARNING" => Bolt.Severity.Warning,
        "INFORMATION" => Bolt.Severity.Information,
        _ => null,
    };

    private static Category? ParseCategory(string raw) =>
        Enum.TryParse<Category>(raw, ignoreCase: true, out var c) && raw.All(char.IsLetter) ? c : null;
}
