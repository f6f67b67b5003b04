using ActorGraph.Core.Model;
using ActorGraph.Reading.Facts;
using ActorGraph.Reading.Input;

namespace ActorGraph.Reading.Tests;

/// <summary>Deals the text announces (agreed, signed, reached) close the process as agreed; hoped deals do not.</summary>
public class DealTests
{
    private static readonly DateOnly Published = new(2024, 5, 3);

    private static ReadingResult ReadDeal(string text) => ReportReader.ReadText(text, options: new ReadingOptions { Date = Published });

    [Fact]
    public void Two_states_that_agreed_to_restore_relations_in_a_brokered_deal_are_agreed_and_cooperate()
    {
        var result = ReadDeal(
            "Qatar hosted four days of talks in Doha.\n\n" +
            "Serbia and Kosovo agreed on Tuesday to restore direct flights and reopen border crossings, in a deal brokered by Norway.\n\n" +
            "Officials from both sides said more talks would follow.");
        var process = Assert.Single(result.Processes);
        Assert.Equal(ProcessStatus.Agreed, process.Status);
        Assert.Contains("nor", process.Mediators);
        Assert.Contains(process.Evidence, e => e.Paragraph == 2);
        var deal = Assert.Single(result.Relations, r => r.Kind == RelationVocabulary.Cooperates);
        Assert.Equal(2, deal.Where.Paragraph);
        Assert.Equal(Modality.Reported, deal.Modality);
    }

    [Fact]
    public void A_signed_agreement_between_two_parties_is_agreed()
    {
        var result = ReadDeal("Sudan and Ethiopia signed an agreement on the border dispute in Cairo after talks mediated by Egypt.");
        Assert.Equal(ProcessStatus.Agreed, Assert.Single(result.Processes).Status);
    }

    [Theory]
    [InlineData("Norway is working to broker a deal under which Serbia and Kosovo would agree to restore direct flights.")]
    [InlineData("In talks mediated by Norway, Serbia and Kosovo aim to agree to restore direct flights by June.")]
    public void A_hoped_deal_stays_open(string text)
    {
        var result = ReadDeal(text);
        Assert.All(result.Processes, p => Assert.NotEqual(ProcessStatus.Agreed, p.Status));
        Assert.DoesNotContain(result.Relations, r => r.Kind == RelationVocabulary.Cooperates && r.Modality == Modality.Reported);
    }

    [Fact]
    public void Agreeing_to_hold_talks_is_not_a_deal()
    {
        var result = ReadDeal("Serbia and Kosovo agreed to begin negotiations on flights in Oslo under Norwegian mediation.");
        Assert.DoesNotContain(result.Relations, r => r.Kind == RelationVocabulary.Cooperates);
    }

    [Theory]
    [InlineData("the two rivals")]
    [InlineData("the two Balkan neighbours")]
    [InlineData("both countries")]
    public void The_two_rivals_are_the_parties_of_the_deal(string phrase)
    {
        var result = ReadDeal(
            "Serbia and Kosovo agreed on Tuesday to restore direct flights, in a deal brokered by Norway.\n\n" +
            $"Austria had hosted earlier rounds of talks between {phrase} in 2021.");
        Assert.Contains(result.Relations, r => r.Kind == RelationVocabulary.Negotiates && r.Where.Paragraph == 2
            && new[] { r.Source, r.Target }.Order().SequenceEqual(["srb", "xkx"]));
    }
}
