namespace ActorGraph.Reading.Tests;

/// <summary>The fourteenth round's PLOVER rules (the ninth blind batch's and the eighth's misses), each on sentences of our
/// own that are not in own-sentences.tsv, with counter-examples that must not move (docs/reading.md, "Fourteenth round").</summary>
public class PloverFourteenthRoundTests
{
    /// <summary>Receiving a visitor is hosting a visit (CAMEO 043); receiving a thing is not, and aid received from a giver
    /// stays AID.</summary>
    [Theory]
    [InlineData("The Jordanian king received a Hamas delegation in Amman.", "CONSULT", "Jordanian king", "Hamas delegation")]
    [InlineData("Egypt's president received the visiting Qatari prime minister on Sunday.", "CONSULT", "Egypt's president", "visiting Qatari prime minister")]
    [InlineData("Ukraine received tanks from Germany.", "AID", "Germany", "Ukraine")]
    public void Receiving_a_visitor_is_a_consultation(string sentence, string category, string source, string target) =>
        PloverAssert.Coded(sentence, category, source, target);

    /// <summary>A beating is an assault (CAMEO 182) even by police on a crowd; tear gas on protesters stays repression (COERCE),
    /// and a match won is no assault.</summary>
    [Theory]
    [InlineData("Soldiers beat villagers suspected of helping the rebels.", "ASSAULT", "Soldiers", "villagers")]
    [InlineData("Riot police beat students with batons outside the university.", "ASSAULT", "Riot police", "students")]
    [InlineData("Police fired tear gas at protesters in the capital.", "COERCE", "Police", "protesters")]
    public void A_beating_is_an_assault(string sentence, string category, string source, string target) =>
        PloverAssert.Coded(sentence, category, source, target);

    [Fact]
    public void A_match_won_is_no_assault() =>
        Assert.NotEqual("ASSAULT", ActorGraph.Reading.Plover.PloverClassifier.Code("Brazil beat Argentina in the final.").Category);

    /// <summary>An occupation or a blockade with a protest's purpose, by people who are not armed, is a demonstration aimed at
    /// whom the purpose names; an armed side's occupation stays FIGHT.</summary>
    [Theory]
    [InlineData("Dockers occupied the port offices to protest layoffs ordered by the Transport Ministry.", "PROTEST", "Dockers", "Transport Ministry")]
    [InlineData("Thousands of Serbs took to the streets of Belgrade to protest the government's mining deal.", "PROTEST", "Serbs", "government")]
    [InlineData("Rebels occupied the town to demand the release of their leader.", "FIGHT", "Rebels", "")]
    [InlineData("Israel has occupied the West Bank since 1967.", "FIGHT", "Israel", "West Bank")]
    public void An_occupation_with_a_protests_purpose_is_a_protest(string sentence, string category, string source, string target) =>
        PloverAssert.Coded(sentence, category, source, target);

    /// <summary>Owners, employers and companies are bodies a protest's purpose can name ("to demand wages from mine owners");
    /// a company in the subject stays part of it.</summary>
    [Theory]
    [InlineData("Miners marched through Johannesburg to demand higher wages from mine owners.", "PROTEST", "Miners", "mine owners")]
    [InlineData("Nurses protested outside the hospital to demand back pay from the company.", "PROTEST", "Nurses", "company")]
    [InlineData("Workers at the state oil company went on strike on Monday.", "PROTEST", "Workers at the state oil company", "")]
    public void Owners_and_companies_are_what_a_protests_purpose_names(string sentence, string category, string source, string target) =>
        PloverAssert.Coded(sentence, category, source, target);

    /// <summary>Forces sent in a direction and fighters recruited are a mobilisation (CAMEO 150-151); a spokesman recruited is not.</summary>
    [Theory]
    [InlineData("The army sent two battalions south to confront the insurgents.", "MOBILIZE", "army", "")]
    [InlineData("The rebels recruited hundreds of fighters from refugee camps.", "MOBILIZE", "rebels", "")]
    public void Forces_sent_or_recruited_are_a_mobilisation(string sentence, string category, string source, string target) =>
        PloverAssert.Coded(sentence, category, source, target);

    [Fact]
    public void A_spokesman_recruited_is_no_mobilisation() =>
        Assert.NotEqual("MOBILIZE", ActorGraph.Reading.Plover.PloverClassifier.Code("The army recruited a new spokesman.").Category);

    /// <summary>Troops leaving a place retreat from it (CAMEO 0874); a minister leaving for a capital does not. A passive retreat
    /// by peacekeepers has them as source though the actor phrases leave peacekeepers out as an object.</summary>
    [Theory]
    [InlineData("French troops began leaving Niger on Friday.", "RETREAT", "French troops", "Niger")]
    [InlineData("Artillery was withdrawn from the frontline by the peacekeepers.", "RETREAT", "the peacekeepers", "the frontline")]
    public void Troops_leaving_a_place_retreat(string sentence, string category, string source, string target) =>
        PloverAssert.Coded(sentence, category, source, target);

    [Fact]
    public void A_minister_leaving_for_a_capital_is_no_retreat() =>
        Assert.NotEqual("RETREAT", ActorGraph.Reading.Plover.PloverClassifier.Code("The minister left for Paris on Monday.").Category);

    /// <summary>A quote before its speaker with no first person whose act is told after the speaker is the speaker's act;
    /// "said of X" names the target; a quote telling another's act keeps its reading.</summary>
    [Theory]
    [InlineData("\"The meeting was useful,\" the Norwegian envoy said after talks with the guerrilla leaders.", "CONSULT", "Norwegian envoy", "guerrilla leaders")]
    [InlineData("\"We will attack their positions,\" the general said of the militants.", "THREATEN", "general", "militants")]
    [InlineData("\"The rebels attacked the base at dawn,\" the army said.", "FIGHT", "rebels", "")]
    public void A_quote_before_its_speaker_is_read_with_the_speaker(string sentence, string category, string source, string target) =>
        PloverAssert.Coded(sentence, category, source, target);

    [Theory]
    [InlineData("\"The talks were useful,\" the envoy said after meeting the rebels.", "the envoy spoke after meeting the rebels.")]
    [InlineData("\"The talks were useful,\" the envoy said.", null)]
    [InlineData("\"We will leave,\" the envoy said after meeting the rebels.", null)]
    public void Only_a_quote_without_first_person_and_with_words_after_its_speaker_is_told_again(string sentence, string? told) =>
        Assert.Equal(told, ActorGraph.Reading.Plover.FrontQuote.Told(sentence));
}
