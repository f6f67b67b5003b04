namespace ActorGraph.Reading.Recognition;

/// <summary>A head of state or government introduced by a title with no country ("President X", "Prime Minister Y"), and where
/// that title starts: shared by the rules that find the government such a person leads.</summary>
internal static class HeadTitles
{
    private static readonly string[] Titles = ["President ", "Prime Minister ", "King ", "Emir ", "Chancellor "];

    /// <summary>A titled person with no office yet whose title is a head's.</summary>
    public static bool IsUnplacedHead(Mention m) => m.Rule == "titled-person" && m.Actor.Office is null && HasHeadTitle(m.Actor);

    /// <summary>Whether the actor was named with a head's title ("President X"), placed or not.</summary>
    public static bool HasHeadTitle(DocActor actor) => actor.Aliases.Any(a => Titles.Any(t => a.StartsWith(t, StringComparison.Ordinal)));

    /// <summary>The first token of the head title, which may stand before the mention ("of [President] Ashraf Ghani").</summary>
    public static int Start(SentenceContext s, int first)
    {
        var k = first - 1;
        while (k >= 0 && first - k <= 3 && s.Tokens[k].IsCapitalised && s.KeyAt(k) is "president" or "prime" or "minister" or "king" or "emir" or "chancellor") k--;
        return k + 1;
    }
}
