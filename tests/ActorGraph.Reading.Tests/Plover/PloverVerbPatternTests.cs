using ActorGraph.Reading.Plover;

namespace ActorGraph.Reading.Tests;

/// <summary>The ninth round's CAMEO verb-dictionary object patterns (<see cref="CameoPatterns"/>) and their precedence in
/// <see cref="PloverClassifier"/>, on sentences of our own that are not in own-sentences.tsv.</summary>
public class PloverVerbPatternTests
{
    /// <summary>"- * &amp;MILITARY [154] # AMASS", "- * &amp;CURRENCY TO [071]" (EXTEND), "- * BORDER [080]" (REOPEN): a noun
    /// class member or a stem after the verb, other words between; the span runs from the verb to the last pattern word.</summary>
    [Theory]
    [InlineData("Chad amassed two thousand soldiers near the lake.", "amassed", "MOBILIZE", "amassed two thousand soldiers")]
    [InlineData("Qatar extended 200 million dollars to Lebanon.", "extended", "AID", "extended 200 million dollars to")]
    [InlineData("Kenya reopened its border with Somalia.", "reopened", "CONCEDE", "reopened its border")]
    public void A_verb_with_a_pattern_object_gets_the_pattern_category(string sentence, string verb, string category, string span)
    {
        var at = sentence.IndexOf(verb, StringComparison.Ordinal);
        var found = CameoPatterns.Match(sentence, at);
        Assert.Equal((category, at, span.Length), found);
    }

    /// <summary>No match past the clause (a comma), past more than three other words, or on a verb without patterns.</summary>
    [Theory]
    [InlineData("Chad amassed, witnesses said, soldiers near the lake.", "amassed")]
    [InlineData("Chad amassed a very large and modern army near the lake.", "amassed")]
    [InlineData("Chad welcomed soldiers near the lake.", "welcomed")]
    public void No_pattern_matches_outside_its_reach(string sentence, string verb) =>
        Assert.Null(CameoPatterns.Match(sentence, sentence.IndexOf(verb, StringComparison.Ordinal)));

    /// <summary>The main verb's pattern beats a lexicon trigger later in the sentence; a lexicon phrase at the verb itself,
    /// a passive main verb, a reported clause and a purpose ("to investigate") stay with the lexicon.</summary>
    [Theory]
    [InlineData("Chad amassed soldiers near the site of the protests.", "MOBILIZE", "Chad", "soldiers")]
    [InlineData("Opposition deputies boycotted the budget session of parliament.", "PROTEST", "Opposition deputies", "parliament")]
    [InlineData("The navy was placed on high alert near the strait.", "MOBILIZE", "navy", "")]
    [InlineData("Chad amassed soldiers in the border town to investigate the killings.", "INVESTIGATE", "Chad", "")]
    public void The_main_verb_pattern_beats_a_trigger_elsewhere(string sentence, string category, string source, string target) =>
        PloverAssert.Coded(sentence, category, source, target);
}
