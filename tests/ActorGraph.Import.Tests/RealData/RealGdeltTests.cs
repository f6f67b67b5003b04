using ActorGraph.Core.Model;
using ActorGraph.Core.Resolution;
using ActorGraph.Import.Canonical;
using ActorGraph.Import.Gdelt;
using ActorGraph.Import.Tests.Support;

namespace ActorGraph.Import.Tests.RealData;

/// <summary>Real GDELT 2.0 exports (../shared/real-data/gdelt2): they import, the seed loads, and the
/// actors are the ones an analyst expects by name.</summary>
public class RealGdeltTests
{
    public static TheoryData<string> Files => new()
    {
        "gdelt2/20180326044500.export.CSV",
        "gdelt2/spark-gdelt-events.csv",
        "gdelt2/spark-gdelt-eventsT.csv",
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_file_imports_and_its_seed_loads(string file)
    {
        var result = EventImporter.Import(new GdeltEventReader(), [RealFiles.Path(file)], ImportOptions.Default);

        Assert.True(result.Summary.RowsImported > 0);
        Assert.Equal(0, result.Summary.RowsMalformed);
        var loaded = SeedRoundTrip.Load(result.Graph);
        Assert.Equal(result.Graph.Actors.Length, loaded.Actors.Length);
        Assert.Equal(result.Graph.Relations.Length, loaded.Relations.Length);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void States_carry_their_country_name_and_roles_are_scoped_to_a_country(string file)
    {
        var graph = EventImporter.Import(new GdeltEventReader(), [RealFiles.Path(file)], ImportOptions.Default).Graph;

        foreach (var state in graph.Actors.Where(a => a.Kind == ActorKind.State))
        {
            var country = CountryTable.ByCode(state.Country);
            Assert.NotNull(country);
            Assert.Equal(country.Name, state.Name);
            Assert.Equal(country.Code.ToLowerInvariant(), state.Id);
        }
        // No global role actor ("Government", "Media") without a country or group.
        Assert.DoesNotContain(graph.Actors, a => CameoCodes.Role(a.Id.ToUpperInvariant()) is not null && CameoCodes.Group(a.Id.ToUpperInvariant()) is null);
        // A government actor is scoped: to a country ("Government of Iran"), a region ("Government in Africa") or a
        // community ("Basque government", CAMEO baqGOV).
        Assert.All(graph.Actors.Where(a => a.Kind == ActorKind.Government), a => Assert.True(
            a.Name.Contains(" of ", StringComparison.Ordinal) || a.Name.Contains(" in ", StringComparison.Ordinal) || CameoCodes.CommunityIn(a.Id.Split('-')[0]) is not null, a.Name));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_country_name_resolves_to_its_state_and_every_actor_name_to_one_actor(string file)
    {
        var graph = SeedRoundTrip.Load(EventImporter.Import(new GdeltEventReader(), [RealFiles.Path(file)], ImportOptions.Default).Graph);
        var resolver = new ActorResolver(graph);

        foreach (var state in graph.Actors.Where(a => a.Kind == ActorKind.State))
        {
            var found = Assert.IsType<ActorResolution.Found>(resolver.Resolve(state.Name));
            Assert.Equal(state.Id, found.Actor.Id);
            // The CAMEO code resolves too (an alias or the id).
            Assert.Equal(state.Id, Assert.IsType<ActorResolution.Found>(resolver.Resolve(state.Country!)).Actor.Id);
        }
        foreach (var actor in graph.Actors)
            Assert.IsType<ActorResolution.Found>(resolver.Resolve(actor.Name));
    }

    [Fact]
    public void The_2018_export_names_iran_russia_and_the_united_states_by_their_country_names()
    {
        var graph = EventImporter.Import(new GdeltEventReader(), [RealFiles.Path("gdelt2/20180326044500.export.CSV")], ImportOptions.Default).Graph;

        Assert.Equal("United States", graph.FindActor("usa")!.Name);
        Assert.Equal("Government of the United States", graph.FindActor("usa-gov")!.Name);
        Assert.Equal("Iran", graph.FindActor("irn")!.Name);
        Assert.Equal("Russia", graph.FindActor("rus")!.Name);
        Assert.Contains("USAGOV", graph.FindActor("usa-gov")!.Aliases);
    }
}
