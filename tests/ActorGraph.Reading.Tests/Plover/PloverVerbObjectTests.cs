namespace ActorGraph.Reading.Tests;

/// <summary>The eighth round's PLOVER rules, each on sentences of our own that are not in own-sentences.tsv: verb-and-object
/// phrases that outrank a verb's or a later noun's default (CAMEO 05, 07, 08, 11, 15, 17, 19), actors read around the main
/// verb when no trigger is known, the subject of a "that" complement, lower-case phrases cut at their person noun, the
/// actor after "against" replacing a place or go-between, and no town as the target of a protest or a retreat.</summary>
public class PloverVerbObjectTests
{
    [Theory]
    [InlineData("Israel moved tanks and infantry to its frontier with Lebanon on Friday.", "MOBILIZE", "Israel", "Lebanon")]
    [InlineData("Japan released $500 million in emergency aid for Turkey.", "AID", "Japan", "Turkey")]
    [InlineData("Qatar transferred $30 million to the Lebanese army to pay its soldiers.", "AID", "Qatar", "Lebanese army")]
    [InlineData("Jordan has taken in more than a million refugees from Syria.", "AID", "Jordan", "million refugees")]
    [InlineData("The government withdrew the draft media law after protests by journalists.", "CONCEDE", "government", "")]
    [InlineData("Indonesia scrapped its export bans on nickel to Japan.", "CONCEDE", "Indonesia", "Japan")]
    [InlineData("Militants handed back the remains of two hostages to the Red Cross.", "CONCEDE", "Militants", "hostages")]
    [InlineData("The Arab League threw its full weight behind the Palestinian Authority.", "SUPPORT", "Arab League", "Palestinian Authority")]
    [InlineData("Turkey sided with Azerbaijan in the dispute over the enclave.", "SUPPORT", "Turkey", "Azerbaijan")]
    [InlineData("Britain reaffirmed its commitment to the security of the Baltic states.", "SUPPORT", "Britain", "Baltic states")]
    [InlineData("Morocco restored diplomatic relations with Iran after a decade.", "SUPPORT", "Morocco", "Iran")]
    [InlineData("Washington voiced alarm at Beijing's crackdown on activists in Hong Kong.", "DISAPPROVE", "Washington", "Beijing's crackdown")]
    [InlineData("Ukraine filed a lawsuit against Russia at the World Court.", "DISAPPROVE", "Ukraine", "Russia")]
    [InlineData("Egypt objected to Ethiopia's filling of the dam.", "DISAPPROVE", "Egypt", "Ethiopia's filling")]
    [InlineData("Prosecutors charged five opposition leaders with sedition.", "COERCE", "Prosecutors", "opposition leaders")]
    [InlineData("Russian missiles struck power plants across Ukraine overnight.", "FIGHT", "Russian missiles", "Ukraine")]
    public void A_verb_and_its_object_give_the_category(string sentence, string category, string source, string target) =>
        PloverAssert.Coded(sentence, category, source, target);

    /// <summary>Phrases added after the second blind batch (CAMEO 051 praise, 071/073 money granted and food rushed, 075
    /// residence, 081 yield to pressure, 154 forces heading toward, 17 coercion of media and communications) and a raid by police or agents read as coercion, not combat.</summary>
    [Theory]
    [InlineData("Security agents raided the office of a human rights lawyer in Baku.", "COERCE", "Security agents", "human rights lawyer")]
    [InlineData("Tanzanian troops raided rebel camps in the hills near Goma.", "FIGHT", "Tanzanian troops", "Goma")]
    [InlineData("Belarus stripped three exiled journalists of their citizenship.", "COERCE", "Belarus", "exiled journalists")]
    [InlineData("The authorities shut down mobile networks in the province before the vote.", "COERCE", "authorities", "")]
    [InlineData("The regime shut the offices of two independent newspapers in Harare.", "COERCE", "regime", "Harare")]
    [InlineData("Aid agencies trucked flour and medicines into eastern Aleppo.", "AID", "Aid agencies", "eastern Aleppo")]
    [InlineData("Germany sent two field hospitals to the earthquake zone in Turkey.", "AID", "Germany", "Turkey")]
    [InlineData("Spain granted refugee status to 300 Afghan interpreters.", "AID", "Spain", "Afghan interpreters")]
    [InlineData("The prime minister bowed to pressure from the unions and scrapped the pension reform.", "CONCEDE", "prime minister", "unions")]
    [InlineData("The Secretary-General applauded Colombia's efforts to end the conflict.", "SUPPORT", "Secretary-General", "Colombia's efforts")]
    [InlineData("The Gulf states granted $2 billion to Egypt to shore up its currency.", "AID", "Gulf states", "Egypt")]
    [InlineData("Sweden rushed 40 tonnes of food to the flood zone in Pakistan.", "AID", "Sweden", "Pakistan")]
    [InlineData("Russian tanks rolled toward the Georgian capital on Saturday.", "MOBILIZE", "Russian tanks", "Georgian capital")]
    [InlineData("Serbian troops headed towards the boundary with Kosovo.", "MOBILIZE", "Serbian troops", "Kosovo")]
    public void Second_batch_phrases_give_the_category(string sentence, string category, string source, string target) =>
        PloverAssert.Coded(sentence, category, source, target);

    [Fact]
    public void Actors_are_read_around_the_main_verb_when_no_trigger_is_known() =>
        PloverAssert.Coded("The Bolivian navy escorted a Chilean freighter through the canal.", null, "Bolivian navy", "Chilean freighter");

    [Theory]
    [InlineData("Rights groups alleged that the army had tortured detainees in Darfur.", "DISAPPROVE", "Rights groups", "army")]
    [InlineData("The minister warned that police will break up any rally.", "THREATEN", "minister", "")]
    public void The_subject_of_a_that_complement_is_the_target_unless_a_modal_follows(string sentence, string category, string source, string target) =>
        PloverAssert.Coded(sentence, category, source, target);

    [Theory]
    [InlineData("A court banned the main opposition party ahead of the poll.", "COERCE", "court", "main opposition party")]
    [InlineData("Serbia lodged an official protest with Albania over the incident.", "DISAPPROVE", "Serbia", "Albania")]
    public void A_lower_case_phrase_ends_at_its_person_noun_unless_that_noun_modifies_the_next(string sentence, string category, string source, string target) =>
        PloverAssert.Coded(sentence, category, source, target);

    [Theory]
    [InlineData("Iran lodged a complaint with the Security Council against Israel.", "DISAPPROVE", "Iran", "Israel")]
    [InlineData("Students staged a sit-in outside the parliament against the government.", "PROTEST", "Students", "government")]
    [InlineData("The United States demanded that Hamas renounce its armed struggle against Israel.", "DEMAND", "United States", "Hamas")]
    public void The_actor_after_against_replaces_a_place_or_go_between_but_not_an_object(string sentence, string category, string source, string target) =>
        PloverAssert.Coded(sentence, category, source, target);

    [Theory]
    [InlineData("Hundreds of students marched through central Dhaka on Friday.", "PROTEST", "students", "")]
    [InlineData("Farmers rallied in the city of Lyon in protest at the new tax.", "PROTEST", "Farmers", "")]
    [InlineData("Ethnic Albanians demonstrated in Serbia over the arrests.", "PROTEST", "Ethnic Albanians", "Serbia")]
    [InlineData("The rebels surrendered in the town of Kindu after the offensive.", "RETREAT", "rebels", "")]
    public void A_protest_or_retreat_is_not_aimed_at_the_town_it_happens_in_but_at_a_state_named_there(string sentence, string category, string source, string target) =>
        PloverAssert.Coded(sentence, category, source, target);
}
