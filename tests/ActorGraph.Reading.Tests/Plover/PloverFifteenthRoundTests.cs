namespace ActorGraph.Reading.Tests;

/// <summary>The fifteenth round's PLOVER rules (the tenth blind batch's misses), each on sentences of our own that are not in
/// own-sentences.tsv, with counter-examples that must not move (docs/reading.md, "Fifteenth round").</summary>
public class PloverFifteenthRoundTests
{
    /// <summary>Armed men fleeing, abandoning or evacuating a place retreat from it (CAMEO 0874), and the place they leave is
    /// the target; civilians fleeing are no retreat, and a company abandoning a project is none.</summary>
    [Theory]
    [InlineData("Rebel fighters fled the town as the army closed in.", "RETREAT", "Rebel fighters", "the town")]
    [InlineData("The garrison abandoned the airport after running out of ammunition.", "RETREAT", "garrison", "the airport")]
    [InlineData("Government soldiers evacuated the base on Monday.", "RETREAT", "Government soldiers", "the base")]
    [InlineData("Thousands of civilians fled the city as the fighting spread.", "FIGHT", "civilians", "")]
    [InlineData("The company abandoned the project after the war began.", "CONCEDE", "company", "")]
    public void Armed_men_leaving_a_place_retreat_from_it(string sentence, string category, string source, string target) =>
        PloverAssert.Coded(sentence, category, source, target);

    /// <summary>Fighters pulled or redeployed away from a place withdraw (CAMEO 0871), not mobilise; a pull-out is a withdrawal.</summary>
    [Theory]
    [InlineData("The rebels pulled their fighters away from the frontline.", "RETREAT", "rebels", "the frontline")]
    [InlineData("The UN announced a pull-out of its peacekeepers from the south.", "RETREAT", "UN", "")]
    public void Forces_moved_away_from_a_place_withdraw(string sentence, string category, string source, string target) =>
        PloverAssert.Coded(sentence, category, source, target);

    /// <summary>A strike with modifiers ("an open-ended strike", "a two-day strike") is a protest (CAMEO 143), and a management
    /// is a body a protest's purpose can name.</summary>
    [Theory]
    [InlineData("Teachers went on an open-ended strike to demand higher pay from the education ministry.", "PROTEST", "Teachers", "education ministry")]
    [InlineData("Dock workers are on a two-day strike over pay.", "PROTEST", "Dock workers", "")]
    [InlineData("Staff walked out in protest at the management's plan to close the plant.", "PROTEST", "Staff", "management")]
    public void A_strike_with_modifiers_is_a_protest(string sentence, string category, string source, string target) =>
        PloverAssert.Coded(sentence, category, source, target);

    /// <summary>Blacklisting is a sanction (CAMEO 163).</summary>
    [Fact]
    public void Blacklisting_is_a_sanction() =>
        PloverAssert.Coded("Britain blacklisted two Iranian banks over the nuclear programme.", "SANCTION", "Britain", "Iranian banks");

    /// <summary>A body noun that often modifies the next word ("government troops") ends the phrase before a verb in the present
    /// ("if the government raises the age") or a time ("the government next week"); "Government troops" stays whole.</summary>
    [Theory]
    [InlineData("The union threatened to strike unless the government withdraws the reform.", "THREATEN", "union", "government")]
    [InlineData("The rebels threatened to attack if the army enters the valley.", "THREATEN", "rebels", "army")]
    [InlineData("The opposition agreed to meet the government next week.", "AGREE", "opposition", "government")]
    [InlineData("Government troops attacked the rebels last night.", "FIGHT", "Government troops", "rebels")]
    public void A_body_noun_ends_before_a_verb_or_a_time(string sentence, string category, string source, string target) =>
        PloverAssert.Coded(sentence, category, source, target);
}
