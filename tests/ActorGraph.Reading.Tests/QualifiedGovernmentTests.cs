namespace ActorGraph.Reading.Tests;

/// <summary>Issue 14 (blind reports 117-126): "Yemen's internationally recognised government" is the state's government, as
/// "Yemen's government" is; a noun that is no government after the qualifiers is not.</summary>
public class QualifiedGovernmentTests
{
    [Theory]
    [InlineData("Ghana's internationally recognised government and the Volta Front signed a Norwegian-brokered deal on Tuesday.")]
    [InlineData("Ghana's transitional government and the Volta Front signed a Norwegian-brokered deal on Tuesday.")]
    [InlineData("Ghana's newly elected government met the Volta Front in Oslo.")]
    public void Qualifiers_between_the_possessive_and_government_keep_the_government(string sentence)
    {
        var result = ReportReader.ReadText(sentence);
        Assert.Contains(result.Actors, a => a.Id == "gha-gov");
    }

    [Fact]
    public void A_qualified_noun_that_is_no_government_is_not_read_as_one()
    {
        var result = ReportReader.ReadText("Ghana's elected parliament met the Volta Front in Oslo.");
        Assert.DoesNotContain(result.Actors, a => a.Id == "gha-gov");
    }
}
