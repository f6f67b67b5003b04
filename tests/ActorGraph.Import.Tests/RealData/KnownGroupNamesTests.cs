using ActorGraph.Core.Model;
using ActorGraph.Import.Canonical;
using ActorGraph.Import.Icews;
using ActorGraph.Import.Plover;
using ActorGraph.Import.Tests.Support;

namespace ActorGraph.Import.Tests.RealData;

/// <summary>Organisations and armed groups that ICEWS and PLOVER name in words are GDELT's known groups: the
/// United Nations is <c>uno</c> whether a file writes UNO, "United Nations" or "U.N.", so that files of different
/// sources meet on one actor.</summary>
public class KnownGroupNamesTests
{
    [Theory]
    [InlineData("United Nations", "UNO")]
    [InlineData("U.N.", "UNO")]
    [InlineData("NATO", "NAT")]
    [InlineData("North Atlantic Treaty Organization", "NAT")]
    [InlineData("IAEA", "IAE")]
    [InlineData("OSCE", "SCE")]
    [InlineData("European Union", "EEC")]
    [InlineData("International Committee of the Red Cross", "IRC")]
    [InlineData("Hizballah", "HEZ")]
    public void A_group_written_in_words_is_the_known_group(string name, string code) =>
        Assert.Equal(code, CameoCodes.GroupByName(name)?.Code);

    [Theory]
    [InlineData("Government")]
    [InlineData("Nations")]
    [InlineData("Red")]
    public void Words_that_are_no_groups_name_find_none(string name) => Assert.Null(CameoCodes.GroupByName(name));

    [Fact]
    public void Every_group_name_is_readable()
    {
        foreach (var (code, _) in GdeltCodeTables.Read("spark-gdelt-cameoGroup.txt"))
        {
            var group = CameoCodes.Group(code);
            if (group is null) continue;
            Assert.DoesNotContain('?', group.Label);
            Assert.NotEqual(group.Label.ToUpperInvariant(), group.Label);
        }
    }

    [Fact]
    public void The_icews_sample_names_the_same_groups_as_gdelt()
    {
        var graph = SeedRoundTrip.Load(EventImporter.Import(new IcewsEventReader(), [RealFiles.Path("icews/events.2018.sample.tab")], ImportOptions.Default).Graph);

        Assert.Equal(("United Nations", ActorKind.Organisation), (graph.FindActor("uno")?.Name, graph.FindActor("uno")?.Kind));
        Assert.Equal("European Union", graph.FindActor("eec")?.Name);
        Assert.Equal("North Atlantic Treaty Organization (NATO)", graph.FindActor("nat")?.Name);
        Assert.Equal("Hamas", graph.FindActor("hms")?.Name);
        Assert.Equal("Red Cross", graph.FindActor("irc")?.Name);
        Assert.Null(graph.FindActor("united-nations"));
        Assert.Null(graph.FindActor("european-union"));
    }

    [Fact]
    public void The_plover_records_name_the_same_groups_as_gdelt()
    {
        var graph = SeedRoundTrip.Load(EventImporter.Import(new PloverEventReader(), [RealFiles.Path("plover/PLOVER_GSR_CAMEO.json")], ImportOptions.Default).Graph);

        // "U.N." and "NATO" (coded IGO, NATO with sector MIL) are the organisations, not new actors of their own.
        Assert.Equal("United Nations", graph.FindActor("uno")?.Name);
        Assert.Equal(ActorKind.Organisation, graph.FindActor("nat")?.Kind);
        Assert.NotNull(graph.FindActor("iae"));
        Assert.NotNull(graph.FindActor("sce"));
        Assert.DoesNotContain(graph.Actors, a => a.Id is "u-n" or "nato" or "iaea" or "osce");
    }
}
