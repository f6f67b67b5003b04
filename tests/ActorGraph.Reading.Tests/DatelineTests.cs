namespace ActorGraph.Reading.Tests;

/// <summary>The publication date from a dateline or byline at the top of a plain report, never from the story.</summary>
public class DatelineTests
{
    private const string Body = "Serbia and Kosovo agreed on Tuesday to restore direct flights, in a deal brokered by Norway after long talks in Oslo.";

    [Theory]
    [InlineData("Serbia and Kosovo restore flights\n\nPublished 10 March 2023\n\n" + Body, "2023-03-10")]
    [InlineData("Serbia and Kosovo restore flights\nBy A. Writer | March 9, 2023\n\n" + Body, "2023-03-09")]
    [InlineData("Serbia and Kosovo restore flights\n8 March 2023 | Balkans desk\n\n" + Body, "2023-03-08")]
    [InlineData("Serbia and Kosovo restore flights\nUpdated: 2023-03-07\n\n" + Body, "2023-03-07")]
    [InlineData("Serbia and Kosovo restore flights (2023)\n\nBELGRADE, March 6 (Reuters) - " + Body, "2023-03-06")]
    public void A_dateline_near_the_top_dates_the_report(string text, string expected)
    {
        var result = ReportReader.ReadText(text);
        Assert.Equal(expected, result.Report.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotNull(result.Report.DateFrom);
    }

    [Fact]
    public void A_wire_dateline_without_a_year_leaves_the_report_undated()
    {
        Assert.Null(ReportReader.ReadText("Serbia and Kosovo restore flights\n\nBELGRADE, March 6 (Reuters) - " + Body).Report.Date);
    }

    [Fact]
    public void A_date_inside_the_story_is_not_the_publication_date()
    {
        var text = "Serbia and Kosovo restore flights\n\n" + Body + "\n\nThe first flight is due on 10 April 2023, officials said.";
        Assert.Null(ReportReader.ReadText(text).Report.Date);
    }

    [Fact]
    public void A_date_header_wins_over_a_dateline()
    {
        var result = ReportReader.ReadText("# date: 2023-03-11\nSerbia and Kosovo restore flights\n\nPublished 10 March 2023\n\n" + Body);
        Assert.Equal(new DateOnly(2023, 3, 11), result.Report.Date);
        Assert.Equal("the `# date:` header", result.Report.DateFrom);
    }
}
