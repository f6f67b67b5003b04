using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>A dated ceasefire a pair concluded under a new mediator is a process of its own beside the pair's earlier, undated
/// talks (sixteenth session, `roles`; docs/reading.md, "A ceasefire of its own"). Every sentence is written for the test, on
/// other conflicts than the reports', with counter-examples: the same mediator, no date, no ceasefire.</summary>
public class SeparateCeasefireTests
{
    // Undated talks with one mediator: no distance in time can set a later cue apart from them.
    private const string Talks = "Norway facilitated talks between Sudan and South Sudan in Oslo. ";

    private static ReadingResult Read(string text) => ReportReader.ReadText(text);

    [Fact]
    public void A_dated_ceasefire_brokered_by_a_new_mediator_is_a_second_process()
    {
        var result = Read(Talks + "On 27 September 2012 Sudan and South Sudan signed a ceasefire in Addis Ababa brokered by Ethiopia.");
        Assert.Equal(2, result.Processes.Count);
        Assert.Equal(["nor"], result.Processes[0].Mediators);
        Assert.Equal(["eth"], result.Processes[1].Mediators);
        Assert.Equal(["sdn", "ssd"], result.Processes[1].Parties.Order());
    }

    [Fact]
    public void A_truce_agreed_under_the_auspices_of_a_new_mediator_is_a_second_process_too()
    {
        var result = Read(Talks + "The truce of 4 March 2013, which Sudan and South Sudan agreed in Juba under the auspices of Kenya, held for a year.");
        Assert.Equal(2, result.Processes.Count);
        Assert.Equal(["ken"], result.Processes[1].Mediators);
    }

    [Fact]
    public void A_ceasefire_brokered_by_the_same_mediator_stays_in_the_talks()
    {
        var result = Read(Talks + "On 27 September 2012 Sudan and South Sudan signed a ceasefire in Addis Ababa brokered by Norway.");
        Assert.Equal(["nor"], Assert.Single(result.Processes).Mediators);
    }

    [Fact]
    public void An_undated_ceasefire_stays_in_the_talks()
    {
        var result = Read(Talks + "Sudan and South Sudan signed a ceasefire in Addis Ababa brokered by Ethiopia.");
        Assert.Equal(["eth", "nor"], Assert.Single(result.Processes).Mediators.Order());
    }

    [Fact]
    public void Dated_talks_without_a_ceasefire_stay_one_process()
    {
        var result = Read(Talks + "On 27 September 2012 Sudan and South Sudan held talks in Addis Ababa facilitated by Ethiopia.");
        Assert.Equal(["eth", "nor"], Assert.Single(result.Processes).Mediators.Order());
    }
}
