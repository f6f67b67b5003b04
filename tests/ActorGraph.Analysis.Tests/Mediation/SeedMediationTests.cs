using System.Text.Json;
using ActorGraph.Analysis.Mediation;
using ActorGraph.Analysis.Tests.Support;
using ActorGraph.Core.Json;

namespace ActorGraph.Analysis.Tests.Mediation;

/// <summary>The answers the issue asks for, on the project's seed (the news report's facts).</summary>
public sealed class SeedMediationTests
{
    [Fact]
    public void Hamas_Israel_gives_Egypt_Qatar_and_Turkey_as_reported_mediators_and_the_US_in_its_own_role()
    {
        var result = MediatorFinder.Find(SeedGraph.Data, "hamas", "israel");
        Assert.Equal(["egypt", "qatar", "turkey"], result.Explicit.Select(e => e.ActorId).Order().ToArray());
        Assert.All(result.Explicit, e => Assert.Contains(e.Processes, p => p.Id == "gaza-ceasefire-talks"));
        Assert.All(result.Explicit, e => Assert.NotEmpty(e.Processes[0].Evidence));
        Assert.Single(result.Explicit.Select(e => e.Score).Distinct()); // the report names the three alike
        Assert.DoesNotContain(result.Explicit, e => e.ActorId == "united-states");
        var us = Assert.Single(result.Involved, e => e.ActorId == "united-states");
        Assert.Contains("engages-mediators", us.Role, StringComparison.Ordinal);
        Assert.Contains("presses-a-side", us.Role, StringComparison.Ordinal);
        Assert.Contains(us.Evidence, t => t.Kind == "pressures" && t.Target == "israel");
        Assert.Contains(us.Evidence, t => t.Kind == "engages" && t.Modality == Core.Model.Modality.Hoped); // instructed, not done
        Assert.Empty(result.Structural); // nobody else has channels to both
        Assert.Empty(result.DirectTies); // the report gives no direct talks
    }

    [Fact]
    public void Israel_Hezbollah_gives_the_United_States_and_France()
    {
        var result = MediatorFinder.Find(SeedGraph.Data, "israel", "hezbollah");
        Assert.Equal(["france", "united-states"], result.Explicit.Select(e => e.ActorId).Order().ToArray());
        Assert.All(result.Explicit, e => Assert.Equal("israel-hezbollah-ceasefire", Assert.Single(e.Processes).Id));
        Assert.Empty(result.Involved); // Egypt, Qatar and Turkey are engaged by the US for Gaza, not part of this effort
    }

    [Fact]
    public void Qatar_France_invents_no_mediation()
    {
        var result = MediatorFinder.Find(SeedGraph.Data, "qatar", "france");
        Assert.Empty(result.Explicit);
        Assert.Empty(result.Structural);
        Assert.Empty(result.Involved);
        Assert.False(result.Opposed);
        Assert.Contains("No mediation", result.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hamas", "israel")]
    [InlineData("israel", "hezbollah")]
    [InlineData("qatar", "france")]
    [InlineData("united-states", "hamas")]
    public void The_order_of_the_two_sides_does_not_change_the_answer(string a, string b)
    {
        var forward = JsonSerializer.Serialize(MediatorFinder.Find(SeedGraph.Data, a, b), ActorGraphJson.Indented);
        var backward = JsonSerializer.Serialize(MediatorFinder.Find(SeedGraph.Data, b, a), ActorGraphJson.Indented);
        Assert.Equal(forward, backward);
    }
}
