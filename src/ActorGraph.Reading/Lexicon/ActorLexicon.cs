using System.Collections.Frozen;
using System.Reflection;
using ActorGraph.Core.Model;
using ActorGraph.Reading.Text;

namespace ActorGraph.Reading.Lexicon;

/// <summary>The built-in gazetteer of states, organisations, armed groups and contested territories,
/// read from the embedded tables (Resources/*.tsv). Lookup is by token sequence, longest match first.</summary>
internal sealed class ActorLexicon
{
    private static readonly Lazy<ActorLexicon> Instance = new(Load);

    // Combining forms used in compounds such as "Russo-Japanese War"; facts of English usage.
    private static readonly (string Form, string Country)[] CombiningForms =
    [
        ("Russo", "RUS"), ("Sino", "CHN"), ("Franco", "FRA"), ("Anglo", "GBR"), ("Indo", "IND"), ("Austro", "AUT"),
        ("Greco", "GRC"), ("Turco", "TUR"), ("Italo", "ITA"), ("Judeo", "ISR"), ("Hispano", "ESP"), ("Afro", ""),
    ];

    private readonly FrozenDictionary<string, LexiconEntry[]> _byKey;
    private readonly FrozenDictionary<string, int> _longestByFirst;

    private ActorLexicon(Dictionary<string, List<LexiconEntry>> byKey, int maxTokens, IReadOnlyList<ActorTemplate> actors)
    {
        _byKey = byKey.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        // The longest entry, in tokens, for each first token: a lookup tries no longer key than one that can exist.
        _longestByFirst = byKey.Keys.GroupBy(k => k.Split(' ')[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Max(k => k.Count(c => c == ' ') + 1), StringComparer.Ordinal);
        MaxTokens = maxTokens;
        Actors = actors;
        ByName = actors.GroupBy(a => a.Name, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        ByCountry = actors.Where(a => a.Kind == ActorKind.State && a.Country is not null)
            .ToFrozenDictionary(a => a.Country!, StringComparer.Ordinal);
    }

    /// <summary>The lexicon built from the embedded tables (loaded once).</summary>
    public static ActorLexicon Default => Instance.Value;

    /// <summary>Longest entry, in tokens.</summary>
    public int MaxTokens { get; }

    /// <summary>Every known actor.</summary>
    public IReadOnlyList<ActorTemplate> Actors { get; }

    /// <summary>Known actors by display name.</summary>
    public FrozenDictionary<string, ActorTemplate> ByName { get; }

    /// <summary>States by ISO alpha-3 code.</summary>
    public FrozenDictionary<string, ActorTemplate> ByCountry { get; }

    /// <summary>The longest entry starting at token <paramref name="start"/>, or null (also when the sentence ends before
    /// it: callers look one word past "the", which may be the sentence's last word, as in a heading "Statement by the").</summary>
    public (LexiconEntry Entry, int Length)? Match(IReadOnlyList<Token> tokens, int start, string sentence)
    {
        if (start < 0 || start >= tokens.Count) return null;
        if (!_longestByFirst.TryGetValue(tokens[start].Key, out var longest)) return null;
        var max = Math.Min(longest, tokens.Count - start);
        for (var length = max; length >= 1; length--)
        {
            var key = length == 1 ? tokens[start].Key : string.Join(' ', Enumerable.Range(start, length).Select(i => tokens[i].Key));
            if (!_byKey.TryGetValue(key, out var entries)) continue;
            var surface = sentence[tokens[start].Start..tokens[start + length - 1].End];
            foreach (var entry in entries)
            {
                if (entry.CaseSensitive ? Tokenizer.PhraseKey(entry.Surface) == key && SameLetters(surface, entry.Surface) : StartsLikeName(surface, entry.Surface))
                    return (entry, length);
            }
        }
        return null;
    }

    private static bool SameLetters(string text, string surface) =>
        string.Equals(new string(text.Where(char.IsLetter).ToArray()), new string(surface.Where(char.IsLetter).ToArray()), StringComparison.Ordinal);

    // Proper names are capitalised in running text; a lower-case "turkey" or "chad" is not a state.
    private static bool StartsLikeName(string text, string surface) =>
        char.IsUpper(text[0]) || !char.IsUpper(surface[0]);

    private static ActorLexicon Load()
    {
        var actors = new List<ActorTemplate>();
        var byKey = new Dictionary<string, List<LexiconEntry>>(StringComparer.Ordinal);
        var maxTokens = 1;
        void Add(ActorTemplate actor, EntryForm form, string surface)
        {
            if (string.IsNullOrWhiteSpace(surface)) return;
            var key = Tokenizer.PhraseKey(surface);
            var caseSensitive = surface.Length <= 6 && surface.Where(char.IsLetter).All(char.IsUpper);
            if (!byKey.TryGetValue(key, out var list)) byKey[key] = list = [];
            if (list.Any(e => e.Actor == actor && e.Form == form)) return;
            list.Add(new LexiconEntry(actor, form, surface, caseSensitive));
            maxTokens = Math.Max(maxTokens, key.Count(c => c == ' ') + 1);
        }

        foreach (var row in ReadTable("countries.tsv"))
        {
            var demonyms = Split(row, 3);
            var actor = new ActorTemplate(row[1], ActorKind.State, row[0], Split(row, 2), null, demonyms, Cell(row, 4), Cell(row, 5));
            actors.Add(actor);
            Add(actor, EntryForm.Name, actor.Name);
            foreach (var alias in actor.Aliases) Add(actor, EntryForm.Name, alias);
            foreach (var demonym in demonyms)
            {
                Add(actor, EntryForm.Demonym, demonym);
                if (Plural(demonym) is { } plural) Add(actor, EntryForm.DemonymPlural, plural);
            }
            if (actor.Capital is { } capital) Add(actor, EntryForm.Capital, capital);
        }
        foreach (var row in ReadTable("organisations.tsv"))
        {
            var kind = Enum.Parse<ActorKind>(row[0].Replace("-", "", StringComparison.Ordinal), ignoreCase: true);
            var actor = new ActorTemplate(row[1], kind, Cell(row, 3), Split(row, 2), Cell(row, 4), CameoGroup: Cell(row, 5));
            actors.Add(actor);
            Add(actor, EntryForm.Name, actor.Name);
            foreach (var alias in actor.Aliases) Add(actor, EntryForm.Name, alias);
        }
        // Seats of de facto authorities ("Tiraspol"): read as their side where a capital acts for its state.
        var byName = actors.GroupBy(a => a.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var row in ReadTable("seats.tsv"))
        {
            var side = byName.GetValueOrDefault(row[1]) ?? throw new InvalidOperationException($"seats.tsv: {row[1]} is no actor of the tables");
            Add(side, EntryForm.Capital, row[0]);
        }
        var states = actors.Where(a => a.Kind == ActorKind.State).ToDictionary(a => a.Country!, StringComparer.Ordinal);
        foreach (var (form, country) in CombiningForms)
        {
            if (states.TryGetValue(country, out var state)) Add(state, EntryForm.Combining, form);
        }
        return new ActorLexicon(byKey, maxTokens, actors);
    }

    private static string? Plural(string demonym)
    {
        if (demonym.Contains(' ', StringComparison.Ordinal) || demonym.Contains('.', StringComparison.Ordinal)) return null;
        if (demonym.EndsWith("ese", StringComparison.Ordinal) || demonym.EndsWith("sh", StringComparison.Ordinal) ||
            demonym.EndsWith("ch", StringComparison.Ordinal) || demonym.EndsWith('s') || demonym.All(char.IsUpper)) return null;
        return demonym + "s";
    }

    private static IEnumerable<string[]> ReadTable(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ActorGraph.Reading." + name)
            ?? throw new InvalidOperationException($"embedded table {name} is missing");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            rows.Add(line.Split('\t'));
        }
        return rows;
    }

    private static string? Cell(string[] row, int index) =>
        index < row.Length && !string.IsNullOrWhiteSpace(row[index]) ? row[index].Trim() : null;

    private static string[] Split(string[] row, int index) =>
        Cell(row, index)?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}
