using ActorGraph.Hosting.Exports;

namespace ActorGraph.Hosting.Tests.Exports;

public class MediationFocusTests
{
    [Fact]
    public void Seed_focus_holds_the_sides_their_mediators_and_their_process()
    {
        var focus = MediationFocus.Build(SeedGraph.Data, "hamas", "israel");
        Assert.Equal(["hamas", "israel"], focus.Endpoints.ToArray());
        foreach (var mediator in new[] { "egypt", "qatar", "turkey" })
        {
            Assert.Contains(mediator, focus.Mediators);
            Assert.Contains(mediator, focus.Actors);
        }
        Assert.Contains("gaza-ceasefire-talks", focus.Processes);
        Assert.DoesNotContain("israel-hezbollah-ceasefire", focus.Processes);
        Assert.DoesNotContain("france", focus.Actors);
    }

    [Fact]
    public void Focus_relations_join_focus_actors_only_and_respect_as_of()
    {
        var graph = SampleGraphs.Small();
        var focus = MediationFocus.Build(graph, "north", "south", new DateOnly(2024, 11, 25));
        Assert.Equal(new[] { "east", "west" }, focus.Mediators.Order(StringComparer.Ordinal));
        Assert.Contains("talks", focus.Processes);
        Assert.DoesNotContain("old-talks", focus.Processes);
        foreach (var id in focus.Relations)
        {
            var relation = graph.Relations.Single(r => r.Id == id);
            Assert.Contains(relation.Source, focus.Actors);
            Assert.Contains(relation.Target, focus.Actors);
            Assert.True(relation.When.Contains(new DateOnly(2024, 11, 25)));
        }
        Assert.Contains("war", focus.Relations);
        Assert.DoesNotContain("acc", focus.Relations); // 2024-11-30 is after the as-of date
        Assert.DoesNotContain("old-alliance", focus.Relations); // ended in 2023
        Assert.Throws<ArgumentException>(() => MediationFocus.Build(graph, "north", "nobody"));
    }
}
