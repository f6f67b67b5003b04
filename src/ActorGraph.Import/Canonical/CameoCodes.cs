using System.Collections.Frozen;
using ActorGraph.Core.Model;
using ActorGraph.Core.Text;

namespace ActorGraph.Import.Canonical;

/// <summary>CAMEO actor type codes (roles) and known-group codes (organisations, movements, armed
/// groups), from the embedded <c>cameo-types.tsv</c> and <c>cameo-groups.tsv</c> (sources in their headers).</summary>
public static class CameoCodes
{
    private static readonly FrozenDictionary<string, CameoRole> Roles = CodeTableFile.Rows("cameo-types.tsv")
        .ToFrozenDictionary(c => c[0], c => new CameoRole(c[0], c[1], ParseKind(c[2])), StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, CameoRole> Groups = CodeTableFile.Rows("cameo-groups.tsv")
        .ToFrozenDictionary(c => c[0], c => new CameoRole(c[0], c[1], ParseKind(c[2])), StringComparer.Ordinal);

    /// <summary>Known groups by name, by the acronym their name ends in ("NATO") and by their other names ("UN"),
    /// as <see cref="NameKey"/>s; a key two groups share finds neither.</summary>
    private static readonly FrozenDictionary<string, CameoRole> GroupsByName = GroupNameIndex();

    private static FrozenDictionary<string, CameoRole> GroupNameIndex()
    {
        var map = new Dictionary<string, CameoRole?>(StringComparer.Ordinal);
        foreach (var cells in CodeTableFile.Rows("cameo-groups.tsv"))
        {
            var group = Groups[cells[0]];
            var names = new List<string> { group.Label };
            var open = group.Label.LastIndexOf(" (", StringComparison.Ordinal);
            if (open > 0 && group.Label.EndsWith(')')) names.AddRange([group.Label[..open], group.Label[(open + 2)..^1]]);
            if (cells.Length > 3 && cells[3].Length > 0) names.AddRange(cells[3].Split(';'));
            foreach (var key in names.Select(NameKey.Of).Where(k => k.Length >= 2).Distinct(StringComparer.Ordinal))
                map[key] = map.TryGetValue(key, out var other) && other != group ? null : group;
        }
        return map.Where(p => p.Value is not null).ToFrozenDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal);
    }

    /// <summary>The known group whose name opens <paramref name="text"/> ("Arab League Secretary General Chadli Klibi",
    /// "U.N. envoy"), the longest such name first, or null. Words are split on spaces; at most six are tried.</summary>
    public static CameoRole? GroupByLeadingWords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var k = Math.Min(6, words.Length); k >= 1; k--)
        {
            if (GroupByName(string.Join(' ', words, 0, k)) is { } group) return group;
        }
        return null;
    }

    /// <summary>The known group a source names in words ("United Nations", "U.N.", "NATO"), or null.</summary>
    public static CameoRole? GroupByName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return GroupsByName.TryGetValue(NameKey.Of(name), out var group) ? group : null;
    }

    /// <summary>Ethnic (lower-case codes) and religion (upper-case) codes; the first row of a repeated code wins.</summary>
    private static readonly FrozenSet<string> Religions = CodeTableFile.Rows("cameo-communities.tsv")
        .Where(c => c.Length > 2 && c[2] == "religion").Select(c => c[0]).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, CameoRole> Communities = CodeTableFile.Rows("cameo-communities.tsv")
        .DistinctBy(c => c[0], StringComparer.Ordinal)
        .ToFrozenDictionary(c => c[0], c => new CameoRole(c[0], c[1], ActorKind.Population), StringComparer.Ordinal);

    /// <summary>The id part of each community: its code in lower case, unless that is taken, in which case it gets
    /// <c>-ethnic</c> or <c>-religion</c>: an ethnic code by a religion of other meaning (<c>mos</c> Mossi beside
    /// <c>MOS</c> Muslim, <c>chr</c> Cherokee beside <c>CHR</c> Christian) or by a country, region, role or group (<c>afr</c> Afrikaners beside
    /// <c>AFR</c> Africa, <c>ala</c> Alawi beside the Aland Islands). So no two actors ever share an id.</summary>
    private static readonly FrozenDictionary<string, string> CommunityIds = CommunityIdParts();

    private static FrozenDictionary<string, string> CommunityIdParts()
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        taken.UnionWith(CountryTable.All.Select(c => c.Code));
        taken.UnionWith(Roles.Keys);
        taken.UnionWith(Groups.Keys);
        // Codes of one label are one people (ara and ARB "Arab", kur and KUR "Kurd", MOS and msl "Muslim"): the
        // religion, else the first in table order, names the id of all.
        var firstOfLabel = CodeTableFile.Rows("cameo-communities.tsv").Select(c => (Code: c[0], Label: Communities[c[0]].Label))
            .OrderBy(c => Religions.Contains(c.Code) ? 0 : 1)
            .DistinctBy(c => c.Label, StringComparer.Ordinal).ToDictionary(c => c.Label, c => Communities[c.Code], StringComparer.Ordinal);
        return Communities.Values.ToFrozenDictionary(
            c => c.Code,
            community =>
            {
                var c = firstOfLabel[community.Label];
                var lower = c.Code.ToLowerInvariant();
                var religion = Religions.Contains(c.Code);
                // An ethnic code yields to a religion of other meaning (mos Mossi, MOS Muslim); KUR and kur, or jew and
                // JEW (both "Jewish"), are one people and keep one id.
                var yields = !religion && Communities.TryGetValue(c.Code.ToUpperInvariant(), out var other) && Religions.Contains(other.Code) && other.Label != c.Label;
                if (!taken.Contains(lower) && !yields) return lower;
                return lower + (religion ? "-religion" : "-ethnic");
            },
            StringComparer.Ordinal);
    }

    private static readonly FrozenDictionary<string, CameoRole>.AlternateLookup<ReadOnlySpan<char>> CommunitySpan = Communities.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, CameoRole>.AlternateLookup<ReadOnlySpan<char>> RoleSpan = Roles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, CameoRole>.AlternateLookup<ReadOnlySpan<char>> GroupSpan = Groups.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The role of a type code, or null.</summary>
    public static CameoRole? Role(ReadOnlySpan<char> code) => RoleSpan.TryGetValue(code.Trim(), out var r) ? r : null;

    /// <summary>A known group (HMS → Hamas, armed group) with its name as the label, or null. Some type codes
    /// name one organisation (UNO, IRC, AMN, GRP): those are groups too.</summary>
    public static CameoRole? Group(ReadOnlySpan<char> code) => GroupSpan.TryGetValue(code.Trim(), out var g) ? g : null;

    /// <summary>An ethnic or religious community (<c>kur</c> → Kurd, <c>MOS</c> → Muslim), case-sensitive as CAMEO
    /// writes them, or null.</summary>
    public static CameoRole? Community(ReadOnlySpan<char> code) => CommunitySpan.TryGetValue(code.Trim(), out var c) ? c : null;

    /// <summary>Communities by label, ignoring case ("Hindu", "Dalit"): the first code of each label, religions first.</summary>
    private static readonly FrozenDictionary<string, CameoRole> CommunitiesByLabel = Communities.Values
        .OrderBy(c => Religions.Contains(c.Code) ? 0 : 1)
        .DistinctBy(c => c.Label, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(c => c.Label, StringComparer.OrdinalIgnoreCase);

    /// <summary>The community a source names in words ("Hindu" in ICEWS's "Hindu (India)"), or null.</summary>
    public static CameoRole? CommunityByLabel(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return CommunitiesByLabel.TryGetValue(label.Trim(), out var community) ? community : null;
    }

    /// <summary>The id part of a community from <see cref="Community"/> or <see cref="CommunityIn"/>: <c>kur</c>,
    /// <c>mos</c> (Muslim), <c>mos-ethnic</c> (Mossi), <c>afr-ethnic</c> (Afrikaners).</summary>
    public static string CommunityId(CameoRole community)
    {
        ArgumentNullException.ThrowIfNull(community);
        return CommunityIds.TryGetValue(community.Code, out var id) ? id : community.Code.ToLowerInvariant();
    }

    /// <summary>The last ethnic or religion segment of a concatenated CAMEO actor code (<c>IRQkur</c>, <c>CHRCTH</c>
    /// → Catholic), skipping three-letter segments that are countries, roles or groups; null when there is none.</summary>
    public static CameoRole? CommunityIn(ReadOnlySpan<char> code)
    {
        code = code.Trim();
        if (code.Length < 3 || code.Length % 3 != 0) return null;
        for (var i = code.Length - 3; i >= 0; i -= 3)
        {
            var segment = code.Slice(i, 3);
            if (Role(segment) is not null || Group(segment) is not null || (i == 0 && !segment.ContainsAnyInRange('a', 'z') && CountryTable.ByCode(segment) is not null)) continue;
            if (Community(segment) is { } community) return community;
        }
        return null;
    }

    private static ActorKind ParseKind(string text) => text switch
    {
        "government" => ActorKind.Government,
        "agency" => ActorKind.Agency,
        "armed-group" => ActorKind.ArmedGroup,
        "organisation" => ActorKind.Organisation,
        "population" => ActorKind.Population,
        _ => ActorKind.Other,
    };
}
