namespace ActorGraph.Reading.Tests;

/// <summary>A retreat's target is the place it leaves, also when a common noun names it (docs/reading.md, "Thirteenth
/// round", follow-up); sentences of our own, not in own-sentences.tsv.</summary>
public class PloverRetreatPlaceTests
{
    /// <summary>"withdrew from the town", "pulled out of the buffer zone": a place noun after "from" or "out of" is the
    /// target; in a passive with an agent the things moved are the agent's own and the place left is the target.</summary>
    [Theory]
    [InlineData("The militiamen withdrew from the village before dawn, witnesses said.", "RETREAT", "militiamen", "the village")]
    [InlineData("Government troops pulled back from the eastern frontline on Sunday.", "RETREAT", "Government troops", "the eastern frontline")]
    [InlineData("Artillery was pulled out of the demilitarised zone by the rebels in March.", "RETREAT", "rebels", "the demilitarised zone")]
    [InlineData("Tanks were withdrawn by the government from the river valley under the accord.", "RETREAT", "government", "the river valley")]
    public void A_retreat_leaves_a_place_named_by_a_noun(string sentence, string category, string source, string target) =>
        PloverAssert.Coded(sentence, category, source, target);

    /// <summary>Counter-examples: a phrase with no place noun is no target, and a named place or side keeps its reading.</summary>
    [Theory]
    [InlineData("The militiamen withdrew from the talks on Monday.", "RETREAT", "militiamen", "")]
    [InlineData("The fighters withdrew from Kherson and the town of Oleshky on Friday.", "RETREAT", "fighters", "Kherson")]
    [InlineData("Civilians were evacuated by the army on Monday.", "RETREAT", "army", "Civilians")]
    public void Other_phrases_keep_their_reading(string sentence, string category, string source, string target) =>
        PloverAssert.Coded(sentence, category, source, target);
}
