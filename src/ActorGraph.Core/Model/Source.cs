namespace ActorGraph.Core.Model;

/// <summary>A document that facts are taken from: a news report, an event-data file, a briefing.</summary>
public sealed record Source(string Id, string Title, string? Publisher = null, DateOnly? Date = null, string? Url = null);
