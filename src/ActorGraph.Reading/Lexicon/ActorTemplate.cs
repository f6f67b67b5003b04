using ActorGraph.Core.Model;

namespace ActorGraph.Reading.Lexicon;

/// <summary>A known actor from the built-in tables: what a mention of it becomes in the graph.</summary>
/// <param name="Name">Display name.</param>
/// <param name="Kind">Actor kind.</param>
/// <param name="Country">ISO alpha-3 code, if any.</param>
/// <param name="Aliases">Other names (the table's, not guessed).</param>
/// <param name="Parent">Name of the organisation this one is part of, if any.</param>
/// <param name="Demonyms">Adjectives ("Egyptian"); the first is used to name agencies and groups.</param>
/// <param name="Capital">Capital city, read as the state only in phrases such as "the leadership in Moscow".</param>
/// <param name="Short">Short form used in names of its groups ("US envoys"); the name when absent.</param>
/// <param name="CameoGroup">CAMEO group code (<c>HMS</c>), which gives its canonical id, if the CAMEO tables have one.</param>
internal sealed record ActorTemplate(
    string Name,
    ActorKind Kind,
    string? Country,
    IReadOnlyList<string> Aliases,
    string? Parent = null,
    IReadOnlyList<string>? Demonyms = null,
    string? Capital = null,
    string? Short = null,
    string? CameoGroup = null)
{
    /// <summary>The adjective for names of agencies and groups: the first demonym, else the short form.</summary>
    public string Adjective => Demonyms is { Count: > 0 } d ? d[0] : ShortForm;

    /// <summary>The short form, or the name.</summary>
    public string ShortForm => string.IsNullOrEmpty(Short) ? Name : Short;
}
