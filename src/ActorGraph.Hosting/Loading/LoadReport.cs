using System.Collections.Immutable;

namespace ActorGraph.Hosting.Loading;

/// <summary>What one attempt to load the seed did.</summary>
/// <param name="At">When the attempt finished.</param>
/// <param name="Reason">Why it ran ("start", "file change", "request").</param>
/// <param name="Succeeded">True when the store now holds the folder's graph.</param>
/// <param name="Version">The snapshot version served after the attempt (0 when nothing is loaded).</param>
/// <param name="Errors">Why it failed: seed errors as <c>file:line:col: message</c>, or a store error.</param>
public sealed record LoadReport(DateTimeOffset At, string Reason, bool Succeeded, long Version, ImmutableArray<string> Errors);
