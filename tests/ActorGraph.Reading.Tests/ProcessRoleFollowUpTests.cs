using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>The process roles follow-up (tenth session): lists of mediators that hold a bracketed acronym, and the
/// Commonwealth as an international body; on sentences written for the test (not taken from any report).</summary>
public class ProcessRoleFollowUpTests
{
    private static ReadingResult Read(string text) => ReportReader.ReadText(text);

    private static ProposedProcess Single(ReadingResult result) => Assert.Single(result.Processes);

    [Fact]
    public void A_bracketed_acronym_inside_a_list_of_mediators_does_not_end_the_list()
    {
        var result = Read("The talks between the Government of Chad and the Union of Resistance Forces were supported by a team of mediators "
            + "from the African Union (AU), the European Union and the Commonwealth.");
        var process = Single(result);
        Assert.Contains("eec", process.Mediators);
        Assert.Contains(process.Mediators, m => m == "cwn");
    }

    [Fact]
    public void A_bracketed_aside_of_more_than_one_word_still_ends_the_list()
    {
        var result = Read("The talks between the Government of Chad and the Union of Resistance Forces were supported by a team of mediators "
            + "from the African Union (then chaired by Benin) and later Norway.");
        var process = Single(result);
        Assert.DoesNotContain("nor", process.Mediators);
    }

    [Fact]
    public void The_Commonwealth_alone_is_the_international_body()
    {
        var result = Read("The Commonwealth mediated between the Government of Chad and the Union of Resistance Forces.");
        var process = Single(result);
        Assert.Single(process.Mediators);
        Assert.DoesNotContain("cwn", process.Parties);
        Assert.Equal(["cwn"], process.Mediators);
    }
}
