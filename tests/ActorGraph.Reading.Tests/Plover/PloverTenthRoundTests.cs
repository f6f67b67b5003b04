namespace ActorGraph.Reading.Tests;

/// <summary>The tenth round's PLOVER rules, each on sentences of our own that are not in own-sentences.tsv: a body's name
/// going on through "of the" and "for the", the agent of a passive (also after "sentenced to ... by" and a doer noun after
/// "by"), forces moved without a named agent read as active, a threat aimed at who must meet its condition, a complaint to
/// an international body aimed at whom it is about, the party after "with" rather than the place before it, and verb-and-object phrases of the weak categories (CAMEO 05, 08, 11,
/// 113, 15, 16, 17, 18, 19).</summary>
public class PloverTenthRoundTests
{
    [Theory]
    [InlineData("Delegates of the Union of Comoros agreed to resume the talks.", "AGREE", "Delegates of the Union of Comoros", "")]
    [InlineData("Members of the Association of Southeast Asian Nations criticised the coup.", "DISAPPROVE", "Members of the Association of Southeast Asian Nations", "")]
    [InlineData("The army detained 30 members of the Movement for Democratic Change in Harare.", "COERCE", "army", "members of the Movement for Democratic Change")]
    [InlineData("The rebels freed two leaders of the Party for the Liberation of the Hutu People.", "CONCEDE", "rebels", "leaders of the Party for the Liberation of the Hutu People")]
    [InlineData("Senior officials of the banned Democratic Party were arrested on Monday.", "COERCE", "", "Senior officials of the banned Democratic Party")]
    public void A_name_goes_on_through_of_the_and_for_the(string sentence, string category, string source, string target) =>
        PloverAssert.Coded(sentence, category, source, target);

    [Theory]
    [InlineData("A prominent judge was sentenced to six years by a tribunal in Minsk.", "COERCE", "tribunal", "prominent judge")]
    [InlineData("Two aid workers were kidnapped by masked gunmen near Gao.", "ASSAULT", "masked gunmen", "aid workers")]
    [InlineData("Thousands of Turkish soldiers were deployed along the border with Iraq.", "MOBILIZE", "Turkish soldiers", "Iraq")]
    [InlineData("Government forces were withdrawn from the outskirts of Goma.", "RETREAT", "Government forces", "outskirts of Goma")]
    public void A_passive_takes_its_agent_and_forces_moved_without_one_are_their_own_act(string sentence, string category, string source, string target) =>
        PloverAssert.Coded(sentence, category, source, target);

    [Theory]
    [InlineData("Kenya will withdraw its troops from Somalia unless it receives more funding.", "THREATEN", "Kenya", "Somalia")]
    [InlineData("Kenya will withdraw its troops from Somalia if the African Union asks.", "AGREE", "Kenya", "Somalia")]
    [InlineData("The union threatened to call a national strike unless the government raised wages.", "THREATEN", "union", "government")]
    [InlineData("The militia vowed to strike Tripoli if the talks failed.", "THREATEN", "militia", "Tripoli")]
    [InlineData("Dock workers went on strike in Mombasa over pay.", "PROTEST", "Dock workers", "")]
    public void A_threat_is_aimed_at_who_must_meet_its_condition(string sentence, string category, string source, string target) =>
        PloverAssert.Coded(sentence, category, source, target);

    [Theory]
    [InlineData("Hamas fighters clashed in Rafah with Israeli troops on Monday.", "FIGHT", "Hamas fighters", "Israeli troops")]
    [InlineData("The envoy met in Geneva on Friday with the Syrian opposition.", "CONSULT", "envoy", "Syrian opposition")]
    [InlineData("Sudan signed a deal in Juba with the rebels.", "SUPPORT", "Sudan", "rebels")]
    public void The_party_after_with_replaces_the_place_before_it(string sentence, string category, string source, string target) =>
        PloverAssert.Coded(sentence, category, source, target);

    [Theory]
    [InlineData("Syria complained to the United Nations about Israeli air strikes near Damascus.", "DISAPPROVE", "Syria", "Israeli air strikes")]
    [InlineData("Pakistan lodged a protest with India over the firing along the Line of Control.", "DISAPPROVE", "Pakistan", "India")]
    public void A_complaint_to_an_international_body_is_aimed_at_whom_it_is_about(string sentence, string category, string source, string target) =>
        PloverAssert.Coded(sentence, category, source, target);

    [Theory]
    [InlineData("Russia massed warships off the coast of Georgia.", "MOBILIZE", "Russia", "coast of Georgia")]
    [InlineData("Egypt bolstered its forces along the border with Libya.", "MOBILIZE", "Egypt", "Libya")]
    [InlineData("The army put its air defence units on high alert near the border with Syria.", "MOBILIZE", "army", "Syria")]
    [InlineData("India ordered two more brigades to the frontier with China.", "MOBILIZE", "India", "China")]
    [InlineData("Ukraine's parliament cancelled restrictions on foreign broadcasters.", "CONCEDE", "Ukraine's parliament", "")]
    [InlineData("The government accepted the demands of the striking doctors.", "CONCEDE", "government", "striking doctors")]
    [InlineData("The ministry gave in to the strikers' demands for higher pay.", "CONCEDE", "ministry", "strikers")]
    [InlineData("Georgia returned the seized fishing boats to Turkey.", "CONCEDE", "Georgia", "Turkey")]
    [InlineData("France stood by Morocco in its dispute with Algeria.", "SUPPORT", "France", "Morocco")]
    [InlineData("Egypt and Turkey upgraded their diplomatic ties to the level of ambassadors.", "SUPPORT", "Egypt and Turkey", "")]
    [InlineData("The Pope called for sanctions against the junta in Myanmar.", "DISAPPROVE", "Pope", "junta")]
    [InlineData("Police broke up a rally of opposition supporters in Lagos.", "COERCE", "Police", "opposition supporters")]
    [InlineData("Hackers tried to hack into the computers of the Finnish parliament.", "COERCE", "Hackers", "Finnish parliament")]
    [InlineData("The United States suspended part of its security assistance to Niger.", "SANCTION", "United States", "Niger")]
    [InlineData("Soldiers beat up two reporters at a checkpoint near Kisangani.", "ASSAULT", "Soldiers", "reporters")]
    [InlineData("Russian aircraft killed 12 civilians in a strike on a market in Idlib.", "FIGHT", "Russian aircraft", "civilians")]
    public void A_verb_and_its_object_give_the_weak_categories(string sentence, string category, string source, string target) =>
        PloverAssert.Coded(sentence, category, source, target);
}
