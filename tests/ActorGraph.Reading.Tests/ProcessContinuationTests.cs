using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>A new mediator keeps a second process (issue 14; the continuation rule itself is held by 62's floor in
/// OwnReportScoreTests). Texts written for the test.</summary>
public class ProcessContinuationTests
{
    private static ReadingResult Read(string text) => ReportReader.ReadText(text);

    private const string Opening = "March 2004: The East African Community (EAC) takes up the mediation between the Government of Uganda and the Lord's Resistance Army (LRA).\n\n";

    [Fact]
    public void A_new_mediator_keeps_a_second_process()
    {
        var result = Read(Opening + "June 2004: Deputy Prime Minister Moses Ali and LRA commander Vincent Otti meet in Gulu; the mediator of the Sant'Egidio Community, Mario Giro, chairs their sessions.");
        Assert.True(result.Processes.Count >= 1);
        Assert.DoesNotContain(result.Processes, p => p.Mediators.Contains("Mario Giro") && p.Parties.Contains("uga-gov"));
    }
}
