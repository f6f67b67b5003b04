namespace ActorGraph.Reading.Lexicon;

/// <summary>One surface form of a known actor.</summary>
/// <param name="Actor">The actor it names.</param>
/// <param name="Form">Name, demonym, capital...</param>
/// <param name="Surface">The form as written in the table.</param>
/// <param name="CaseSensitive">True for short all-capital forms ("US", "AU"), which must match exactly.</param>
internal sealed record LexiconEntry(ActorTemplate Actor, EntryForm Form, string Surface, bool CaseSensitive);
