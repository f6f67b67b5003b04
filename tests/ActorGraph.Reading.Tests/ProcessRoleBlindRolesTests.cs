using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>Process roles from the classes of sentence that the blind reading of reports 82-86 missed or got wrong
/// (docs/reading.md, "Blind reports 82-86"): a denied or refused mediation proposes no process; "acting for" a body, an envoy
/// "of the Secretary-General of" a body and "negotiations conducted by X" name mediators; a cue that names one side only joins
/// the one process of that side.
/// Sentences written for the test.</summary>
public class ProcessRoleBlindRolesTests
{
    private static ReadingResult Read(string text) => ReportReader.ReadText(text);

    private static string? Id(ReadingResult result, string name) => result.Actors.FirstOrDefault(a => a.Name == name)?.Id;

    private const string Talks = "Ghana and Togo held direct talks in Lomé in May 2031. ";

    [Theory]
    [InlineData("Officials in Accra said the president had insisted that no outside power should mediate between the neighbours.")]
    [InlineData("Norway did not mediate between Ghana and Togo.")]
    [InlineData("Norway offered its good offices in March, an offer Ghana turned down.")]
    [InlineData("Norway offered to mediate between the two, but Ghana declined.")]
    [InlineData("Ghana rejected Norway's offer of mediation.")]
    public void A_denied_or_refused_mediation_proposes_no_process(string sentence)
    {
        var result = Read(Talks + sentence);
        Assert.Empty(result.Processes);
        Assert.DoesNotContain(result.Relations, r => r.Kind.Name == "mediates");
    }

    [Fact]
    public void An_offer_that_nobody_refuses_is_still_proposed()
    {
        var result = Read(Talks + "Norway offered to mediate between Ghana and Togo after Ghana rejected a ceasefire.");
        var norway = Id(result, "Norway");
        Assert.NotNull(norway);
        Assert.Contains(result.Processes, p => p.Mediators.Contains(norway));
    }

    [Fact]
    public void A_mediator_acting_for_a_body_brings_the_body_in()
    {
        var result = Read("The talks between Ghana and Togo were facilitated by Nigeria's President Musa Bello, acting for the African Union.");
        var process = Assert.Single(result.Processes);
        Assert.Contains(Id(result, "African Union"), process.Mediators);
        Assert.Contains(Id(result, "Ghana"), process.Parties);
        Assert.Contains(Id(result, "Togo"), process.Parties);
    }

    [Fact]
    public void An_envoy_of_a_body_s_head_acts_for_the_body()
    {
        var result = Read("The negotiations between Ghana and Togo were conducted by Anna Berg, the Special Envoy for West Africa of the Secretary-General of the United Nations.");
        var berg = Id(result, "Anna Berg");
        var un = Id(result, "United Nations");
        Assert.NotNull(berg);
        Assert.Contains(result.Relations, r => r.Source == berg && r.Target == un && r.Kind.Name == "member-of");
        var process = Assert.Single(result.Processes);
        Assert.Contains(berg, process.Mediators);
        Assert.Contains(un, process.Mediators);
    }

    [Theory]
    [InlineData("A survey conducted by the United Nations found that trade between Ghana and Togo had fallen.")]
    [InlineData("Ghana and Togo signed the accord after talks conducted by their foreign ministers.")]
    public void Conducting_without_a_third_party_names_no_mediator(string sentence)
    {
        var result = Read(sentence);
        Assert.DoesNotContain(result.Processes, p => p.Mediators.Count > 0);
    }

    [Fact]
    public void A_cue_naming_one_side_joins_the_process_of_that_side()
    {
        // The first sentence names Ghana only; the second names both sides.
        var result = Read("The accord crowns a month of negotiations with Ghana conducted by Norway. "
            + "Norwegian diplomats had carried proposals between Ghana and Togo.");
        var norway = Id(result, "Norway");
        Assert.NotNull(norway);
        var process = Assert.Single(result.Processes);
        Assert.Contains(norway, process.Mediators);
        Assert.Contains(Id(result, "Togo"), process.Parties);
        Assert.DoesNotContain(result.Actors, a => a.Name.StartsWith("Other parties", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ghana and Togo signed a power-sharing agreement in Accra.")]
    [InlineData("Ghana and Togo signed a long-awaited border agreement in Accra.")]
    public void A_hyphenated_qualifier_keeps_a_signed_agreement_a_deal(string sentence)
    {
        var result = Read(sentence);
        var (ghana, togo) = (Id(result, "Ghana"), Id(result, "Togo"));
        Assert.Contains(result.Relations, r => r.Rule.StartsWith("deal-agreed", StringComparison.Ordinal)
            && (r.Source == ghana && r.Target == togo || r.Source == togo && r.Target == ghana));
    }
}
