using ActorGraph.Core.Model;
using ActorGraph.Core.Resolution;
using ActorGraph.Import.Canonical;
using ActorGraph.Import.Tests.Support;

namespace ActorGraph.Import.Tests.Mapping;

/// <summary>Every code of GDELT's CAMEO country table (../shared/real-data/dictionaries/spark-gdelt-cameoCountry.txt),
/// alone and with a role, imported from GDELT rows: each gets one readable canonical name from the code tables,
/// never the raw code or a city, and the seed loads and resolves by that name.</summary>
public class CameoCountryTableTests
{
    /// <summary>Capitals that coders use for their state ("Tehran said"): an actor named so is misnamed.</summary>
    private static readonly string[] Capitals =
        ["Baghdad", "Tehran", "Moscow", "Washington", "Beijing", "Kabul", "Damascus", "Jerusalem", "Cairo", "Ankara", "Kyiv", "Kiev",
         "Pyongyang", "Seoul", "Tokyo", "London", "Paris", "Berlin", "Riyadh", "Doha", "Khartoum", "Tripoli", "Sanaa", "Beirut"];

    private static List<(string Code, string Label)> Table() =>
        [.. File.ReadLines(RealFiles.Path("dictionaries/spark-gdelt-cameoCountry.txt")).Skip(1)
            .Select(l => l.Split('\t')).Where(c => c.Length == 2 && c[0].Length == 3).Select(c => (c[0], c[1]))];

    [Fact]
    public void The_table_is_the_full_one()
    {
        Assert.True(Table().Count > 250);
    }

    [Fact]
    public void Every_code_alone_and_with_a_role_gets_a_readable_canonical_name()
    {
        var table = Table();
        var codes = table.Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
        // Each code meets a fixed partner (Chile for every code but CHL itself), as Actor1 alone and as Actor1 with GOV.
        var rows = table.SelectMany((t, i) =>
        {
            var partner = t.Code == "CHL" ? "PER" : "CHL";
            return new[]
            {
                new GdeltRow(10_000 + (2 * i), "20240101", t.Code, t.Label.ToUpperInvariant(), t.Code, partner, "PARTNER", partner, "040", 1, 1.0).ToString(),
                new GdeltRow(10_001 + (2 * i), "20240101", t.Code + "GOV", t.Label.ToUpperInvariant(), t.Code, partner, "PARTNER", partner, "040", 1, 1.0, Actor1Type: "GOV").ToString(),
            };
        });

        var result = Run.Gdelt(rows);
        var graph = SeedRoundTrip.Load(result.Graph);

        Assert.Equal(0, result.Summary.RowsMalformed);
        foreach (var actor in graph.Actors)
        {
            Assert.DoesNotContain(actor.Name, codes);
            Assert.NotEqual(actor.Name.ToUpperInvariant(), actor.Name);
            Assert.DoesNotContain(actor.Name, Capitals);
            Assert.NotEqual("Partner", actor.Name, StringComparer.OrdinalIgnoreCase);
        }
        var resolver = new ActorResolver(graph);
        foreach (var (code, _) in table)
        {
            var country = CountryTable.ByCode(code);
            Assert.NotNull(country);
            var id = country.Code.ToLowerInvariant();
            var actor = graph.FindActor(id);
            Assert.NotNull(actor);
            Assert.Equal(country.Name, actor.Name);
            var government = graph.FindActor($"{id}-gov")!.Name;
            // A region of several states (AFRGOV: some African government) has the role in it.
            Assert.True(government == $"Government of {country.Name}" || government == $"Government of the {country.Name}" || (country.IsRegion && government.StartsWith("Government in ", StringComparison.Ordinal)), government);
            Assert.Equal(id, Assert.IsType<ActorResolution.Found>(resolver.Resolve(country.Name)).Actor.Id);
            Assert.Equal(country.IsRegion ? ActorKind.Territory : ActorKind.State, actor.Kind);
        }
    }

    [Theory]
    [InlineData("AFR", "", "", "afr", "Africa")]
    [InlineData("EUR", "", "", "eur", "Europe")]
    [InlineData("MEA", "", "", "mea", "Middle East")]
    [InlineData("IGOUNO", "UNO", "IGO", "uno", "United Nations")]
    [InlineData("IGONAT", "", "IGO", "nat", "North Atlantic Treaty Organization (NATO)")]
    [InlineData("NAT", "", "", "nat", "North Atlantic Treaty Organization (NATO)")]
    [InlineData("IGOEEC", "EEC", "IGO", "eec", "European Union")]
    [InlineData("UNO", "", "", "uno", "United Nations")]
    [InlineData("BAG", "", "", "irq", "Iraq")]
    [InlineData("KSVGOV", "", "GOV", "xkx-gov", "Government of Kosovo")]
    public void Regional_and_international_codes_name_the_region_or_organisation(string code, string group, string type, string id, string name)
    {
        var identity = ActorCanonicaliser.Resolve(new Aggregation.ActorFields(code, code, code.Length >= 3 ? code[..3] : code, group, type), Aggregation.ActorIdStyle.CameoCode);

        Assert.NotNull(identity);
        Assert.Equal((id, name), (identity.Id, identity.Name));
    }

    [Theory]
    [InlineData("GOV", "GOV")]
    [InlineData("MIL", "MIL")]
    [InlineData("REB", "REB")]
    [InlineData("IGO", "IGO")]
    public void A_role_code_without_a_country_is_no_actor(string code, string type)
    {
        Assert.Null(ActorCanonicaliser.Resolve(new Aggregation.ActorFields(code, code, "", "", type), Aggregation.ActorIdStyle.CameoCode));
    }
}
