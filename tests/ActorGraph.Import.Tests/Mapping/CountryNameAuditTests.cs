using System.Text.Json;
using ActorGraph.Core.Model;
using ActorGraph.Core.Resolution;
using ActorGraph.Import.Aggregation;
using ActorGraph.Import.Canonical;
using ActorGraph.Import.Tests.Support;

namespace ActorGraph.Import.Tests.Mapping;

/// <summary>
/// Every published name of every country, from lists nobody here wrote: ISO 3166-1 (Debian iso-codes: short name,
/// official name, common name, and the official name inverted as ISO's own list writes it), the country entries of
/// PETRARCH's Phoenix actor dictionary, and the World Bank's spellings. Each must find its country in a file (the
/// importer's table) and when a user types it (Core's resolver over an imported graph of every country).
/// </summary>
public class CountryNameAuditTests
{
    private const string IsoFile = "/usr/share/iso-codes/json/iso_3166-1.json";

    /// <summary>(name, ISO alpha-3) for every ISO 3166-1 entry's names.</summary>
    private static List<(string Name, string Code)> IsoNames()
    {
        if (!File.Exists(IsoFile)) throw new FileNotFoundException($"{IsoFile} missing: run .ci/install.d/iso-codes.sh", IsoFile);
        using var doc = JsonDocument.Parse(File.ReadAllText(IsoFile));
        var names = new List<(string, string)>();
        foreach (var entry in doc.RootElement.GetProperty("3166-1").EnumerateArray())
        {
            var code = entry.GetProperty("alpha_3").GetString()!;
            foreach (var field in new[] { "name", "official_name", "common_name" })
            {
                if (!entry.TryGetProperty(field, out var value)) continue;
                var name = value.GetString()!;
                names.Add((name, code));
                // "Republic of Korea" is listed elsewhere as "Korea, Republic of".
                var of = name.IndexOf(" of ", StringComparison.Ordinal);
                if (field == "official_name" && of > 0 && !name.Contains(',', StringComparison.Ordinal)) names.Add(($"{name[(of + 4)..]}, {name[..(of + 3)]}", code));
            }
        }
        return names;
    }

    /// <summary>(name, CAMEO code) of each country entry of the Phoenix dictionary (<c>AFGHANISTAN_  [AFG]</c>).</summary>
    private static List<(string Name, string Code)> PhoenixNames() =>
        [.. File.ReadLines(RealFiles.Path("dictionaries/petrarch2-Phoenix.Countries.actors.txt"))
            .Select(l => System.Text.RegularExpressions.Regex.Match(l, @"^([A-Z][A-Z_']+?)_?\s+\[([A-Z]{3})\]\s*(#.*)?$"))
            .Where(m => m.Success)
            .Select(m => (System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(m.Groups[1].Value.Replace('_', ' ').ToLowerInvariant()), m.Groups[2].Value))];

    /// <summary>World Bank country names (its WDI country list), as its files write them.</summary>
    public static TheoryData<string, string> WorldBankNames() => new()
    {
        { "Korea, Rep.", "KOR" }, { "Korea, Dem. People's Rep.", "PRK" }, { "Congo, Dem. Rep.", "COD" }, { "Congo, Rep.", "COG" },
        { "Egypt, Arab Rep.", "EGY" }, { "Iran, Islamic Rep.", "IRN" }, { "Yemen, Rep.", "YEM" }, { "Venezuela, RB", "VEN" },
        { "Gambia, The", "GMB" }, { "Bahamas, The", "BHS" }, { "Micronesia, Fed. Sts.", "FSM" }, { "Lao PDR", "LAO" },
        { "Kyrgyz Republic", "KGZ" }, { "Slovak Republic", "SVK" }, { "Russian Federation", "RUS" }, { "Syrian Arab Republic", "SYR" },
        { "Turkiye", "TUR" }, { "Cote d'Ivoire", "CIV" }, { "Hong Kong SAR, China", "HKG" }, { "Macao SAR, China", "MAC" },
        { "West Bank and Gaza", "PSE" }, { "St. Kitts and Nevis", "KNA" }, { "St. Vincent and the Grenadines", "VCT" },
        { "Viet Nam", "VNM" }, { "Brunei Darussalam", "BRN" }, { "Cabo Verde", "CPV" }, { "Czechia", "CZE" }, { "Eswatini", "SWZ" },
        { "Timor-Leste", "TLS" }, { "North Macedonia", "MKD" }, { "Sao Tome and Principe", "STP" }, { "Virgin Islands (U.S.)", "VIR" },
    };

    private static readonly string[] NonStates = ["Abkhazia", "Somaliland", "Transnistria", "Northern Cyprus", "South Ossetia"];

    private static readonly Lazy<(ActorGraphData Graph, ActorResolver Resolver)> Imported = new(() =>
    {
        // Every country of the table meets Chile (Peru for Chile): the graph a file about all of them would give.
        var countries = CountryTable.All.Where(c => !c.IsRegion).ToList();
        var rows = countries.Select((c, i) =>
        {
            var partner = c.Code == "CHL" ? "PER" : "CHL";
            return new GdeltRow(20_000 + i, "20240101", c.Code, c.Name.ToUpperInvariant(), c.Code, partner, "PARTNER", partner, "040", 1, 1.0).ToString();
        });
        var loaded = SeedRoundTrip.Load(Run.Gdelt(rows).Graph);
        // Places with no ISO code stay named actors, as an ICEWS file names them.
        var named = NonStates.Select(n => ByName(n)!).Select(i => new Actor(i.Id, i.Name, i.Kind, [], i.Country));
        var graph = new ActorGraphData([.. loaded.Actors, .. named], [], [], []);
        return (graph, new ActorResolver(graph));
    });

    private static ActorIdentity? ByName(string name) => ActorCanonicaliser.Resolve(new ActorFields(name, name, "", "", ""), ActorIdStyle.Name);

    private static IEnumerable<string> Problems(IEnumerable<(string Name, string Code)> names)
    {
        var resolver = Imported.Value.Resolver;
        foreach (var (name, code) in names.Distinct())
        {
            var country = CountryTable.ByCode(code);
            if (country is null) { yield return $"{name}: code {code} not in the table"; continue; }
            var inFile = CountryTable.ByName(name);
            if (inFile != country) yield return $"{name}: a file's '{name}' is {inFile?.Name ?? "no country"}, not {country.Name}";
            var typed = resolver.Resolve(name);
            if (typed is not ActorResolution.Found found || found.Actor.Id != country.Code.ToLowerInvariant())
                yield return $"{name}: typed, {typed.Describe()}; expected {country.Name} ({country.Code.ToLowerInvariant()})";
        }
    }

    [Fact]
    public void Every_iso_3166_name_finds_its_country_in_a_file_and_typed()
    {
        var names = IsoNames();
        Assert.True(names.Count > 400, $"{names.Count} ISO names");
        var problems = Problems(names).ToList();
        Assert.True(problems.Count == 0, $"{problems.Count} problems:\n" + string.Join('\n', problems.Take(60)));
    }

    [Fact]
    public void Every_country_of_the_phoenix_dictionary_finds_its_country_in_a_file_and_typed()
    {
        var names = PhoenixNames();
        Assert.True(names.Count > 180, $"{names.Count} Phoenix country entries");
        // Phoenix codes some territories as their state (Mayotte [FRA]); where ISO 3166 gives the place a code of its
        // own, that code is the actor. DDR (the German Democratic Republic, gone since 1990) and KNT (Kinakuta, a
        // made-up country of the CAMEO test sentences) are no current country: a file's code keeps its own name.
        var iso = IsoNames().ToLookup(n => Core.Text.NameKey.Of(n.Name), n => n.Code);
        var expected = names.Where(n => n.Code is not ("DDR" or "KNT"))
            .Select(n => iso[Core.Text.NameKey.Of(n.Name)].FirstOrDefault() is { } own ? (n.Name, own) : n);
        var problems = Problems(expected).ToList();
        Assert.True(problems.Count == 0, $"{problems.Count} problems:\n" + string.Join('\n', problems.Take(60)));
    }

    [Theory]
    [MemberData(nameof(WorldBankNames))]
    public void World_bank_names_find_their_country_in_a_file_and_typed(string name, string code) =>
        Assert.Empty(Problems([(name, code)]));

    [Fact]
    public void No_two_countries_share_a_display_name_and_every_name_is_readable()
    {
        var all = CountryTable.All.ToList();
        Assert.All(all, c => Assert.False(string.IsNullOrWhiteSpace(c.Name) || c.Name == c.Name.ToUpperInvariant(), c.Code));
        var shared = all.GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(shared);
    }

    [Fact]
    public void Places_without_a_state_stay_named_actors_that_resolve_by_name()
    {
        var resolver = Imported.Value.Resolver;
        foreach (var place in NonStates)
        {
            var identity = ByName(place);
            Assert.NotNull(identity);
            Assert.Equal(place, identity.Name);
            Assert.NotEqual(ActorKind.State, identity.Kind);
            var found = Assert.IsType<ActorResolution.Found>(resolver.Resolve(place.ToLowerInvariant()));
            Assert.Equal(identity.Id, found.Actor.Id);
        }
        // Their parent states keep their own names.
        Assert.Equal("geo", Assert.IsType<ActorResolution.Found>(resolver.Resolve("Georgia")).Actor.Id);
        Assert.Equal("cyp", Assert.IsType<ActorResolution.Found>(resolver.Resolve("Cyprus")).Actor.Id);
    }
}
