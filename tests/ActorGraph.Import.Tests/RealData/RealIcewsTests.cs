using ActorGraph.Core.Model;
using ActorGraph.Core.Resolution;
using ActorGraph.Import.Icews;
using ActorGraph.Import.Tests.Support;

namespace ActorGraph.Import.Tests.RealData;

/// <summary>The real ICEWS sample (../shared/real-data/icews, 1–2 June 2018): countries come as full names
/// or <c>NA</c>, and the two Koreas negotiate directly while the United States talks to both.</summary>
public class RealIcewsTests
{
    private static ImportResult Import() =>
        EventImporter.Import(new IcewsEventReader(), [RealFiles.Path("icews/events.2018.sample.tab")], ImportOptions.Default);

    [Fact]
    public void The_sample_imports_every_row_and_its_seed_loads()
    {
        var result = Import();

        Assert.Equal(3705, result.Summary.RowsRead);
        Assert.Equal(0, result.Summary.RowsMalformed);
        var loaded = SeedRoundTrip.Load(result.Graph);
        Assert.Equal(result.Graph.Actors.Length, loaded.Actors.Length);
        // Countries are ISO codes (full names and NA are not copied into the country field).
        Assert.All(loaded.Actors.Where(a => a.Country is not null), a => Assert.Matches("^[A-Z]{3}$", a.Country!));
        Assert.Contains(loaded.Actors, a => a.Country == "BGD");
    }

    [Fact]
    public void Country_names_resolve_to_states_named_the_usual_way()
    {
        var graph = SeedRoundTrip.Load(Import().Graph);
        var resolver = new ActorResolver(graph);

        var russia = Assert.IsType<ActorResolution.Found>(resolver.Resolve("Russian Federation")).Actor;
        Assert.Equal(("rus", "Russia", ActorKind.State), (russia.Id, russia.Name, russia.Kind));
        Assert.Equal("prk", Assert.IsType<ActorResolution.Found>(resolver.Resolve("North Korea")).Actor.Id);
        Assert.Equal("kor", Assert.IsType<ActorResolution.Found>(resolver.Resolve("South Korea")).Actor.Id);
        Assert.Equal("usa", Assert.IsType<ActorResolution.Found>(resolver.Resolve("United States")).Actor.Id);
        Assert.Equal("USA", Assert.IsType<ActorResolution.Found>(resolver.Resolve("USA")).Actor.Country);
        // "Occupied Palestinian Territory" in a country column is Palestine's code.
        Assert.Contains(graph.Actors, a => a.Country == "PSE");
    }

    [Fact]
    public void The_united_states_is_not_made_a_mediator_of_koreas_that_negotiate_directly()
    {
        var graph = Import().Graph;

        Assert.Contains(graph.Relations, r => r.Kind == RelationVocabulary.Negotiates && new[] { r.Source, r.Target }.Order().SequenceEqual(["kor", "prk"]));
        Assert.DoesNotContain(graph.Processes, p => p.Parties.Contains("kor") && p.Parties.Contains("prk"));
        Assert.DoesNotContain(graph.Processes, p => p.Mediators.Contains("usa"));
    }
}
