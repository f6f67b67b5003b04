using System.Text.RegularExpressions;
using ActorGraph.Core.Model;
using ActorGraph.Import.Aggregation;
using ActorGraph.Import.Canonical;
using ActorGraph.Import.Tests.Support;

namespace ActorGraph.Import.Tests.Mapping;

/// <summary>
/// A naming audit over every code a GDELT or PLOVER file can hold, taken from GDELT's own CAMEO tables in
/// ../shared/real-data/dictionaries (not from ActorGraph's tables): every country and region code alone and with
/// every type code, every ethnic and religion code alone, after a country, before a role and between the two.
/// Each name is checked by rule, and all names together: one name per id, one id per name.
/// </summary>
public class NamingAuditTests
{
    private static readonly List<(string Code, string Label)> Countries = GdeltCodeTables.Read("spark-gdelt-cameoCountry.txt");
    private static readonly List<(string Code, string Label)> Types = GdeltCodeTables.Read("spark-gdelt-cameoType.txt");

    /// <summary>Ethnic and religion codes that are no country code (SHN is Saint Helena first).</summary>
    private static readonly List<(string Code, string Label)> Communities =
        [.. GdeltCodeTables.Read("spark-gdelt-cameoEthnic.txt").Concat(GdeltCodeTables.Read("spark-gdelt-cameoReligion.txt"))
            .Where(c => !(c.Code.ToUpperInvariant() == c.Code && CountryTable.ByCode(c.Code) is not null))];

    private static readonly HashSet<string> AllCodes =
        [.. Countries.Concat(Types).Concat(GdeltCodeTables.Read("spark-gdelt-cameoGroup.txt")).Concat(Communities).Select(c => c.Code)];

    private static ActorIdentity? Cameo(string code, string country, string type) =>
        ActorCanonicaliser.Resolve(new ActorFields(code, "SOME CODER TEXT", country, "", type), ActorIdStyle.CameoCode);

    /// <summary>Problems common to every name: empty, a bare code, shouted, the coder's text.</summary>
    private static IEnumerable<string> GeneralProblems(string code, ActorIdentity? identity)
    {
        if (identity is null) { yield return $"{code}: no actor"; yield break; }
        var name = identity.Name;
        if (string.IsNullOrWhiteSpace(name)) yield return $"{code}: empty name";
        else if (AllCodes.Contains(name)) yield return $"{code}: named by a bare code '{name}'";
        else if (name.Length > 3 && name == name.ToUpperInvariant()) yield return $"{code}: upper-case name '{name}'";
        if (name.Contains("coder text", StringComparison.OrdinalIgnoreCase)) yield return $"{code}: named by the coder's text";
        if (name.Contains("  ", StringComparison.Ordinal) || name != name.Trim()) yield return $"{code}: stray spaces in '{name}'";
    }

    [Fact]
    public void Every_country_with_every_type_reads_role_of_country()
    {
        var problems = new List<string>();
        foreach (var (code, _) in Countries)
        {
            var country = CountryTable.ByCode(code)!;
            var multiState = country.IsRegion && code is not ("GZS" or "WSB");
            foreach (var (type, gdeltLabel) in Types)
            {
                var identity = Cameo(code + type, code, type);
                problems.AddRange(GeneralProblems(code + type, identity));
                if (identity is null) continue;
                var name = identity.Name;
                if (CameoCodes.Group(type) is { } group)
                {
                    // UNO, IRC, AMN, GRP name one organisation whatever country the coder attached.
                    if (name != group.Label) problems.Add($"{code}{type}: '{name}', not the organisation '{group.Label}'");
                    continue;
                }
                var role = CameoCodes.Role(type)!.Label;
                var expected = multiState
                    ? new Regex($"^{Regex.Escape(role)} in (the )?{Regex.Escape(country.Name)}$")
                    : new Regex($"^{Regex.Escape(role)} of (the )?{Regex.Escape(country.Name)}$");
                if (!expected.IsMatch(name)) problems.Add($"{code}{type}: '{name}' does not read as {expected}");
                // The role is GDELT's: a word of its label is in the name ("State Intelligence" → "Intelligence services of Iran").
                if (!gdeltLabel.Split(' ', '-', '/').Any(w => w.Length >= 4 && name.Contains(w[..4], StringComparison.OrdinalIgnoreCase))) problems.Add($"{code}{type}: '{name}' is not GDELT's '{gdeltLabel}'");
                if (type != "GOV" && name.Contains("Government", StringComparison.Ordinal)) problems.Add($"{code}{type}: '{name}' says Government");
                if (identity.Id != $"{country.Code}-{type}".ToLowerInvariant()) problems.Add($"{code}{type}: id {identity.Id}");
            }
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(40)));
    }

    [Fact]
    public void Every_community_alone_after_a_country_and_with_a_role_is_named_for_that_community()
    {
        var problems = new List<string>();
        var roles = Types.Where(t => CameoCodes.Group(t.Code) is null).ToList();
        foreach (var (code, _) in Communities)
        {
            var label = CameoCodes.Community(code)!.Label;
            var alone = Cameo(code, "", "");
            problems.AddRange(GeneralProblems(code, alone));
            if (alone is not null && alone.Name != label) problems.Add($"{code}: '{alone.Name}', not '{label}'");
            foreach (var (country, _) in Countries.Where((_, i) => i % 23 == 0).Append(("TUR", "")).Append(("MEA", "")))
            {
                var place = CountryTable.ByCode(country)!.Name;
                var of = Cameo(country + code, country, "");
                problems.AddRange(GeneralProblems(country + code, of));
                if (of is not null && (of.Name != $"{label} ({place})" || of.Kind != ActorKind.Population)) problems.Add($"{country}{code}: '{of.Name}' ({of.Kind})");
                foreach (var (type, _) in roles.Where((_, i) => (i + code[0]) % 7 == 0))
                {
                    var role = CameoCodes.Role(type)!;
                    var scoped = Cameo(country + code + type, country, type);
                    problems.AddRange(GeneralProblems(country + code + type, scoped));
                    var expected = $"{label} {char.ToLowerInvariant(role.Label[0])}{role.Label[1..]} ({place})";
                    if (scoped is not null && scoped.Name != expected) problems.Add($"{country}{code}{type}: '{scoped.Name}', not '{expected}'");
                }
            }
            foreach (var (type, _) in roles)
            {
                var role = CameoCodes.Role(type)!;
                var own = Cameo(code + type, "", type);
                problems.AddRange(GeneralProblems(code + type, own));
                if (own is not null && (!own.Name.StartsWith(label + " ", StringComparison.Ordinal) || own.Kind != role.Kind)) problems.Add($"{code}{type}: '{own.Name}' ({own.Kind})");
            }
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(40)));
    }

    [Fact]
    public void No_two_actors_share_an_id_or_a_name()
    {
        var idToName = new Dictionary<string, string>(StringComparer.Ordinal);
        var nameToId = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var problems = new List<string>();
        void Add(string code, ActorIdentity? identity)
        {
            if (identity is null) return;
            if (idToName.TryGetValue(identity.Id, out var name) && name != identity.Name) problems.Add($"id {identity.Id}: '{name}' and '{identity.Name}' ({code})");
            if (nameToId.TryGetValue(identity.Name, out var id) && id != identity.Id) problems.Add($"name '{identity.Name}': {id} and {identity.Id} ({code})");
            idToName.TryAdd(identity.Id, identity.Name);
            nameToId.TryAdd(identity.Name, identity.Id);
        }
        var places = Countries.Where((_, i) => i % 11 == 0).Select(c => c.Code).Append("IRQ").Append("TUR").ToList();
        foreach (var (code, _) in Countries)
        {
            Add(code, Cameo(code, code, ""));
            foreach (var (type, _) in Types) Add(code + type, Cameo(code + type, code, type));
        }
        foreach (var (code, _) in Communities)
        {
            Add(code, Cameo(code, "", ""));
            foreach (var (type, _) in Types) Add(code + type, Cameo(code + type, "", type));
            foreach (var place in places)
            {
                Add(place + code, Cameo(place + code, place, ""));
                Add(place + code + "REB", Cameo(place + code + "REB", place, "REB"));
            }
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(40)));
    }

    [Theory]
    [InlineData("TURkurREB", "TUR", "REB", "tur-kur-reb", "Kurd rebels (Turkey)")]
    [InlineData("catLEG", "", "LEG", "cat-leg", "Catalan legislature")]
    [InlineData("NGOUSAJEW", "USA", "NGO", "usa-jew-ngo", "Jewish non-governmental organisations (United States)")]
    [InlineData("BFAmos", "BFA", "", "bfa-mos-ethnic", "Mossi (Burkina Faso)")]
    [InlineData("BFAMOS", "BFA", "", "bfa-mos", "Muslim (Burkina Faso)")]
    [InlineData("AFRGOV", "AFR", "GOV", "afr-gov", "Government in Africa")]
    [InlineData("MEAMIL", "MEA", "MIL", "mea-mil", "Military in the Middle East")]
    [InlineData("GZSGOV", "GZS", "GOV", "gzs-gov", "Government of the Gaza Strip")]
    [InlineData("ISRJEW", "ISR", "", "isr-jew", "Jewish (Israel)")]
    [InlineData("SLVREL", "SLV", "REL", "slv-rel", "Religious leaders of El Salvador")]
    [InlineData("IRQMUS", "IRQ", "", "irq-mos", "Muslim (Iraq)")]
    [InlineData("LBNCHRMAR", "LBN", "", "lbn-mrn", "Maronite (Lebanon)")]
    [InlineData("MUS", "MUS", "", "mus", "Mauritius")]
    public void Codes_seen_in_real_exports_read_as_english(string code, string country, string type, string id, string name)
    {
        var identity = Cameo(code, country, type);
        Assert.NotNull(identity);
        Assert.Equal((id, name), (identity.Id, identity.Name));
    }

    [Theory]
    [InlineData("Hindu (India)", "INDHIN")]
    [InlineData("Muslim (India)", "INDMOS")]
    [InlineData("Dalit (India)", "INDdal")]
    [InlineData("Kurd (Iraq)", "IRQkur")]
    public void A_community_icews_names_in_words_is_the_one_gdelt_codes(string icews, string gdelt)
    {
        var byName = ActorCanonicaliser.Resolve(new ActorFields(icews, icews, "", "", ""), ActorIdStyle.Name);
        var byCode = Cameo(gdelt, gdelt[..3], "");
        Assert.NotNull(byName);
        Assert.NotNull(byCode);
        Assert.Equal((byCode.Id, byCode.Name, byCode.Kind), (byName.Id, byName.Name, byName.Kind));
    }
}
