using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>A handover of mediation in the passive ("Mediation was then entrusted to X", "handed over to X", "taken over by X")
/// names X as the mediator of the pair in view. Sentences written for the test.</summary>
public class MediationHandoverTests
{
    private const string Pair = "The war between Moldova and Romania ended with a truce in 1993. ";

    private static ReadingResult Read(string text) => ReportReader.ReadText(text);

    private static string? Id(ReadingResult result, string name) => result.Actors.FirstOrDefault(a => a.Name == name)?.Id;

    [Theory]
    [InlineData("Mediation was then entrusted to Norway.")]
    [InlineData("The mediation was later handed over to Norway.")]
    [InlineData("Mediation was eventually taken over by Norway.")]
    [InlineData("Mediation passed to Norway in 1995.")]
    [InlineData("In 1995 Norway took over the mediation.")]
    public void Who_the_mediation_is_handed_to_mediates_between_the_pair_in_view(string handover)
    {
        var result = Read(Pair + handover);
        var norway = Id(result, "Norway");
        Assert.NotNull(norway);
        var process = Assert.Single(result.Processes, p => p.Mediators.Contains(norway));
        Assert.Contains(Id(result, "Moldova"), process.Parties);
        Assert.Contains(Id(result, "Romania"), process.Parties);
    }

    [Fact]
    public void A_handover_of_something_else_names_no_mediator()
    {
        var result = Read(Pair + "Control of the border was then entrusted to Norway.");
        var norway = Id(result, "Norway");
        Assert.DoesNotContain(result.Processes, p => norway is not null && p.Mediators.Contains(norway));
    }
}
