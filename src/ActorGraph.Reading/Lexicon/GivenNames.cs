using System.Collections.Frozen;
using System.Reflection;
using ActorGraph.Core.Text;

namespace ActorGraph.Reading.Lexicon;

/// <summary>Given names ("Joaquim", "Didier", "Nawaf"): the embedded table <c>given-names.tsv</c>, built by
/// <c>scripts/reading/given-names.py</c> from the first words of the person entries of the Phoenix/PETRARCH country actor
/// dictionary (openeventdata/petrarch2, MIT licence), less every word that is also a place, an agent, a verb pattern's
/// word or a word of ActorGraph's own tables. A word of it opening a capitalised phrase makes the phrase a person's name.</summary>
internal static class GivenNames
{
    private static readonly FrozenSet<string> Names = Load();

    /// <summary>Whether <paramref name="word"/> is a given name of the table; case and accents are ignored ("René" is "Rene").</summary>
    public static bool Contains(string word) => word.Length >= 3 && Names.Contains(NameKey.Of(word));

    /// <summary>How many names the table holds.</summary>
    public static int Count => Names.Count;

    private static FrozenSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ActorGraph.Reading.given-names.tsv")
            ?? throw new InvalidOperationException("embedded table given-names.tsv is missing");
        using var reader = new StreamReader(stream);
        var names = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            names.Add(NameKey.Of(line.Trim()));
        }
        return names.ToFrozenSet(StringComparer.Ordinal);
    }
}
