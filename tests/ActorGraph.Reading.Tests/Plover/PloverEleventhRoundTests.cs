namespace ActorGraph.Reading.Tests;

/// <summary>The eleventh round's PLOVER rules, each on sentences of our own that are not in own-sentences.tsv: a person or
/// body noun owning a thing is the target ("against the government's plan"), a lower-case "authority" is a body, a labour
/// strike against a named body is a protest and not an attack, and verb-and-object phrases (CAMEO 07, 08, 087, 14, 15, 16).</summary>
public class PloverEleventhRoundTests
{
    [Theory]
    [InlineData("Farmers marched against the government's new water tax.", "PROTEST", "Farmers", "government")]
    [InlineData("The army lifted the ban on the opposition's radio stations.", "CONCEDE", "army", "opposition")]
    [InlineData("Traders protested in front of the city authority in Kano over market fees.", "PROTEST", "Traders", "city authority")]
    public void A_possessive_owner_is_the_target_and_an_authority_is_a_body(string sentence, string category, string source, string target) =>
        PloverAssert.Coded(sentence, category, source, target);

    [Theory]
    [InlineData("Miners struck against Anglo American over bonuses.", "PROTEST", "Miners", "Anglo American")]
    [InlineData("Hospital nurses struck at Kenyatta National Hospital on Monday.", "PROTEST", "Hospital nurses", "Kenyatta National Hospital")]
    [InlineData("The rebels struck against Kidal at dawn.", "FIGHT", "rebels", "Kidal")]
    [InlineData("Relatives of the victims held a candlelight vigil outside the Russian embassy.", "PROTEST", "Relatives of the victims", "Russian embassy")]
    public void A_labour_strike_or_a_vigil_is_a_protest(string sentence, string category, string source, string target) =>
        PloverAssert.Coded(sentence, category, source, target);

    [Theory]
    [InlineData("India imposed a 20 percent duty on steel from Vietnam.", "SANCTION", "India", "Vietnam")]
    [InlineData("Algeria closed its ports to ships from Spain.", "SANCTION", "Algeria", "Spain")]
    [InlineData("Taiwan scrambled fighter jets as Chinese bombers neared the island.", "MOBILIZE", "Taiwan", "")]
    [InlineData("The junta conscripted students into the army.", "MOBILIZE", "junta", "")]
    [InlineData("Chad recalled its reservists to their barracks.", "MOBILIZE", "Chad", "")]
    [InlineData("Chad recalled its soldiers from Niger.", "RETREAT", "Chad", "Niger")]
    [InlineData("Japan stationed fighter jets at a base close to the border with Russia.", "MOBILIZE", "Japan", "Russia")]
    [InlineData("The military council handed power to a transitional civilian government.", "CONCEDE", "military council", "transitional civilian government")]
    [InlineData("Korea handed over 50 ambulances to Moldova's health ministry.", "AID", "Korea", "Moldova's health ministry")]
    public void Verb_and_object_phrases_of_the_eleventh_round(string sentence, string category, string source, string target) =>
        PloverAssert.Coded(sentence, category, source, target);
}
