using ActorGraph.Core.Model;

namespace ActorGraph.Reading.Tests;

/// <summary>The seventh round's general rules, each on sentences written for the test (not taken from any report).</summary>
public class SeventhRoundPatternTests
{
    [Theory]
    [InlineData("Norwegian diplomats shuttled between Colombian and Venezuelan negotiators in Havana in March.")]
    [InlineData("Norway shuttled between Colombian and Venezuelan negotiators in Havana in March.")]
    [InlineData("Norwegian diplomats shuttled between Colombia and Venezuela in March.")]
    [InlineData("Norway carried proposals between Colombia and the FARC during the spring.")]
    [InlineData("Norway relayed messages back and forth between Colombia and the FARC in March.")]
    public void Indirect_talks_between_two_sides_make_the_go_between_their_mediator(string text)
        => AssertMediates(text, "nor");

    [Fact]
    public void Carrying_goods_between_two_places_is_not_mediation()
    {
        var result = ReportReader.ReadText("Trucks from Norway carried grain between Colombia and Venezuela in March.");
        Assert.DoesNotContain(result.Relations, r => r.Kind == RelationVocabulary.Mediates);
    }

    [Theory]
    [InlineData("Kenya facilitated the sessions between Burundi and Rwanda in Nairobi in March.")]
    [InlineData("Egypt and Kenya, as guarantors, attended the talks between Burundi and Rwanda in March.")]
    [InlineData("As guarantors, Egypt and Kenya attended the talks between Burundi and Rwanda in March.")]
    [InlineData("The guarantor countries, Egypt and Kenya, followed the talks between Burundi and Rwanda in March.")]
    public void Facilitators_and_guarantors_of_talks_mediate_them(string text)
        => AssertMediates(text, "ken");

    [Fact]
    public void Guarantors_after_the_parties_do_not_make_the_parties_mediators()
    {
        var result = ReportReader.ReadText("Kenya and Egypt have mediated between Burundi and Rwanda as guarantor countries since March.");
        Assert.DoesNotContain(result.Relations, r => r.Kind == RelationVocabulary.Mediates && r.Source is "bdi" or "rwa");
        Assert.Contains(result.Relations, r => r.Kind == RelationVocabulary.Mediates && r.Source == "ken");
    }

    /// <summary>Fails with what was read, so that a miss shows which actors and relations the sentence gave.</summary>
    private static void AssertMediates(string text, string mediator)
    {
        var result = ReportReader.ReadText(text);
        Assert.True(result.Relations.Any(r => r.Kind == RelationVocabulary.Mediates && r.Source == mediator),
            string.Join("; ", result.Relations.Select(r => $"{r.Source} {r.Kind.Name} {r.Target}")) + " | " + string.Join(", ", result.Actors.Select(a => a.Id)));
    }
}
