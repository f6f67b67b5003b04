using System.Collections.Frozen;

namespace ActorGraph.Reading.Lexicon;

/// <summary>The words that open a noun phrase without naming anything, lower case, written once for the rules that must
/// not take them for the first word of a capitalised name ("The Movement", "Its Council", "Each Party shall ...").</summary>
internal static class DeterminerWords
{
    /// <summary>Articles, the singular demonstratives and the possessive determiners: "the", "a", "an", "this", "that",
    /// "its", "their", "his", "her", "our". ("these" and "those" are left out: no rule that reads this set lists them.)</summary>
    public static FrozenSet<string> Determiners { get; } = new[]
    {
        "the", "a", "an", "this", "that", "its", "their", "his", "her", "our",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Quantifiers that may stand before a capitalised noun in treaty language ("Neither Party", "Each Party",
    /// "All States"): "neither", "either", "each", "every", "any", "no", "both", "all".</summary>
    public static FrozenSet<string> Quantifiers { get; } = new[]
    {
        "neither", "either", "each", "every", "any", "no", "both", "all",
    }.ToFrozenSet(StringComparer.Ordinal);
}
