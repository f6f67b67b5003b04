namespace ActorGraph.Import.Aggregation;

/// <summary>One event kept as evidence for a tie, before sources get ids.</summary>
/// <param name="SourceKey">What identifies the source: the article URL, or e.g. an ICEWS story id.</param>
/// <param name="Url">The article URL, if any.</param>
/// <param name="Title">Source title.</param>
/// <param name="Publisher">Publisher, if known.</param>
/// <param name="Date">Event date.</param>
/// <param name="Locator">Where in the source data (<c>GDELT event 1234</c>).</param>
/// <param name="Note">What the event says (<c>CAMEO 045 mediate; Goldstein 5.0</c>).</param>
public sealed record EvidenceDraft(string SourceKey, string? Url, string Title, string? Publisher, DateOnly Date, string Locator, string Note);
