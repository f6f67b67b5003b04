using System.Collections.Frozen;

namespace ActorGraph.Reading.Lexicon;

/// <summary>The words of a lower-case description of a body ("the rebel group", "the main opposition party"), written once for
/// the two rules that read such descriptions: <c>DescribedBodies</c> (the description before the name) and
/// <c>DescribedNames</c> (the name before it, "MARA Patani, an umbrella of several armed groups,"). Each rule adds its own
/// words beside these.</summary>
internal static class BodyDescriptionWords
{
    /// <summary>Adjectives that make the body an armed group: "rebel", "armed", "militant", "insurgent", "guerrilla",
    /// "paramilitary", "jihadist", "separatist".</summary>
    public static FrozenSet<string> Armed { get; } = new[]
    {
        "rebel", "armed", "militant", "insurgent", "guerrilla", "paramilitary", "jihadist", "separatist",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Other adjectives of a political body: "opposition", "political", "governing", "ruling", "islamist", "former",
    /// "main", "banned", "dissident", "breakaway".</summary>
    public static FrozenSet<string> Modifiers { get; } = new[]
    {
        "opposition", "political", "governing", "ruling", "islamist", "former", "main", "banned", "dissident", "breakaway",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The head nouns: "movement", "party", "group", "militia", "faction", "rebels", "guerrillas", "insurgents",
    /// "organisation", "organization".</summary>
    public static FrozenSet<string> Heads { get; } = new[]
    {
        "movement", "party", "group", "militia", "faction", "rebels", "guerrillas", "insurgents", "organisation", "organization",
    }.ToFrozenSet(StringComparer.Ordinal);
}
