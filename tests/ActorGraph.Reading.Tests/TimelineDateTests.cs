using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>A timeline entry's date (issue 14, process roles, `TimelineDates`): a paragraph headed "- 30 October:" is told of that
/// day, so a broker named in it without a date of his own is dated, and a new broker months after the first mediation opens a
/// second process of the pair. Texts written for the test, with a counter-example.</summary>
public class TimelineDateTests
{
    private static ReadingResult Read(string text) => ReportReader.ReadText("# date: 2011-11-20\n" + text);

    private const string Opened = "President Luiz Silva of Brazil opens mediation talks between Peru and Ecuador in Brasilia.\n\n";

    private const string Accord = "Negotiators for the two sides met in Lima. Chile helped broker an accord together with the OAS.";

    [Fact]
    public void A_broker_in_a_dated_entry_months_later_opens_a_second_process()
    {
        var result = Read("- 9 July: " + Opened + "- 30 October: " + Accord);
        Assert.Equal(2, result.Processes.Count);
        Assert.Equal(["bra"], result.Processes[0].Mediators);
        Assert.Equal(["chl", "oas"], result.Processes[1].Mediators.Order());
    }

    [Fact]
    public void Without_entry_headings_the_broker_joins_the_first_process()
    {
        var process = Assert.Single(Read(Opened + Accord).Processes);
        Assert.Equal(["bra", "chl", "oas"], process.Mediators.Order());
    }
}
