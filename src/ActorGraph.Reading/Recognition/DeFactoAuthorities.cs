using ActorGraph.Core.Model;

namespace ActorGraph.Reading.Recognition;

/// <summary>A territory the report makes act as its de facto authority, and so a side of talks: its seat acts ("mediators between
/// Chisinau and Tiraspol", "Tiraspol insisted", see <see cref="MentionFinder"/>), or the text calls it breakaway or self-proclaimed
/// ("its breakaway region of Transnistria", "the self-declared republic of Abkhazia", "separatist Abkhazia"). A territory named
/// only as a place ("troops remain in Transnistria", "the conflict over Nagorno-Karabakh") stays scenery.</summary>
internal static class DeFactoAuthorities
{
    private static readonly HashSet<string> Breakaway = new(StringComparer.Ordinal)
    {
        "breakaway", "separatist", "secessionist", "self-proclaimed", "self-declared", "unrecognised", "unrecognized",
    };

    private static readonly HashSet<string> Units = new(StringComparer.Ordinal)
    {
        "region", "republic", "province", "enclave", "territory", "state",
    };

    /// <summary>Marks <paramref name="actor"/>, a territory named at token <paramref name="i"/>, when the words right before it call
    /// it breakaway: "breakaway X", "(its) breakaway region of X".</summary>
    public static void MarkIfBreakaway(SentenceContext s, DocActor actor, int i)
    {
        if (actor.Kind != ActorKind.Territory) return;
        var k = i - 1;
        if (s.KeyAt(k) == "of" && Units.Contains(s.KeyAt(k - 1))) k -= 2;
        if (Breakaway.Contains(s.KeyAt(k))) actor.Authority = true;
    }

    /// <summary>Whether a territory stands here for its de facto authority.</summary>
    public static bool Acts(DocActor actor) => actor.Kind == ActorKind.Territory && actor.Authority;
}
