using ActorGraph.Core.Model;
using ActorGraph.Core.Resolution;

namespace ActorGraph.Core.Tests;

public class ActorResolverTests
{
    private static readonly ActorGraphData Graph = new(
        [
            new Actor("united-states", "United States", ActorKind.State, ["U.S.", "US", "USA"], "USA"),
            new Actor("turkey", "Turkey", ActorKind.State, ["Türkiye"], "TUR"),
            new Actor("egypt", "Egypt", ActorKind.State, [], "EGY"),
            new Actor("egypt-gis", "Egyptian General Intelligence Service", ActorKind.Agency, ["GIS"], "EGY"),
            new Actor("gis-2", "Geographic Information Society", ActorKind.Organisation, ["G.I.S."]),
        ],
        [], [], []);

    private readonly ActorResolver _resolver = new(Graph);

    [Theory]
    [InlineData("u.s.", "united-states")]
    [InlineData("USA", "united-states")]
    [InlineData("  United   States ", "united-states")]
    [InlineData("turkiye", "turkey")]
    [InlineData("TÜRKIYE", "turkey")]
    [InlineData("egypt-gis", "egypt-gis")]
    public void Resolves_ignoring_case_accents_and_punctuation(string query, string expectedId)
    {
        var result = Assert.IsType<ActorResolution.Found>(_resolver.Resolve(query));
        Assert.Equal(expectedId, result.Actor.Id);
    }

    [Fact]
    public void Unknown_name_suggests_the_closest()
    {
        var result = Assert.IsType<ActorResolution.NotFound>(_resolver.Resolve("Egipt"));
        Assert.Equal("egypt", result.Suggestions[0].Id);
        Assert.Contains("did you mean Egypt (egypt)", result.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Colliding_alias_is_ambiguous_and_names_both()
    {
        var result = Assert.IsType<ActorResolution.Ambiguous>(_resolver.Resolve("gis"));
        Assert.Equal(["egypt-gis", "gis-2"], result.Candidates.Select(a => a.Id).Order());
    }

    [Fact]
    public void Date_range_contains_respects_open_ends()
    {
        var range = new DateRange(new DateOnly(2024, 11, 27), null);
        Assert.True(range.Contains(null));
        Assert.False(range.Contains(new DateOnly(2024, 11, 26)));
        Assert.True(range.Contains(new DateOnly(2030, 1, 1)));
        Assert.False(new DateRange(null, new DateOnly(2024, 1, 1)).Contains(new DateOnly(2024, 1, 2)));
    }

    [Fact]
    public void Vocabulary_lookup_and_suggestion()
    {
        Assert.True(RelationVocabulary.TryGet("Agrees_Ceasefire", out var kind));
        Assert.Equal(RelationSign.Cooperative, kind!.Sign);
        Assert.Equal("negotiates", RelationVocabulary.Suggest("negociates")[0]);
    }

    [Fact]
    public void Graph_indexes_incident_relations_once_per_end()
    {
        var rel = new Relation("r1", "egypt", "turkey", RelationVocabulary.Meets, 0.5, 1, DateRange.Always, [], Modality.Reported, []);
        var loop = rel with { Id = "r2", Target = "egypt" };
        var dangling = rel with { Id = "r3", Source = "nobody" };
        var graph = new ActorGraphData(Graph.Actors, [rel, loop, dangling], [], []);
        graph.PrepareIndexes();
        Assert.Equal([0, 1], graph.IncidentRelations("egypt").ToArray());
        Assert.Equal([0, 2], graph.IncidentRelations("turkey").ToArray());
        Assert.Equal(0, graph.IncidentRelations("nobody").Length);
        Assert.Equal([graph.IndexOf("egypt"), graph.IndexOf("egypt"), -1], new[] { 0, 1, 2 }.Select(graph.SourceIndexOf).ToArray());
        Assert.Equal([graph.IndexOf("turkey"), graph.IndexOf("egypt"), graph.IndexOf("turkey")], new[] { 0, 1, 2 }.Select(graph.TargetIndexOf).ToArray());
    }
}
