using System.Collections.Frozen;

namespace ActorGraph.Reading.Lexicon;

/// <summary>The particles that stand inside a person's name ("Pérez de Cuéllar", "al-Burhan", "bin Salman", "de Klerk",
/// "van der Stoel"), lower case, written once for the rules that find where a name ends.</summary>
internal static class NameParticles
{
    /// <summary>The Arabic particles, which are also written capitalised inside a name ("Nawaf al-Ahmad al-Jaber Al Sabah"):
    /// "al", "el", "bin", "ibn", "bint", "abu".</summary>
    public static FrozenSet<string> Arabic { get; } = new[] { "al", "el", "bin", "ibn", "bint", "abu" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Every particle: the Arabic ones, the Kalenjin "arap" ("Daniel arap Moi") and the Romance, Portuguese, Dutch and
    /// German ones ("de", "da", "di", "du", "del", "della", "dos", "das", "do", "la", "le", "van", "von", "der", "den", "ter").</summary>
    public static FrozenSet<string> All { get; } = new[]
    {
        "al", "el", "bin", "ibn", "bint", "abu", "arap", "de", "da", "di", "du", "del", "della", "dos", "das", "do", "la", "le", "van", "von", "der", "den", "ter",
    }.ToFrozenSet(StringComparer.Ordinal);
}
