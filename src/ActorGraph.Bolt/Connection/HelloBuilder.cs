using System.Runtime.InteropServices;

namespace ActorGraph.Bolt;

/// <summary>Builds HELLO's map for a negotiated version with only the keys that version defines [§5 "HELLO and LOGON by version"]:
/// 4.4 and 5.0 carry the auth token in HELLO (4.4 also asks for the "utc" date-time patch); 5.1+ move it to
/// LOGON; bolt_agent appears at 5.3. routing is present only for neo4j:// connections.</summary>
internal static class HelloBuilder
{
    public static Dictionary<string, object?> Build(BoltVersion version, string userAgent, AuthToken auth, IReadOnlyDictionary<string, object?>? routingContext)
    {
        var extra = new Dictionary<string, object?>(StringComparer.Ordinal) { ["user_agent"] = userAgent };
        if (version < BoltVersion.V5_1)
        {
            foreach (var (key, value) in auth.ToMap()) extra[key] = value;
        }
        if (routingContext is not null) extra["routing"] = routingContext;
        if (version == BoltVersion.V4_4) extra["patch_bolt"] = new List<object?> { "utc" };
        if (version >= BoltVersion.V5_3)
        {
            extra["bolt_agent"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["product"] = userAgent,
                ["platform"] = $"{RuntimeInformation.OSDescription}; {RuntimeInformation.OSArchitecture}",
                ["language"] = $"C#/{Environment.Version}",
                ["language_details"] = RuntimeInformation.FrameworkDescription,
            };
        }
        return extra;
    }
}
