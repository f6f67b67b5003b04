namespace ActorGraph.Core.Model;

/// <summary>Where a fact comes from: a source, a place in it, and a short note in our own words.</summary>
/// <param name="SourceId">Id of a <see cref="Source"/> in the same graph.</param>
/// <param name="Locator">Paragraph, page, sentence or URL fragment, e.g. <c>para 2</c>.</param>
/// <param name="Note">What the source says, paraphrased; never a quotation of more than a few words.</param>
public sealed record Evidence(string SourceId, string? Locator = null, string? Note = null);
