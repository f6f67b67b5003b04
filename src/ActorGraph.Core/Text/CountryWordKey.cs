namespace ActorGraph.Core.Text;

/// <summary>A second, looser key for country names: the words of the name, abbreviations spelled out, the
/// words <c>of</c>, <c>the</c> and <c>and</c> dropped, in sorted order. It makes the inverted and abbreviated
/// forms that other data sets and years use find the same country: "Congo, Democratic Republic of the" (ISO
/// order), "Korea, Rep." and "Lao PDR" (World Bank), "Iran (Islamic Republic of)" (UN), "St. Lucia",
/// "Netherlands, The". The importer uses it on its country table and the actor resolver on the states of a graph,
/// so a user may type a country in any of these orders.</summary>
public static class CountryWordKey
{
    /// <summary>Abbreviations in published country lists, spelled out (one word can stand for several).</summary>
    private static readonly Dictionary<string, string[]> Expansions = new(StringComparer.Ordinal)
    {
        ["rep"] = ["republic"],
        ["dem"] = ["democratic"],
        ["fed"] = ["federated"],
        ["sts"] = ["states"],
        ["st"] = ["saint"],
        ["is"] = ["islands"],
        ["isl"] = ["islands"],
        ["pdr"] = ["peoples", "democratic", "republic"],
    };

    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal) { "of", "the", "and" };

    private static readonly char[] Separators = [' ', ',', '(', ')', '-', '/', '\u2013', '\t'];

    /// <summary>The key of <paramref name="name"/>; empty when it has no words.</summary>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = new List<string>();
        foreach (var part in name.Replace('&', ' ').Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = NameKey.Of(part);
            if (word.Length == 0 || Ignored.Contains(word)) continue;
            if (Expansions.TryGetValue(word, out var spelled)) words.AddRange(spelled);
            else words.Add(word);
        }
        words.Sort(StringComparer.Ordinal);
        return string.Join(' ', words);
    }
}
