using ActorGraph.Core.Model;
using ActorGraph.Core.Resolution;
using ActorGraph.Core.Text;
using ActorGraph.Reading.Facts;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>The actors of one report, indexed by id and by every name they answered to, so that later
/// mentions ("Roosevelt", "the AOT") reach the same actor.</summary>
internal sealed class DocumentActors
{
    private readonly Dictionary<string, DocActor> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DocActor> _byTemplate = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DocActor> _byNameKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DocActor> _byPhrase = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _longestByFirst = new(StringComparer.Ordinal);
    private readonly List<DocActor> _order = [];

    public IReadOnlyList<DocActor> All => _order;

    /// <summary>Token phrases (lower case) of names seen in this report, for lookup in later sentences.</summary>
    public IReadOnlyDictionary<string, DocActor> Phrases => _byPhrase;

    public DocActor FromTemplate(ActorTemplate template, FactLocation where, string rule)
    {
        if (_byTemplate.TryGetValue(template.Name, out var known)) return Touch(known);
        var actor = FindByName(template.Name) ?? Create(template.Name, template.Kind, template.Country, where, rule, template);
        foreach (var alias in template.Aliases) AddAlias(actor, alias);
        _byTemplate[template.Name] = actor;
        return Touch(actor);
    }

    public DocActor GetOrCreate(string name, ActorKind kind, string? country, FactLocation where, string rule)
    {
        var known = FindByName(name);
        return Touch(known ?? Create(name, kind, country, where, rule, null));
    }

    public DocActor? FindByName(string name)
    {
        var key = NameKey.Of(name);
        return key.Length > 0 && _byNameKey.TryGetValue(key, out var actor) ? actor : null;
    }

    public void AddAlias(DocActor actor, string alias)
    {
        if (string.IsNullOrWhiteSpace(alias)) return;
        var key = NameKey.Of(alias);
        if (key.Length == 0) return;
        if (_byNameKey.TryGetValue(key, out var other) && other != actor) return; // never let an alias lead to two actors
        _byNameKey[key] = actor;
        if (!actor.Aliases.Contains(alias, StringComparer.OrdinalIgnoreCase) && !string.Equals(alias, actor.Name, StringComparison.OrdinalIgnoreCase))
            actor.Aliases.Add(alias);
        AddPhrase(actor, alias);
    }

    private DocActor Create(string name, ActorKind kind, string? country, FactLocation where, string rule, ActorTemplate? template)
    {
        var baseId = CanonicalId(name, kind, country, template) ?? IdOf(name);
        var id = baseId;
        var n = 2;
        while (_byId.ContainsKey(id)) id = baseId + "-" + n++;
        var actor = new DocActor(id, name, kind, country, where, rule) { Template = template };
        _byId[id] = actor;
        _order.Add(actor);
        _byNameKey[NameKey.Of(name)] = actor;
        AddPhrase(actor, name);
        return actor;
    }

    private void AddPhrase(DocActor actor, string name)
    {
        // Only multi-letter capitalised forms are looked up in running text; "us" must not become the US.
        if (name.Length < 2 || !char.IsUpper(name[0])) return;
        var phrase = Text.Tokenizer.PhraseKey(name);
        if (phrase.Length == 0 || _byPhrase.ContainsKey(phrase)) return;
        _byPhrase[phrase] = actor;
        var tokens = phrase.Count(c => c == ' ') + 1;
        var first = phrase.Split(' ')[0];
        _longestByFirst[first] = Math.Max(tokens, _longestByFirst.GetValueOrDefault(first));
    }

    /// <summary>The longest phrase, in tokens, that begins with the token key <paramref name="first"/>; 0 when none does.</summary>
    public int LongestPhraseFrom(string first) => _longestByFirst.GetValueOrDefault(first);

    private static DocActor Touch(DocActor actor)
    {
        actor.Mentions++;
        return actor;
    }

    /// <summary>The id <c>actorgraph import</c> gives the same actor (<see cref="CanonicalIds"/>): a state's ISO code, its
    /// government's code and role ("Government of Yemen" is <c>yem-gov</c>), its intelligence agency's code and role
    /// ("Egyptian general intelligence" is <c>egy-spy</c>), a known group's CAMEO code; null for
    /// any other actor, which is then named by <see cref="IdOf"/>.</summary>
    private static string? CanonicalId(string name, ActorKind kind, string? country, ActorTemplate? template)
    {
        if (template?.CameoGroup is { Length: > 0 } group) return CanonicalIds.Group(group);
        if (string.IsNullOrEmpty(country)) return null;
        if (kind == ActorKind.State && template is not null) return CanonicalIds.State(country);
        if (kind == ActorKind.Government && name.StartsWith("Government of ", StringComparison.Ordinal)) return CanonicalIds.Role(country, CanonicalIds.Government);
        // "Egyptian general intelligence": the state's intelligence services, CAMEO role SPY, as the importer names them.
        if (kind == ActorKind.Agency && name.Contains("Intelligence", StringComparison.OrdinalIgnoreCase)) return CanonicalIds.Role(country, CanonicalIds.Intelligence);
        return null;
    }

    /// <summary>A kebab-case id: lower-case ASCII letters and digits joined by single dashes.</summary>
    public static string IdOf(string name)
    {
        var decomposed = name.Normalize(System.Text.NormalizationForm.FormD);
        var sb = new System.Text.StringBuilder();
        var dash = false;
        foreach (var c in decomposed)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (dash && sb.Length > 0) sb.Append('-');
                sb.Append(char.ToLowerInvariant(c));
                dash = false;
            }
            else if (c is '\'' or '’' or '.' || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                // "People's" -> "peoples", "U.S." -> "us": no dash inside a word.
            }
            else
            {
                dash = true;
            }
        }
        return sb.Length == 0 ? "actor" : sb.ToString();
    }
}
