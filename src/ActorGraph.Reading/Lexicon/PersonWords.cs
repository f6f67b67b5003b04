using System.Collections.Frozen;
using System.Reflection;

namespace ActorGraph.Reading.Lexicon;

/// <summary>The words the person rules use to tell a person's noun, office or qualifier, in one table
/// (Resources/person-words.tsv: a word or phrase key a row, then its classes). Each class is the set one rule reads;
/// a word the rules share is written once.</summary>
internal static class PersonWords
{
    private static readonly FrozenDictionary<string, FrozenSet<string>> Classes = Load();

    /// <summary>Lower-case nouns right before a name ("the Algerian diplomat NAME"): <c>PersonNames</c>.</summary>
    public static FrozenSet<string> BeforeName => Classes["before-name"];

    /// <summary>Offices and descriptions after "NAME, the (former) ...": <c>PersonNames</c>.</summary>
    public static FrozenSet<string> AfterName => Classes["after-name"];

    /// <summary>Plural nouns of people before a list of names: <c>PersonNames</c>.</summary>
    public static FrozenSet<string> PluralTitles => Classes["plural-title"];

    /// <summary>The last noun of a lower-case description in apposition: <c>DescribedPersons</c>.</summary>
    public static FrozenSet<string> Described => Classes["described"];

    /// <summary>Offices held in a possessor: <c>PossessiveRolePersons</c>.</summary>
    public static FrozenSet<string> PossessiveOffices => Classes["possessive-office"];

    /// <summary>Of the possessive offices, the heads (they lead the possessor): <c>PossessiveRolePersons</c>.</summary>
    public static FrozenSet<string> PossessiveHeads => Classes["possessive-head"];

    /// <summary>Words before a possessive office: <c>PossessiveRolePersons</c>.</summary>
    public static FrozenSet<string> PossessiveQualifiers => Classes["possessive-qualifier"];

    /// <summary>Words before a title after "NAME, the ...": <c>NameThenTitle</c>.</summary>
    public static FrozenSet<string> TitleQualifiers => Classes["title-qualifier"];

    /// <summary>Words before a joint title: <c>JointTitlePersons</c>.</summary>
    public static FrozenSet<string> JointQualifiers => Classes["joint-qualifier"];

    /// <summary>Nouns for what a person is, member of the body named with them: <see cref="RoleWords.PersonNouns"/>.</summary>
    public static FrozenSet<string> MemberNouns => Classes["member-noun"];

    private static FrozenDictionary<string, FrozenSet<string>> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ActorGraph.Reading.person-words.tsv")
            ?? throw new InvalidOperationException("embedded table person-words.tsv is missing");
        using var reader = new StreamReader(stream);
        var classes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cells = line.Split('\t');
            if (cells.Length != 2) throw new InvalidOperationException($"person-words.tsv: a row needs a word and its classes: {line}");
            foreach (var name in cells[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!classes.TryGetValue(name, out var words)) classes[name] = words = [];
                words.Add(cells[0]);
            }
        }
        return classes.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }
}
