namespace ActorGraph.Reading.Tests;

/// <summary>General causes of wrong relations in the reports under 80 % relation precision (fifteenth session, roles), on
/// sentences written for the test (not taken from any report), each with a counter-example that keeps the rule.</summary>
public class PrecisionCauseTests
{
    private static List<string> Ties(string text) => ReadTies.WithModality(text);

    private static bool Between(string tie, string kind, string a, string b) =>
        tie.StartsWith($"{a} {kind} {b} ", StringComparison.Ordinal) || tie.StartsWith($"{b} {kind} {a} ", StringComparison.Ordinal);

    [Theory]
    [InlineData("Ghana and Togo signed a ceasefire agreement in Accra on Tuesday after two years of fighting.")]
    [InlineData("Ghana and Togo signed a truce agreement in Accra on Tuesday after two years of fighting.")]
    [InlineData("Ghana and Togo concluded a general cease-fire accord in Accra on Tuesday after two years of fighting.")]
    public void A_ceasefire_agreement_signed_is_no_cooperation(string sentence)
    {
        var ties = Ties(sentence);
        Assert.DoesNotContain(ties, t => Between(t, "cooperates", "gha", "tgo"));
        Assert.Contains(ties, t => Between(t, "negotiates", "gha", "tgo") || Between(t, "agrees-ceasefire", "gha", "tgo"));
    }

    [Theory]
    [InlineData("Ghana and Togo signed a trade agreement in Accra on Tuesday after two years of talks.")]
    [InlineData("Ghana and Togo signed a peace agreement in Accra on Tuesday after two years of fighting.")]
    [InlineData("Ghana and Togo signed an agreement on fisheries in Accra on Tuesday after two years of talks.")]
    public void Another_agreement_signed_stays_cooperation(string sentence) =>
        Assert.Contains(Ties(sentence), t => Between(t, "cooperates", "gha", "tgo"));

    [Fact]
    public void A_head_of_state_received_by_a_host_leads_no_state_of_the_host()
    {
        var ties = Ties("The agreement was reached thanks to the efforts of the Emir of Qatar, who received President Tomas Varga and President Elman Aliyarov separately.");
        Assert.DoesNotContain(ties, t => t.StartsWith("tomas-varga leads", StringComparison.Ordinal));
        Assert.DoesNotContain(ties, t => t.StartsWith("elman-aliyarov leads", StringComparison.Ordinal));
    }

    [Fact]
    public void A_head_of_state_who_receives_leads_the_only_state_named()
    {
        var ties = Ties("President Tomas Varga received the delegations in the capital, and the Qatari mediators thanked him for it.");
        Assert.Contains("tomas-varga leads qat (reported)", ties);
    }

    [Fact]
    public void The_host_state_thanked_is_not_the_state_a_president_leads()
    {
        var ties = Ties("After the talks in Geneva, President Tomas Varga thanked the Swiss hosts for a week of patient work.");
        Assert.DoesNotContain(ties, t => t.StartsWith("tomas-varga leads", StringComparison.Ordinal));
    }

    [Fact]
    public void A_state_named_beside_the_president_is_still_led()
    {
        var ties = Ties("After the talks in Geneva, President Tomas Varga thanked the Swiss mediators for a week of patient work.");
        Assert.Contains("tomas-varga leads che (reported)", ties);
    }

    [Fact]
    public void Bodies_that_took_no_part_in_the_talks_did_not_refuse_to_negotiate_with_each_other()
    {
        var ties = Ties("The European Union and the United Nations sent observers to the conference, but they took no part in the negotiations.");
        Assert.DoesNotContain(ties, t => Between(t, "negotiates", "eec", "uno"));
    }

    [Fact]
    public void Two_sides_that_did_not_negotiate_stay_a_denied_negotiation()
    {
        var ties = Ties("Ghana and Togo did not negotiate with each other during the crisis, whatever the envoys said later.");
        Assert.Contains(ties, t => Between(t, "negotiates", "gha", "tgo") && t.EndsWith("(denied)", StringComparison.Ordinal));
    }
}
