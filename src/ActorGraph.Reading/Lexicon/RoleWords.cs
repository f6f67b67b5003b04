using System.Collections.Frozen;
using ActorGraph.Reading.Text;

namespace ActorGraph.Reading.Lexicon;

/// <summary>ActorGraph's own word lists for titles and the nouns that follow a state's adjective.
/// Keys are token phrase keys (lower case, tokens joined by one space).</summary>
internal static class RoleWords
{
    /// <summary>Titles and what they say about the holder.</summary>
    public static FrozenDictionary<string, RoleKind> Titles { get; } = Build(new Dictionary<string, RoleKind>
    {
        ["president"] = RoleKind.Leads, ["prime minister"] = RoleKind.Leads, ["premier"] = RoleKind.Leads,
        ["king"] = RoleKind.Leads, ["queen"] = RoleKind.Leads, ["emir"] = RoleKind.Leads, ["amir"] = RoleKind.Leads,
        ["sultan"] = RoleKind.Leads, ["chancellor"] = RoleKind.Leads, ["chairman"] = RoleKind.Leads,
        ["chairperson"] = RoleKind.Leads, ["chairwoman"] = RoleKind.Leads, ["chair"] = RoleKind.Leads,
        ["head"] = RoleKind.Leads, ["leader"] = RoleKind.Leads, ["supreme leader"] = RoleKind.Leads,
        ["secretary-general"] = RoleKind.Leads, ["secretary general"] = RoleKind.Leads, ["director"] = RoleKind.Leads,
        ["director-general"] = RoleKind.Leads, ["director general"] = RoleKind.Leads, ["chief"] = RoleKind.Leads,
        ["commander"] = RoleKind.Leads, ["commander-in-chief"] = RoleKind.Leads, ["crown prince"] = RoleKind.MemberOf,
        ["vice president"] = RoleKind.MemberOf, ["vice-president"] = RoleKind.MemberOf, ["deputy president"] = RoleKind.MemberOf,
        ["deputy prime minister"] = RoleKind.MemberOf, ["foreign minister"] = RoleKind.MemberOf, ["minister"] = RoleKind.MemberOf,
        ["defence minister"] = RoleKind.MemberOf, ["defense minister"] = RoleKind.MemberOf, ["interior minister"] = RoleKind.MemberOf,
        ["secretary of state"] = RoleKind.MemberOf, ["secretary"] = RoleKind.MemberOf, ["envoy"] = RoleKind.MemberOf,
        ["special envoy"] = RoleKind.MemberOf, ["ambassador"] = RoleKind.MemberOf, ["adviser"] = RoleKind.MemberOf,
        ["advisor"] = RoleKind.MemberOf, ["national security adviser"] = RoleKind.MemberOf, ["national security advisor"] = RoleKind.MemberOf,
        ["spokesman"] = RoleKind.MemberOf, ["spokeswoman"] = RoleKind.MemberOf, ["spokesperson"] = RoleKind.MemberOf,
        ["negotiator"] = RoleKind.MemberOf, ["chief of staff"] = RoleKind.MemberOf, ["chief negotiator"] = RoleKind.MemberOf, ["high representative"] = RoleKind.MemberOf,
        ["representative"] = RoleKind.MemberOf, ["special representative"] = RoleKind.MemberOf, ["commissioner"] = RoleKind.MemberOf,
        ["general"] = RoleKind.Rank, ["major general"] = RoleKind.Rank, ["lieutenant general"] = RoleKind.Rank,
        ["brigadier general"] = RoleKind.Rank, ["colonel"] = RoleKind.Rank, ["field marshal"] = RoleKind.Rank,
        ["maj. gen."] = RoleKind.Rank, ["gen."] = RoleKind.Rank, ["lt. gen."] = RoleKind.Rank, ["admiral"] = RoleKind.Rank,
        ["sheikh"] = RoleKind.Rank, ["mr."] = RoleKind.Rank, ["mrs."] = RoleKind.Rank, ["ms."] = RoleKind.Rank, ["dr."] = RoleKind.Rank,
        ["senator"] = RoleKind.MemberOf, ["mullah"] = RoleKind.Rank,
        // Honorifics and ranks of official texts ("H.E. Hakan Fidan", "His Majesty Sultan ...", "Dato Lim Jock Hoi").
        ["h.e."] = RoleKind.Rank, ["his excellency"] = RoleKind.Rank, ["her excellency"] = RoleKind.Rank, ["his majesty"] = RoleKind.Rank,
        ["her majesty"] = RoleKind.Rank, ["his highness"] = RoleKind.Rank, ["his royal highness"] = RoleKind.Rank, ["senior general"] = RoleKind.Rank,
        ["dato"] = RoleKind.Rank, ["datuk"] = RoleKind.Rank, ["tan sri"] = RoleKind.Rank, ["ambassador-at-large"] = RoleKind.MemberOf,
        ["foreign secretary"] = RoleKind.MemberOf, ["state counsellor"] = RoleKind.Leads, ["head of state"] = RoleKind.Leads,
        ["personal envoy"] = RoleKind.MemberOf, ["special adviser"] = RoleKind.MemberOf, ["special advisor"] = RoleKind.MemberOf,
        ["chief mediator"] = RoleKind.MemberOf, ["facilitator"] = RoleKind.MemberOf, ["mediator"] = RoleKind.MemberOf,
        // Religious and courtesy forms before a name ("Ayatollah Ruhollah Khomeini", "Shri Lal Bahadur Shastri").
        ["ayatollah"] = RoleKind.Rank, ["grand ayatollah"] = RoleKind.Rank, ["shri"] = RoleKind.Rank, ["smt."] = RoleKind.Rank,
        ["deputy secretary of state"] = RoleKind.MemberOf, ["senior advisor"] = RoleKind.MemberOf, ["senior adviser"] = RoleKind.MemberOf,
        // Church ranks and a second-rank office (round 23: "Pope John Paul II", "Cardinal Antonio Samoré", "the Assistant Secretary of State").
        ["pope"] = RoleKind.Rank, ["cardinal"] = RoleKind.Rank, ["his eminence"] = RoleKind.Rank, ["his holiness"] = RoleKind.Rank, ["archbishop"] = RoleKind.Rank, ["bishop"] = RoleKind.Rank,
        ["personal representative"] = RoleKind.MemberOf, ["assistant secretary of state"] = RoleKind.MemberOf, ["assistant secretary"] = RoleKind.MemberOf, ["moderator"] = RoleKind.MemberOf,
    });

    /// <summary>Groups acting for an actor that become actors of their own ("Hamas delegation", "US envoys").</summary>
    public static FrozenSet<string> GroupActors { get; } = Set("delegation", "delegations", "envoys", "negotiating team", "negotiators", "mission");

    /// <summary>Teams acting for an actor that are not read as actors of their own ("a Taliban team headed by X").</summary>
    public static FrozenSet<string> Teams { get; } = Set("team", "delegation", "negotiators", "side", "panel", "contingent");

    /// <summary>People speaking for an actor who are not actors themselves ("Hamas officials", "Egyptian sources").</summary>
    public static FrozenSet<string> Speakers { get; } = Set(
        "official", "officials", "source", "sources", "spokesman", "spokeswoman", "spokesperson", "representatives",
        "representative", "leaders", "leadership", "diplomat", "diplomats", "authorities", "media", "statement");

    /// <summary>Nouns that describe a person by what they are rather than by an office ("a veteran diplomat", "a
    /// co-founder of the movement"): member of the body named with them.</summary>
    public static FrozenSet<string> PersonNouns => PersonWords.MemberNouns;

    /// <summary>Agencies named after their state ("Egyptian general intelligence").</summary>
    public static FrozenSet<string> Agencies { get; } = Set(
        "intelligence", "general intelligence", "intelligence service", "general intelligence service", "intelligence services",
        "foreign ministry", "defence ministry", "defense ministry", "interior ministry", "parliament", "navy intelligence");

    /// <summary>Nouns after which a state's adjective names the state acting ("the Russian fleet", "Israeli forces").</summary>
    public static FrozenSet<string> Agentive { get; } = Set(
        "forces", "force", "troops", "army", "military", "navy", "fleet", "air force", "soldiers", "authorities",
        "warplanes", "jets", "police", "security forces", "state", "side", "leadership", "nation");

    /// <summary>Nouns after which a state's adjective names a population ("the Yemeni people").</summary>
    public static FrozenSet<string> Populations { get; } = Set("people", "public", "citizens", "civilians", "population", "refugees", "nationals");

    /// <summary>Descriptors before an organisation's name ("the Lebanese militant group Hezbollah").</summary>
    public static FrozenSet<string> Descriptors { get; } = Set(
        "militant", "armed", "islamist", "rebel", "group", "movement", "militia", "faction", "organisation", "organization", "party", "insurgent", "insurgents");

    /// <summary>Words after an actor's name that make the phrase a document or a place, not the actor
    /// ("United Nations Charter", "Security Council resolution").</summary>
    public static FrozenSet<string> DocumentNouns { get; } = Set(
        "charter", "convention", "resolution", "resolutions", "declaration", "protocol", "treaty", "summit", "headquarters",
        "day", "law", "constitution", "border", "embassy", "dollar", "dollars", "strip", "crossing", "sea", "port", "peninsula");

    /// <summary>Nouns after an organisation's name that make a body of it ("ASEAN Observer Team").</summary>
    public static FrozenSet<string> BodyNouns { get; } = Set(
        "team", "mission", "commission", "committee", "council", "secretariat", "force", "panel", "office", "assembly", "observers", "monitors");

    /// <summary>The longest phrase of <paramref name="set"/> starting at token <paramref name="start"/>: its length or 0.</summary>
    public static int MatchLength(FrozenSet<string> set, IReadOnlyList<Token> tokens, int start, int maxTokens = 4)
    {
        for (var length = Math.Min(maxTokens, tokens.Count - start); length >= 1; length--)
        {
            if (set.Contains(Key(tokens, start, length))) return length;
        }
        return 0;
    }

    /// <summary>The longest title starting at <paramref name="start"/>.</summary>
    public static (RoleKind Role, int Length)? MatchTitle(IReadOnlyList<Token> tokens, int start)
    {
        if (start >= tokens.Count || !TitleStarts.Contains(tokens[start].Key) && tokens[start].Text != "-") return null;
        // Five tokens: "Commander - in - Chief".
        for (var length = Math.Min(5, tokens.Count - start); length >= 1; length--)
        {
            if (Titles.TryGetValue(Key(tokens, start, length), out var role)) return (role, length);
        }
        return null;
    }

    /// <summary>Every prefix of a title's key that ends where a token can end (before a space, a dot or a hyphen, or at
    /// the key's end): a first token whose key is none of these begins no title, and no key need be built.</summary>
    private static readonly FrozenSet<string> TitleStarts = Titles.Keys
        .SelectMany(k => Enumerable.Range(1, k.Length).Where(n => n == k.Length || k[n] is ' ' or '.' or '-').Select(n => k[..n]))
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The phrase key of <paramref name="length"/> tokens from <paramref name="start"/>, dots and
    /// hyphens kept as tokens but joined without spaces ("secretary-general", "maj. gen.").</summary>
    public static string Key(IReadOnlyList<Token> tokens, int start, int length)
    {
        if (length == 1) return tokens[start].Key;
        var sb = new System.Text.StringBuilder();
        for (var i = start; i < start + length; i++)
        {
            var t = tokens[i];
            if (i > start && !(t.Text is "." or "-" || tokens[i - 1].Text == "-")) sb.Append(' ');
            sb.Append(t.Key);
        }
        return sb.ToString();
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Adds the ministerial portfolios: "Infrastructure Minister X" and "Deputy Finance Minister X" are
    /// members of their state's government as much as "Foreign Minister X".</summary>
    private static FrozenDictionary<string, RoleKind> Build(Dictionary<string, RoleKind> map)
    {
        string[] portfolios =
        [
            "foreign", "defence", "defense", "interior", "finance", "economy", "economic", "trade", "energy", "justice", "health",
            "agriculture", "infrastructure", "transport", "education", "information", "oil", "labour", "labor", "industry",
            "environment", "security", "home", "war", "reintegration", "reconciliation", "foreign affairs", "communities",
        ];
        foreach (var portfolio in portfolios)
        {
            map.TryAdd(portfolio + " minister", RoleKind.MemberOf);
            map.TryAdd("deputy " + portfolio + " minister", RoleKind.MemberOf);
            map.TryAdd("minister of " + portfolio, RoleKind.MemberOf); // "Minister of Foreign Affairs of the Republic of X"
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
