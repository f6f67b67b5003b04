using ActorGraph.Core.Model;
using ActorGraph.Core.Resolution;
using ActorGraph.Import.Gdelt;
using ActorGraph.Import.Icews;
using ActorGraph.Import.Tests.Support;

namespace ActorGraph.Import.Tests.RealData;

/// <summary>The same actor from ICEWS and from GDELT gets one id and one name: ICEWS writes a country's role as
/// "Government (India)", GDELT as the code INDGOV. Both real files hold India's government.</summary>
public class CrossSourceNamingTests
{
    private static ActorGraphData Icews() =>
        EventImporter.Import(new IcewsEventReader(), [RealFiles.Path("icews/events.2018.sample.tab")], ImportOptions.Default).Graph;

    private static ActorGraphData Gdelt() =>
        EventImporter.Import(new GdeltEventReader(), [RealFiles.Path("gdelt2/20180326044500.export.CSV")], ImportOptions.Default).Graph;

    [Fact]
    public void A_role_actor_of_one_country_has_the_same_id_and_name_from_icews_and_gdelt()
    {
        var icews = Icews().FindActor("ind-gov");
        var gdelt = Gdelt().FindActor("ind-gov");

        Assert.NotNull(icews);
        Assert.NotNull(gdelt);
        Assert.Equal(("Government of India", ActorKind.Government, "IND"), (icews.Name, icews.Kind, icews.Country));
        Assert.Equal((gdelt.Name, gdelt.Kind, gdelt.Country), (icews.Name, icews.Kind, icews.Country));
    }

    [Fact]
    public void Icews_generic_sectors_become_country_roles_and_keep_their_spelling_as_alias()
    {
        var graph = SeedRoundTrip.Load(Icews());
        var resolver = new ActorResolver(graph);

        // No "Role (Country)" name is left where the role is a CAMEO type; the ICEWS spelling still finds it.
        Assert.DoesNotContain(graph.Actors, a => a.Name.StartsWith("Government (", StringComparison.Ordinal) || a.Name.StartsWith("Police (", StringComparison.Ordinal));
        Assert.Equal("ind-cop", Assert.IsType<ActorResolution.Found>(resolver.Resolve("Police (India)")).Actor.Id);
        Assert.Equal("kor-gov", Assert.IsType<ActorResolution.Found>(resolver.Resolve("Government (South Korea)")).Actor.Id);
        Assert.Equal("Government of South Korea", graph.FindActor("kor-gov")!.Name);
        // Finer ICEWS agents keep their own name, with the country spelt the canonical way.
        Assert.Contains(graph.Actors, a => a.Name == "Head of Government (India)");
    }
}
