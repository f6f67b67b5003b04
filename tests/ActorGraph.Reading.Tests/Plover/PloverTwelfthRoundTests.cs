namespace ActorGraph.Reading.Tests;

/// <summary>The twelfth round's PLOVER rules, each on sentences of our own that are not in own-sentences.tsv, with
/// counter-examples that must not move (docs/reading.md, "Twelfth round").</summary>
public class PloverTwelfthRoundTests
{
    /// <summary>A party named after the place or the thing an act is about ("as tensions with X rose", "to deter X", "war
    /// with X", "after talks with X") is the target; a direct object or a bare "to" before a thing keeps its reading.</summary>
    [Theory]
    [InlineData("Turkey moved tanks to its southern border as tensions with Syria grew.", "MOBILIZE", "Turkey", "Syria")]
    [InlineData("Japan sent a destroyer to the East China Sea to deter China.", "MOBILIZE", "Japan", "China")]
    [InlineData("Pakistan moved troops to Kashmir in a show of strength aimed at India.", "MOBILIZE", "Pakistan", "India")]
    [InlineData("Greece sent frigates to the Aegean as relations with Turkey soured.", "MOBILIZE", "Greece", "Turkey")]
    [InlineData("Iran threatened to widen its war with Israel.", "THREATEN", "Iran", "Israel")]
    [InlineData("The rebels called off their offensive after talks with the government in Nairobi.", "CONCEDE", "rebels", "government")]
    [InlineData("Egypt agreed to US mediation in talks with Ethiopia.", "AGREE", "Egypt", "US mediation")]
    [InlineData("Kenya deployed troops to the border with Somalia.", "MOBILIZE", "Kenya", "Somalia")]
    [InlineData("Qatar hosted talks between Hamas and Israel in Doha.", "CONSULT", "Qatar", "Hamas and Israel")]
    public void A_party_named_after_the_place_is_the_target(string sentence, string category, string source, string target) =>
        PloverAssert.Coded(sentence, category, source, target);

    /// <summary>A name's acronym or gloss in brackets is part of the subject; a bracket that opens in lower case or after a
    /// common noun is an aside and still ends it.</summary>
    [Theory]
    [InlineData("The National Liberation Front (FLN) rejected the proposal.", "REJECT", "National Liberation Front (FLN)", "")]
    [InlineData("The Kurdistan Workers' Party (PKK) declared a ceasefire on Friday.", "RETREAT", "Kurdistan Workers' Party (PKK)", "")]
    [InlineData("Leaders of the Azadliq (Freedom) opposition coalition agreed to postpone the march.", "AGREE", "Leaders of the Azadliq (Freedom) opposition coalition", "")]
    [InlineData("Hamas (the Islamic Resistance Movement) rejected the offer.", "REJECT", "Hamas", "")]
    [InlineData("The minister (left) met his Turkish counterpart.", "CONSULT", "minister", "Turkish counterpart")]
    [InlineData("The rebels (some 3,000 fighters) withdrew from Goma.", "RETREAT", "rebels", "Goma")]
    public void A_bracketed_acronym_or_gloss_belongs_to_the_name(string sentence, string category, string source, string target) =>
        PloverAssert.Coded(sentence, category, source, target);

    /// <summary>A trigger noun or purpose after the main verb's object, with no actor after it: the actor between the verb
    /// and the trigger is the target; a count after a name opens the second object ("the Gambia 20 million dollars"); a target after the trigger still wins.</summary>
    [Theory]
    [InlineData("The European Union gave Ivory Coast 5 million dollars of aid.", "AID", "European Union", "Ivory Coast")]
    [InlineData("The World Bank gave the Gambia 20 million dollars of aid for its roads.", "AID", "World Bank", "Gambia")]
    [InlineData("Sweden has sent experts to a camp in eastern Chad to investigate the deaths.", "INVESTIGATE", "Sweden", "eastern Chad")]
    [InlineData("The IAEA has dispatched inspectors to a plant in central Iran to monitor work.", "INVESTIGATE", "IAEA", "central Iran")]
    [InlineData("The Red Cross sent doctors to the border, where refugees awaited aid.", "AID", "Red Cross", "")]
    [InlineData("Japan sent 40 tonnes of food aid to Kenya.", "AID", "Japan", "Kenya")]
    public void A_target_between_the_main_verb_and_a_later_trigger(string sentence, string category, string source, string target) =>
        PloverAssert.Coded(sentence, category, source, target);

    /// <summary>A protest in a part of a state named by its direction is aimed at the state's name as written; a city there
    /// is not, and a ceasefire declared in a region has no target.</summary>
    [Theory]
    [InlineData("Prisoners rioted at a jail in northern Israel on Monday.", "PROTEST", "Prisoners", "northern Israel")]
    [InlineData("Kurds demonstrated in south-eastern Turkey.", "PROTEST", "Kurds", "south-eastern Turkey")]
    [InlineData("Students marched in northern Kaduna on Friday.", "PROTEST", "Students", "")]
    [InlineData("The militia declared a ceasefire on Sunday in south Lebanon.", "RETREAT", "militia", "")]
    public void A_protest_in_part_of_a_state_is_aimed_at_it(string sentence, string category, string source, string target) =>
        PloverAssert.Coded(sentence, category, source, target);

    /// <summary>The one acted on as subject, the doer after the act: a passive verb whose object is the trigger, "came under
    /// attack from", aid received from; an ordinary passive and an active sender keep their reading.</summary>
    [Theory]
    [InlineData("Border police came under heavy attack from rebels near Goma.", "FIGHT", "rebels", "Border police")]
    [InlineData("Afghan refugees were granted asylum by Canada last year.", "AID", "Canada", "Afghan refugees")]
    [InlineData("Egypt was given a loan by the IMF.", "AID", "IMF", "Egypt")]
    [InlineData("Kenya received 20 tonnes of food aid from Japan.", "AID", "Japan", "Kenya")]
    [InlineData("Moldova received a package of military equipment from Romania.", "AID", "Romania", "Moldova")]
    [InlineData("The Venezuelan foreign minister was received in Havana by Cuba's president.", "CONSULT", "Cuba's president", "Venezuelan foreign minister")]
    [InlineData("Two opposition leaders were questioned by prosecutors in Dhaka.", "INVESTIGATE", "prosecutors", "opposition leaders")]
    [InlineData("Pakistani troops were attacked by Taliban fighters near the border.", "FIGHT", "Taliban fighters", "Pakistani troops")]
    [InlineData("Egypt sent aid to Gaza by truck from Cairo.", "AID", "Egypt", "Gaza")]
    public void The_one_acted_on_as_subject_and_the_doer_after(string sentence, string category, string source, string target) =>
        PloverAssert.Coded(sentence, category, source, target);

    /// <summary>Verb-and-object phrases of the twelfth round (CAMEO 043, 090, 141, 0874, 150-151).</summary>
    [Theory]
    [InlineData("Greenpeace activists chained themselves to the railings of the Japanese embassy.", "PROTEST", "Greenpeace activists", "Japanese embassy")]
    [InlineData("The rebels abandoned their positions around Kidal overnight.", "RETREAT", "rebels", "Kidal")]
    [InlineData("China's navy fired rockets into the sea off Taiwan.", "MOBILIZE", "China's navy", "Taiwan")]
    [InlineData("Chad put its army on the highest level of alert after the raid.", "MOBILIZE", "Chad", "")]
    [InlineData("The army fired rockets into the town of Kidal.", "FIGHT", "army", "town of Kidal")]
    public void Verb_and_object_phrases_of_the_twelfth_round(string sentence, string category, string source, string target) =>
        PloverAssert.Coded(sentence, category, source, target);

    /// <summary>An attack on civilians without military means is an assault (CAMEO 18); on a base, a town, or with troops
    /// it stays combat.</summary>
    [Theory]
    [InlineData("Armed settlers attacked Bedouin herders near Hebron.", "ASSAULT", "Armed settlers", "Bedouin herders")]
    [InlineData("Gunmen opened fire on worshippers at a mosque in Kano, killing 12.", "ASSAULT", "Gunmen", "worshippers")]
    [InlineData("Rebels attacked an army base near Goma.", "FIGHT", "Rebels", "Goma")]
    [InlineData("Government troops attacked villagers suspected of aiding the rebels.", "FIGHT", "Government troops", "villagers")]
    [InlineData("Rebels attacked the town of Beni, where many refugees live.", "FIGHT", "Rebels", "town of Beni")]
    public void An_attack_on_civilians_is_an_assault(string sentence, string category, string source, string target) =>
        PloverAssert.Coded(sentence, category, source, target);

    /// <summary>Demands in other words (CAMEO 10): ordering someone to appear or testify, pressing or pressuring someone to
    /// act, pushing for; an appeal not to take a side stays a demand, while ordering an ambassador out or troops to a
    /// border keeps its own category.</summary>
    [Theory]
    [InlineData("A Kenyan court ordered the former governor Peter Kamau to appear for questioning.", "DEMAND", "Kenyan court", "former governor Peter Kamau")]
    [InlineData("The authorities have been pressuring teachers of the state schools to end the strike.", "DEMAND", "authorities", "teachers")]
    [InlineData("Spain is pushing hard for Morocco to reopen the border crossings.", "DEMAND", "Spain", "Morocco")]
    [InlineData("The minister urged Arab states not to recognise the new government.", "DEMAND", "minister", "Arab states")]
    [InlineData("France urged its allies to support Kyiv.", "SUPPORT", "France", "Kyiv")]
    [InlineData("The court ordered the ambassador to leave.", "SANCTION", "court", "ambassador")]
    public void Demands_in_other_words(string sentence, string category, string source, string target) =>
        PloverAssert.Coded(sentence, category, source, target);
}
