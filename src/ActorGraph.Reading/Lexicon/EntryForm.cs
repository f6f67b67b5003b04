namespace ActorGraph.Reading.Lexicon;

/// <summary>How a lexicon entry names its actor.</summary>
internal enum EntryForm
{
    /// <summary>A name or alias: "Egypt", "U.S.", "Hamas".</summary>
    Name,
    /// <summary>An adjective: "Egyptian". Names the state only before an agentive noun or in the plural.</summary>
    Demonym,
    /// <summary>A plural demonym: "Egyptians", "the Japanese".</summary>
    DemonymPlural,
    /// <summary>A capital city, read as its state only after "leadership in" and the like.</summary>
    Capital,
    /// <summary>A combining form of a state in compounds: "Russo-", "Sino-".</summary>
    Combining,
}
