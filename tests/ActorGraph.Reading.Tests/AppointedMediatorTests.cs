using ActorGraph.Core.Model;
using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>Mediators appointed by a regional body ("appointed NAME, President of X, as Mediator, to facilitate a dialogue between
/// A and B"; "designated A as Mediator and B as Co-Mediator"): the appointee mediates, not the state of his title (issue 14,
/// blind reports 117-126). Every text is written for the test, with invented dates; counter-examples included.</summary>
public class AppointedMediatorTests
{
    private static ReadingResult Read(string text) => ReportReader.ReadText(text);

    [Fact]
    public void The_appointee_mediates_not_the_state_of_his_title()
    {
        var result = Read("The Summit appointed H.E. Paul Kagame, President of the Republic of Rwanda, as Mediator, to facilitate an urgent dialogue between Sudan and South Sudan on the border.");
        var process = Assert.Single(result.Processes);
        Assert.Contains(process.Mediators, m => m.Contains("kagame", StringComparison.Ordinal));
        Assert.DoesNotContain("rwa", process.Mediators);
        Assert.Contains("sdn", process.Parties);
        Assert.Contains("ssd", process.Parties);
    }

    [Fact]
    public void An_appointee_as_chief_mediator_with_no_comma_is_read_the_same()
    {
        var result = Read("In March 2011 the Council designated H.E. Thabo Mbeki, former President of the Republic of South Africa, as Chief Mediator to facilitate talks between Sudan and South Sudan.");
        var process = Assert.Single(result.Processes);
        Assert.Contains(process.Mediators, m => m.Contains("mbeki", StringComparison.Ordinal));
        Assert.DoesNotContain("zaf", process.Mediators);
    }

    [Fact]
    public void A_mediator_and_a_co_mediator_both_mediate()
    {
        var result = Read("Talks between Sudan and South Sudan stalled in May 2012. The Authority designated President Thabo Mbeki as Mediator and President Pierre Buyoya as Co-Mediator.");
        var process = Assert.Single(result.Processes);
        Assert.Contains(process.Mediators, m => m.Contains("mbeki", StringComparison.Ordinal));
        Assert.Contains(process.Mediators, m => m.Contains("buyoya", StringComparison.Ordinal));
    }

    [Fact]
    public void A_minister_appointed_to_a_post_is_no_mediator()
    {
        var result = Read("President Salva Kiir appointed Kuol Manyang as Minister of Defence in South Sudan on 4 August 2013, to facilitate the reform of the army.");
        Assert.Empty(result.Processes);
        Assert.DoesNotContain(result.Relations, r => r.Kind == RelationVocabulary.Mediates);
    }

    [Fact]
    public void A_state_that_facilitates_talks_itself_stays_the_mediator()
    {
        var result = Read("Rwanda agreed to facilitate talks between Sudan and South Sudan in Kigali in June 2012.");
        var process = Assert.Single(result.Processes);
        Assert.Contains("rwa", process.Mediators);
    }
}
