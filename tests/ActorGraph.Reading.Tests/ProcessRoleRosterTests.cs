using ActorGraph.Core.Model;
using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>Parties of multi-party talks read from who took part in, joined or left them (issue 14, the thirteenth session's
/// roles round in docs/reading.md). Every sentence is written for the test (Darfur's Doha talks, not report 67), with
/// counter-examples: a state that joins as a guarantor, a party that joins before the process is read.</summary>
public class ProcessRoleRosterTests
{
    private const string Doha = "Qatar mediated talks between the government of Sudan and the Justice and Equality Movement (JEM) in Doha in 2009. ";

    private static ReadingResult Read(string text) => ReportReader.ReadText(text);

    private static string Id(ReadingResult result, string name) => Assert.Single(result.Actors, a => a.Name == name).Id;

    [Fact]
    public void Sides_that_took_part_among_others_are_parties_and_the_mediator_mediates_them()
    {
        var result = Read(Doha + "Several armed movements took part, among them the Liberation and Justice Movement (LJM) and the Sudan Liberation Army (SLA).");
        var process = Assert.Single(result.Processes);
        var ljm = Id(result, "Liberation and Justice Movement");
        Assert.Contains(ljm, process.Parties);
        Assert.Contains(Id(result, "Sudan Liberation Army"), process.Parties);
        Assert.Equal(["qat"], process.Mediators);
        Assert.Contains(result.Relations, r => r.Source == "qat" && r.Target == ljm && r.Kind == RelationVocabulary.Mediates);
    }

    [Fact]
    public void A_side_that_joined_the_talks_is_a_party_and_those_that_left_are_not_added()
    {
        var result = Read(Doha + "The Liberation and Justice Movement (LJM) joined the talks in March 2010, and the Sudan Liberation Army (SLA) left them in protest.");
        var process = Assert.Single(result.Processes);
        Assert.Contains(Id(result, "Liberation and Justice Movement"), process.Parties);
        Assert.DoesNotContain(Id(result, "Sudan Liberation Army"), process.Parties);
    }

    [Fact]
    public void A_side_that_took_part_and_then_walked_out_is_no_party()
    {
        var result = Read(Doha + "Several movements took part, among them the Liberation and Justice Movement (LJM) and the Sudan Liberation Army (SLA). "
            + "In May the Sudan Liberation Army walked out of the talks.");
        var process = Assert.Single(result.Processes);
        Assert.Contains(Id(result, "Liberation and Justice Movement"), process.Parties);
        Assert.DoesNotContain(Id(result, "Sudan Liberation Army"), process.Parties);
    }

    [Fact]
    public void It_joined_the_talks_is_the_subject_of_the_sentence_before()
    {
        var result = Read(Doha + "The Sudan Liberation Army (SLA) held a rally in Nyala. It joined the talks in March 2010.");
        Assert.Contains(Id(result, "Sudan Liberation Army"), Assert.Single(result.Processes).Parties);
    }

    [Fact]
    public void A_state_that_joined_the_talks_as_a_guarantor_is_no_party()
    {
        var result = Read(Doha + "Chad joined the talks as a guarantor in March 2010.");
        Assert.DoesNotContain("tcd", Assert.Single(result.Processes).Parties);
    }

    [Fact]
    public void A_side_that_joined_talks_before_the_process_was_read_is_not_added()
    {
        var result = Read("The Liberation and Justice Movement (LJM) joined the talks in March 2008. " + Doha);
        Assert.DoesNotContain(Id(result, "Liberation and Justice Movement"), Assert.Single(result.Processes).Parties);
    }
}
