namespace ActorGraph.Bolt;

/// <summary>A notification filter: the minimum severity (null: the server's default) and the disabled categories.
/// <see cref="Disabled"/> turns notifications off. Sent in HELLO (driver level) or BEGIN/RUN (session level) from
/// Bolt 5.2; older servers cannot filter, and the filter is then not sent.</summary>
public sealed record NotificationsConfig(Severity? MinimumSeverity, IReadOnlyList<Category> DisabledCategories)
{
    public static NotificationsConfig Disabled { get; } = new(null, []) { IsDisabled = true };

    public bool IsDisabled { get; private init; }

    /// <summary>Adds the filter's keys to a HELLO, BEGIN or RUN extra map [§5 "HELLO and LOGON by version"]:
    /// <c>notifications_minimum_severity</c> ("OFF", "WARNING", "INFORMATION") and, from 5.5, the list
    /// <c>notifications_disabled_classifications</c> (<c>notifications_disabled_categories</c> in 5.2–5.4).</summary>
    internal void AddTo(IDictionary<string, object?> extra, BoltVersion version)
    {
        if (version < BoltVersion.V5_2) return;
        if (IsDisabled)
        {
            extra["notifications_minimum_severity"] = "OFF";
            return;
        }
        if (MinimumSeverity is { } severity) extra["notifications_minimum_severity"] = severity == Severity.Warning ? "WARNING" : "INFORMATION";
        if (DisabledCategories.Count > 0)
        {
            var key = version >= BoltVersion.V5_5 ? "notifications_disabled_classifications" : "notifications_disabled_categories";
            extra[key] = DisabledCategories.Select(c => (object?)c.ToString().ToUpperInvariant()).ToList();
        }
    }
}
