using ActorGraph.Core.Model;
using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>Hedged attribution that names no speaker ("reportedly", "is said to", "sources close to X said") makes the
/// fact after it claimed; the same fact stated plainly, or in another clause, or after "sources" that say nothing, stays
/// reported (issue 14, report 70).</summary>
public sealed class HedgedModalityTests
{
    private static ReadingResult Read(string text) => ReportReader.ReadText(text);

    private static Modality ModalityOf(ReadingResult result, string kind, string source, string target) =>
        Assert.Single(result.Relations, r => r.Kind.Name == kind && r.Source == source && r.Target == target).Modality;

    [Theory]
    [InlineData("Ethiopia reportedly attacked Eritrea near the border town of Badme in May 2000.")]
    [InlineData("Ethiopia allegedly attacked Eritrea near the border town of Badme in May 2000.")]
    [InlineData("Ethiopia is said to have attacked Eritrea near the border town of Badme in May 2000.")]
    [InlineData("Ethiopia was believed to have attacked Eritrea near the border town of Badme in May 2000.")]
    [InlineData("Sources in Asmara said that Ethiopia had attacked Eritrea near the border town of Badme in May 2000.")]
    [InlineData("Sources close to the border commission told reporters that Ethiopia had attacked Eritrea near the border town of Badme in May 2000.")]
    public void A_hedged_fact_is_claimed(string sentence) =>
        Assert.Equal(Modality.Claimed, ModalityOf(Read(sentence), "attacks", "eth", "eri"));

    [Theory]
    [InlineData("Ethiopia attacked Eritrea near the border town of Badme in May 2000.")]
    [InlineData("Water sources were scarce when Ethiopia attacked Eritrea near the border town of Badme in May 2000.")]
    [InlineData("Ethiopia said to the commission that it had attacked Eritrea near the border town of Badme in May 2000.")]
    public void The_same_fact_unhedged_stays_reported(string sentence) =>
        Assert.Equal(Modality.Reported, ModalityOf(Read(sentence), "attacks", "eth", "eri"));

    [Fact]
    public void A_hedge_in_an_earlier_clause_does_not_reach_the_next_one()
    {
        var result = Read("Djibouti reportedly massed troops at Ras Doumeira; Ethiopia attacked Eritrea near the border town of Badme in May 2000.");
        Assert.Equal(Modality.Reported, ModalityOf(result, "attacks", "eth", "eri"));
    }

    [Fact]
    public void A_refusal_that_sources_foretell_is_claimed_not_reported()
    {
        // "would reject" reads as a refusal (reported) when the report says it; said by unnamed sources it is their word.
        var hedged = Read("Sources in Moscow said that Russia would reject the proposal by Georgia on the future of the region.");
        Assert.Contains(hedged.Relations, r => r.Kind.Name == "rejects" && r.Source == "rus" && r.Modality == Modality.Claimed);
        Assert.DoesNotContain(hedged.Relations, r => r.Kind.Name == "rejects" && r.Modality == Modality.Reported);
        var plain = Read("Russia would reject the proposal by Georgia on the future of the region.");
        Assert.Contains(plain.Relations, r => r.Kind.Name == "rejects" && r.Source == "rus" && r.Modality == Modality.Reported);
    }
}
