using System.Text;
using ActorGraph.Core.Model;
using ActorGraph.Core.Resolution;
using ActorGraph.Import.Aggregation;
using ActorGraph.Import.Canonical;
using ActorGraph.Import.Icews;
using ActorGraph.Import.Tests.Support;

namespace ActorGraph.Import.Tests.RealData;

/// <summary>The real ICEWS sample (../shared/real-data/icews) rewritten as files of other years and other
/// publishers write it: other country spellings (ISO 3166 forms, current and former names, accents), and the
/// Dataverse dress (byte-order mark, CRLF, quoted strings, no Event ID column, snake_case header). Each variant
/// must give the same actors, named the same way, as the file as published.</summary>
public class RealFileVariantTests
{
    /// <summary>A spelling of the sample → the spelling another year or list uses for the same country.</summary>
    private static readonly Dictionary<string, string> OtherSpellings = new(StringComparer.Ordinal)
    {
        ["Russian Federation"] = "Russia", ["Russia"] = "Russian Federation", ["South Korea"] = "Korea, Republic of",
        ["North Korea"] = "Korea, Democratic People's Republic of", ["Iran"] = "Iran, Islamic Republic of",
        ["Syria"] = "Syrian Arab Republic", ["Vietnam"] = "Viet Nam", ["Cote d'Ivoire"] = "Côte d'Ivoire",
        ["Democratic Republic of Congo"] = "Congo, The Democratic Republic of the", ["Congo"] = "Congo, Republic of the",
        ["the former Yugoslav Republic of Macedonia"] = "North Macedonia", ["Macedonia"] = "North Macedonia",
        ["Swaziland"] = "Eswatini", ["Myanmar"] = "Burma", ["Turkey"] = "Türkiye",
        ["Occupied Palestinian Territory"] = "Palestine, State of", ["Palestinian Territory, Occupied"] = "Palestine",
        ["Laos"] = "Lao People's Democratic Republic", ["Tanzania"] = "Tanzania, United Republic of",
        ["Bolivia"] = "Bolivia (Plurinational State of)", ["Venezuela"] = "Venezuela, Bolivarian Republic of",
        ["Moldova, Republic of"] = "Moldova", ["Taiwan"] = "Taiwan, Province of China", ["Holy See"] = "Holy See (Vatican City State)",
        ["Czech Republic"] = "Czechia", ["United Kingdom"] = "United Kingdom of Great Britain and Northern Ireland",
        ["United States"] = "United States of America", ["Gambia"] = "Gambia, The", ["Hong Kong"] = "Hong Kong SAR, China",
        ["Timor-Leste"] = "East Timor", ["Libya"] = "Libyan Arab Jamahiriya", ["Netherlands"] = "Netherlands, The",
    };

    private static readonly string Sample = RealFiles.Path("icews/events.2018.sample.tab");

    private static ImportResult ImportLines(IEnumerable<string> lines, string name = "events.2019.tab", Encoding? encoding = null)
    {
        using var dir = new TempDir();
        var path = dir.File(name);
        File.WriteAllText(path, string.Concat(lines), encoding ?? new UTF8Encoding(false));
        return EventImporter.Import(new IcewsEventReader(), [path], ImportOptions.Default);
    }

    private static string Respell(string name)
    {
        if (OtherSpellings.TryGetValue(name, out var other)) return other;
        var open = name.LastIndexOf('(');
        return open > 0 && name.EndsWith(')') && OtherSpellings.TryGetValue(name[(open + 1)..^1], out var inner)
            ? $"{name[..(open + 1)]}{inner})"
            : name;
    }

    private static SortedSet<string> Actors(ImportResult result) =>
        [.. result.Graph.Actors.Select(a => $"{a.Id}|{a.Name}|{a.Kind}|{a.Country}")];

    [Fact]
    public void Other_country_spellings_give_the_same_actors_named_the_same_way()
    {
        var lines = File.ReadAllLines(Sample);
        var respelt = lines.Skip(1).Select(l =>
        {
            var c = l.Split('\t');
            foreach (var i in new[] { 2, 4, 8, 10 }) c[i] = Respell(c[i]);
            return string.Join('\t', c) + "\n";
        }).Prepend(lines[0] + "\n").ToList();
        Assert.Contains(respelt, l => l.Contains("\tKorea, Democratic People's Republic of\t", StringComparison.Ordinal));

        var original = EventImporter.Import(new IcewsEventReader(), [Sample], ImportOptions.Default);
        var variant = ImportLines(respelt);

        Assert.Equal(Actors(original), Actors(variant));
        Assert.Equal(original.Graph.Relations.Length, variant.Graph.Relations.Length);
        var graph = SeedRoundTrip.Load(variant.Graph);
        var resolver = new ActorResolver(graph);
        foreach (var (typed, id) in new[] { ("Russia", "rus"), ("Syria", "syr"), ("Iran", "irn"), ("North Korea", "prk"), ("South Korea", "kor"),
                     ("Turkey", "tur"), ("Türkiye", "tur"), ("Myanmar", "mmr"), ("Burma", "mmr"), ("North Macedonia", "mkd"), ("Vietnam", "vnm") })
            Assert.Equal(id, Assert.IsType<ActorResolution.Found>(resolver.Resolve(typed)).Actor.Id);
    }

    [Fact]
    public void The_dataverse_dress_reads_the_same_rows_as_the_file_as_published()
    {
        var lines = File.ReadAllLines(Sample);
        var original = EventImporter.Import(new IcewsEventReader(), [Sample], ImportOptions.Default);
        // Strings quoted and lines ended CRLF behind a byte-order mark; the Event ID column dropped; a snake_case header.
        var quoted = lines.Select((l, n) => string.Join('\t', l.Split('\t').Select((c, i) => n > 0 && i is 2 or 3 or 4 or 5 or 8 or 9 or 10 or 13 ? $"\"{c}\"" : c)) + "\r\n");
        var noId = lines.Select(l => l[(l.IndexOf('\t') + 1)..] + "\n");
        var snake = lines.Select((l, n) => (n == 0 ? l.ToLowerInvariant().Replace(' ', '_') : l) + "\n");

        foreach (var variant in new[] { ImportLines(quoted, encoding: new UTF8Encoding(true)), ImportLines(noId), ImportLines(snake) })
        {
            Assert.Equal((original.Summary.RowsRead, original.Summary.RowsMalformed), (variant.Summary.RowsRead, variant.Summary.RowsMalformed));
            Assert.Equal(Actors(original), Actors(variant));
            Assert.Equal(original.Graph.Relations.Length, variant.Graph.Relations.Length);
        }
    }

    [Fact]
    public void A_mediator_coded_with_both_sides_of_a_fight_between_their_forces_is_found()
    {
        // The sample's two rows of China appealing to Israel and to the Palestinians (022, events 32897655/6) coded
        // as mediation (045), as another coder or year would: the fighting is between the two sides' own actors
        // (the Israeli Defense Forces, Palestinian protesters and militants), not between the two state actors.
        var lines = File.ReadAllLines(Sample).Select(l =>
        {
            var c = l.Split('	');
            if (c[0] is "32897655" or "32897656") (c[5], c[6]) = ("Mediate", "045");
            return string.Join('	', c) + "\n";
        });

        var result = ImportLines(lines);

        var process = Assert.Single(result.Graph.Processes, p => p.Parties.Contains("isr") && p.Parties.Contains("pse"));
        Assert.Equal("chn", Assert.Single(process.Mediators));
        Assert.True(process.Inferred);
        Assert.Contains("hostile", process.Evidence[0].Note, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(SeedRoundTrip.Load(result.Graph).Processes.Where(p => p.Mediators.Contains("isr") || p.Mediators.Contains("pse")));
        // Unchanged, the file has no mediation: an appeal to both sides is not one.
        Assert.DoesNotContain(EventImporter.Import(new IcewsEventReader(), [Sample], ImportOptions.Default).Graph.Processes,
            p => p.Parties.Contains("isr") && p.Parties.Contains("pse"));
    }

    [Theory]
    [InlineData("Congo, Democratic Republic of the", "COD")]
    [InlineData("Congo, Dem. Rep.", "COD")]
    [InlineData("Congo, Republic of the", "COG")]
    [InlineData("Congo, Rep.", "COG")]
    [InlineData("Korea, Rep.", "KOR")]
    [InlineData("Korea (Republic of)", "KOR")]
    [InlineData("Korea, Dem. People's Rep.", "PRK")]
    [InlineData("Iran (Islamic Republic of)", "IRN")]
    [InlineData("Iran, Islamic Rep.", "IRN")]
    [InlineData("Egypt, Arab Rep.", "EGY")]
    [InlineData("Yemen, Rep.", "YEM")]
    [InlineData("Lao PDR", "LAO")]
    [InlineData("St. Lucia", "LCA")]
    [InlineData("St. Kitts and Nevis", "KNA")]
    [InlineData("Micronesia, Fed. Sts.", "FSM")]
    [InlineData("Netherlands, The", "NLD")]
    [InlineData("Afghanistan, Islamic Republic of", "AFG")]
    [InlineData("Venezuela, RB", "VEN")]
    [InlineData("Hong Kong SAR, China", "HKG")]
    [InlineData("Africa, South", "ZAF")]
    [InlineData("Guinea", "GIN")]
    public void Inverted_and_abbreviated_country_names_find_their_country(string name, string code)
    {
        Assert.Equal(code, CountryTable.ByName(name)?.Code);
    }

    [Theory]
    [InlineData("Korea")]
    [InlineData("Republic")]
    [InlineData("Government of the Republic")]
    [InlineData("Islamic Republic")]
    [InlineData("Vladimir Putin")]
    public void Words_that_name_no_one_country_find_none(string name)
    {
        Assert.Null(CountryTable.ByName(name));
    }

    [Fact]
    public void A_role_whose_country_is_written_with_its_own_parentheses_is_that_countrys_role()
    {
        var identity = ActorCanonicaliser.Resolve(
            new ActorFields("Government (Iran (Islamic Republic of))", "Government (Iran (Islamic Republic of))", "Iran (Islamic Republic of)", "Government", default),
            ActorIdStyle.Name);

        Assert.NotNull(identity);
        Assert.Equal(("irn-gov", "Government of Iran", ActorKind.Government), (identity.Id, identity.Name, identity.Kind));
    }
}
