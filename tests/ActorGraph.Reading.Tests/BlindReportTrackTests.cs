using ActorGraph.Core.Model;

namespace ActorGraph.Reading.Tests;

/// <summary>Second round on the blind reports 77-81 (fourteenth session, reports): a cue with no pair of its own ("The talks were
/// led by X") continues the track named one or two sentences before, not the report's main pair; a mediating act in a relative
/// clause ("NAME, who has been shuttling between the two leaders") or by a representative ("The Facilitator's envoy, NAME,
/// chaired the working sessions between the two delegations"). Sentences and names written for these tests.</summary>
public class BlindReportTrackTests
{
    private static string Id(ActorGraph.Reading.Facts.ReadingResult result, string name) => result.Actors.Single(a => a.Name == name).Id;

    private static bool Mediates(ActorGraph.Reading.Facts.ReadingResult result, string source, string target) =>
        result.Relations.Any(r => r.Kind == RelationVocabulary.Mediates && r.Source == Id(result, source) && r.Target == Id(result, target));

    private const string EarlierTrack =
        "Eritrea and Ethiopia fought a border war from 1998 to 2000. Eritrea and Ethiopia signed a ceasefire in June 2000. Algeria mediated between Eritrea and Ethiopia in 2000.\n\n";

    [Fact]
    public void A_cue_without_a_pair_continues_the_track_of_the_sentence_before()
    {
        var result = ReportReader.ReadText(EarlierTrack
            + "In March 2004 Kenya began to mediate between Sudan and Uganda. The talks were led by General Lazaro Mwangi, Kenya's special envoy.");
        Assert.True(Mediates(result, "Kenya", "Sudan"));
        Assert.True(Mediates(result, "Kenya", "Uganda"));
        Assert.False(Mediates(result, "Kenya", "Eritrea"));
        Assert.False(Mediates(result, "Kenya", "Ethiopia"));
    }

    [Fact]
    public void A_cue_in_another_paragraph_does_not_take_the_earlier_track()
    {
        var result = ReportReader.ReadText(EarlierTrack
            + "In March 2004 Kenya began to mediate between Sudan and Uganda.\n\nThe talks in Asmara were later led by General Lazaro Mwangi of Nigeria.");
        Assert.False(result.Actors.Any(a => a.Name == "Nigeria") && Mediates(result, "Nigeria", "Sudan"));
    }

    [Fact]
    public void A_head_of_state_shuttling_in_a_relative_clause_mediates_beside_his_state()
    {
        var result = ReportReader.ReadText("Niger and Burkina Faso agreed on Friday to let Senegal mediate their border dispute. "
            + "The presidents of Niger and Burkina Faso signed the accord in Dakar in the presence of the President of Senegal, Moussa Diallo, who has been shuttling between the two leaders since May.");
        Assert.True(Mediates(result, "Moussa Diallo", "Niger"));
        Assert.True(Mediates(result, "Moussa Diallo", "Burkina Faso"));
        Assert.True(Mediates(result, "Senegal", "Niger"));
        Assert.Single(result.Processes);
    }

    [Fact]
    public void A_representative_chairing_the_sessions_between_the_delegations_mediates()
    {
        var result = ReportReader.ReadText("Direct talks between Sudan and South Sudan opened in Addis Ababa on Monday under the facilitation of Ethiopia. "
            + "The Facilitator's envoy, Ambassador Tesfaye Girma, chaired the working sessions between the two delegations.");
        Assert.True(Mediates(result, "Tesfaye Girma", "Sudan"));
        Assert.True(Mediates(result, "Tesfaye Girma", "South Sudan"));
        Assert.DoesNotContain(result.Relations, r => r.Kind == RelationVocabulary.Mediates && r.Target == Id(result, "Ethiopia"));
    }

    [Theory]
    [InlineData("Minister Tesfaye Girma chaired the donors' meeting in Addis Ababa on Monday.")]
    [InlineData("Minister Tesfaye Girma, who has been travelling between Addis Ababa and Nairobi, opened the trade fair.")]
    public void Chairing_a_meeting_of_no_sides_or_travelling_is_no_mediation(string sentence)
    {
        var result = ReportReader.ReadText(sentence);
        Assert.DoesNotContain(result.Relations, r => r.Kind == RelationVocabulary.Mediates);
    }
}
