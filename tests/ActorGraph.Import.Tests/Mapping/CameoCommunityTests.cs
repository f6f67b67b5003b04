using ActorGraph.Core.Model;
using ActorGraph.Import.Aggregation;
using ActorGraph.Import.Canonical;
using ActorGraph.Import.Tests.Support;

namespace ActorGraph.Import.Tests.Mapping;

/// <summary>Every code of GDELT's CAMEO ethnic and religion tables (../shared/real-data/dictionaries/spark-gdelt-cameoEthnic.txt,
/// …Religion.txt): alone it is named by the table, the same in every file (MOS is "Muslim", not "Islamic" in one file and
/// "Muslim" in the next); after a country (<c>IRQkur</c>) it is that country's community, never the state itself.</summary>
public class CameoCommunityTests
{
    private static IEnumerable<(string Code, string Label)> Codes() =>
        GdeltCodeTables.Read("spark-gdelt-cameoEthnic.txt").Concat(GdeltCodeTables.Read("spark-gdelt-cameoReligion.txt"))
            // An upper-case code that is also a country's (SHN: Saint Helena, and the Old Shinto School) stays the
            // country; lower-case ethnic codes ("tur", "kor") never are.
            .Where(c => !(c.Code.ToUpperInvariant() == c.Code && CountryTable.ByCode(c.Code) is not null));

    [Fact]
    public void The_tables_are_the_full_ones()
    {
        Assert.True(Codes().Count() > 600);
    }

    [Fact]
    public void Every_code_alone_is_named_by_the_table_whatever_the_text()
    {
        foreach (var (code, label) in Codes())
        {
            var identity = ActorCanonicaliser.Resolve(new ActorFields(code, "SOME TEXT", "", "", ""), ActorIdStyle.CameoCode);

            Assert.NotNull(identity);
            Assert.Equal(ActorKind.Population, identity.Kind);
            // A faith's name becomes its people's (Judaism → Jewish, Bahai Faith → Bahai): the actor is a community.
            var faith = label.EndsWith("ism", StringComparison.Ordinal) || label.EndsWith("ity", StringComparison.Ordinal) || label.EndsWith(" Faith", StringComparison.Ordinal);
            // An ethnic label that is a country's name (bol "Bolivia") becomes its people's, so the two are not named alike.
            var state = CountryTable.ByName(label) is not null && identity.Name != label && identity.Name.Contains(label[..4], StringComparison.Ordinal);
            Assert.True(identity.Name == label || state || (faith && identity.Name[0] == label[0] && !identity.Name.Contains(' ', StringComparison.Ordinal)), $"{code}: {identity.Name}, table {label}");
        }
    }

    [Fact]
    public void A_community_after_a_country_is_that_countrys_community_not_its_state()
    {
        foreach (var (code, label) in Codes())
        {
            var identity = ActorCanonicaliser.Resolve(new ActorFields("IRQ" + code, "KURDISH", "IRQ", "", ""), ActorIdStyle.CameoCode);

            Assert.NotNull(identity);
            var community = CameoCodes.Community(code)!;
            Assert.Equal(($"irq-{CameoCodes.CommunityId(community)}", $"{community.Label} (Iraq)", ActorKind.Population, "IRQ"), (identity.Id, identity.Name, identity.Kind, identity.Country));
        }
    }

    [Fact]
    public void Religious_actors_of_the_real_export_are_named_by_the_table_and_load()
    {
        // In the 2018-03-26 04:45 export MOS is written "ISLAMIC" and "MUSLIM": one actor, named "Muslim".
        var result = EventImporter.Import(new ActorGraph.Import.Gdelt.GdeltEventReader(),
            [RealFiles.Path("gdelt2/20180326044500.export.CSV"), RealFiles.Path("gdelt2/spark-gdelt-events.csv")], ImportOptions.Default);
        var graph = SeedRoundTrip.Load(result.Graph);

        Assert.Equal("Muslim", graph.FindActor("mos")?.Name);
        Assert.Equal("Catholic", graph.FindActor("chr-cth")?.Name);
        Assert.DoesNotContain(graph.Actors, a => a.Name is "Islamic" or "Rana");
    }
}
