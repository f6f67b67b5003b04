using ActorGraph.Core.Model;
using ActorGraph.Reading.Text;

namespace ActorGraph.Reading.Tests;

/// <summary>The sixth round's general rules, each on sentences written for the test (not taken from any report).</summary>
public class SixthRoundPatternTests
{
    [Fact]
    public void A_meeting_that_brought_together_two_delegations_is_a_meeting_of_their_sides()
    {
        var result = ReportReader.ReadText("The session was chaired by H.E. Mark Tumbo, Minister of Foreign Affairs of the Republic of Kenya, and brought together the delegation of the Republic of Burundi, led by H.E. Albert Shingiro, Minister of Foreign Affairs, and the delegation of the Republic of Rwanda, led by H.E. Paul Mugenzi.");
        Assert.Contains(result.Relations, r => r.Kind == RelationVocabulary.Meets && new[] { r.Source, r.Target }.Order().SequenceEqual(["bdi", "rwa"]));
        Assert.DoesNotContain(result.Relations, r => r.Kind == RelationVocabulary.Meets && (r.Source == "ken" || r.Target == "ken"));
    }

    [Fact]
    public void The_parties_after_a_meeting_that_brought_two_sides_together_are_those_sides()
    {
        var result = ReportReader.ReadText("The forum brought together the Republic of Burundi and the Republic of Rwanda in Nairobi. The Parties agreed on a ceasefire.");
        Assert.Contains(result.Relations, r => r.Kind == RelationVocabulary.AgreesCeasefire && new[] { r.Source, r.Target }.Order().SequenceEqual(["bdi", "rwa"]));
    }

    [Fact]
    public void Three_sides_brought_together_make_no_pair()
    {
        var result = ReportReader.ReadText("The conference brought together Burundi, Rwanda and Uganda in Nairobi.");
        Assert.DoesNotContain(result.Relations, r => r.Kind == RelationVocabulary.Meets);
    }

    [Theory]
    [InlineData("The talks were opened by H.E. Amina Farah, Minister of Foreign Affairs. The delegates then met.", 2)]
    [InlineData("The prize went to H.H. Sheikh Ali bin Saad. He thanked the jury.", 2)]
    [InlineData("The session ended at noon. H.E. Amina Farah left for Nairobi.", 2)]
    public void An_honorific_abbreviation_does_not_end_a_sentence(string paragraph, int sentences)
        => Assert.Equal(sentences, SentenceSplitter.Split(paragraph).Count());

    [Fact]
    public void A_one_word_rank_between_two_name_words_is_part_of_the_name()
    {
        var result = ReportReader.ReadText("The talks were opened by H.E. Yusuf Sheikh Abdullahi, President of the Federal Republic of Somalia, on Monday.");
        var person = result.Actors.Single(a => a.Kind == ActorKind.Person);
        Assert.Equal("Yusuf Sheikh Abdullahi", person.Name);
        Assert.Contains(result.Relations, r => r.Source == person.Id && r.Target == "som" && r.Kind == RelationVocabulary.Leads);
    }

    [Fact]
    public void The_state_a_mediator_serves_is_not_a_party()
    {
        var result = ReportReader.ReadText("Burundi and Rwanda held a first round of talks in March. A second round was held in Nairobi in April under the facilitation of H.E. Mark Tumbo, Minister of Foreign Affairs of the Republic of Kenya.");
        var process = Assert.Single(result.Processes);
        Assert.DoesNotContain("ken", process.Parties);
        Assert.Equal(["bdi", "rwa"], process.Parties.Order());
    }

    [Fact]
    public void His_excellency_after_a_named_person_is_an_honorific_not_a_pronoun()
    {
        var result = ReportReader.ReadText("The forum was opened by Amina Farah, Minister of Foreign Affairs of Somalia, at the invitation of His Excellency Mark Tumbo Okello, President of the Republic of Kenya.");
        Assert.Contains(result.Actors, a => a.Name == "Mark Tumbo Okello");
        Assert.DoesNotContain(result.Actors, a => a.Name.Contains("Excellency", StringComparison.Ordinal));
    }
}
