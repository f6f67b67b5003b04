using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>Issue 14: a mediator credited ("thanks to the efforts of", "under the auspices of", "at the invitation of") and then
/// said, in a relative clause, to have received or hosted the two sides mediates between them. Sentences written for the test.</summary>
public class ReceivedBothSidesTests
{
    private static ReadingResult Read(string text) => ReportReader.ReadText(text);

    private static string? Id(ReadingResult result, string name) => result.Actors.FirstOrDefault(a => a.Name == name)?.Id;

    [Theory]
    [InlineData("The accord was reached thanks to the efforts of Norway, which received Moldova and Romania separately and then together.")]
    [InlineData("The two sides signed the accord under the auspices of Norway, which hosted Moldova and Romania in Oslo.")]
    [InlineData("The accord was concluded at the invitation of Norway, which welcomed both Moldova and Romania to Oslo.")]
    [InlineData("The accord came through the good offices of Norway, which had received Moldova and Romania in March.")]
    public void The_credited_host_of_both_sides_mediates_between_them(string text)
    {
        var result = Read(text);
        var norway = Id(result, "Norway");
        Assert.NotNull(norway);
        var process = Assert.Single(result.Processes, p => p.Mediators.Contains(norway));
        Assert.Contains(Id(result, "Moldova"), process.Parties);
        Assert.Contains(Id(result, "Romania"), process.Parties);
        Assert.DoesNotContain(norway, process.Parties);
    }

    [Theory]
    // One side only: a visit, not mediation.
    [InlineData("The accord was reached thanks to the efforts of Norway, which received Moldova in March.")]
    // A call received is no reception of the two sides.
    [InlineData("The accord was reached thanks to the efforts of Norway, which received a call from Moldova and Romania.")]
    // No credit phrase: a host who received two visitors is no mediator.
    [InlineData("Norway, which received Moldova and Romania in March, discussed trade with both.")]
    public void A_reception_that_is_no_credited_meeting_of_both_sides_names_no_mediator(string text)
    {
        var result = Read(text);
        var norway = Id(result, "Norway");
        Assert.DoesNotContain(result.Processes, p => norway is not null && p.Mediators.Contains(norway));
    }
}
