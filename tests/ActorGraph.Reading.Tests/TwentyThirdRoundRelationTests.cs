namespace ActorGraph.Reading.Tests;

/// <summary>The twenty-third round's relation rules, on sentences written for the test (not taken from any report), with
/// counter-examples.</summary>
public class TwentyThirdRoundRelationTests
{
    private static List<string> Ties(string text) => ReadTies.Plain(text);

    private static bool Negotiates(string tie, string a, string b) =>
        tie == $"{a} negotiates {b}" || tie == $"{b} negotiates {a}";

    private static bool NegotiatesWith(string tie, string a) =>
        tie.Contains(" negotiates ", StringComparison.Ordinal) && (tie.StartsWith(a + " ", StringComparison.Ordinal) || tie.EndsWith(" " + a, StringComparison.Ordinal));

    // Rule 1: a third party (the agent of "facilitated by", "under X auspices", "X-facilitated", "as an observer", a host) is no side of the talks.

    [Fact]
    public void Facilitator_after_the_talks_is_no_negotiating_side()
    {
        var ties = Ties("Azerbaijan held its fourth round of talks on Monday, facilitated by the European Union, in Brussels.");
        Assert.DoesNotContain(ties, t => NegotiatesWith(t, "eec"));
    }

    [Fact]
    public void Compound_facilitator_is_no_negotiating_side()
    {
        var ties = Ties("On Friday the Prime Minister of Armenia joined an EU-facilitated dialogue with the President of Azerbaijan in Brussels.");
        Assert.DoesNotContain(ties, t => NegotiatesWith(t, "eec"));
    }

    [Fact]
    public void Body_under_whose_auspices_talks_run_is_no_side()
    {
        var ties = Ties("Armenia and Azerbaijan resumed negotiations in Geneva, and Azerbaijan agreed to negotiate under United Nations auspices.");
        Assert.DoesNotContain(ties, t => NegotiatesWith(t, "uno"));
    }

    [Fact]
    public void Observers_listed_after_co_chaired_by_are_no_sides()
    {
        var ties = Ties("The Contact Group, co-chaired by the African Union and the European Union, followed the talks as an observer.");
        Assert.DoesNotContain(ties, t => NegotiatesWith(t, "eec") || NegotiatesWith(t, "african-union"));
    }

    [Fact]
    public void Host_thanked_for_hosting_the_negotiations_is_no_side()
    {
        var ties = Ties("The Panel thanks President Uhuru Kenyatta of Kenya for hosting the negotiations and the United Nations for its support.");
        Assert.DoesNotContain(ties, t => t.Contains(" negotiates ", StringComparison.Ordinal));
    }

    [Fact]
    public void Talks_between_two_sides_facilitated_by_a_third_keep_the_sides()
    {
        var ties = Ties("Talks between Armenia and Azerbaijan, facilitated by the European Union, resumed in Brussels on Monday.");
        Assert.Contains(ties, t => Negotiates(t, "arm", "aze"));
        Assert.DoesNotContain(ties, t => NegotiatesWith(t, "eec"));
    }

    [Fact]
    public void Body_negotiating_in_its_own_name_still_negotiates()
    {
        var ties = Ties("The European Union negotiated with Serbia over the new trade rules on Monday.");
        Assert.Contains(ties, t => Negotiates(t, "eec", "srb"));
    }
    // Rule 2: "the government of President X" gives X's lead of that government (or of the one state named), and nothing for a former one.

    [Fact]
    public void Head_of_the_government_named_by_its_leader_leads_the_state()
    {
        var ties = Ties("Fighting resumed across Afghanistan in the spring. The government of President Ashraf Ghani refused to release the prisoners.");
        Assert.Contains("ashraf-ghani leads afg", ties);
    }

    [Fact]
    public void Head_of_a_government_already_named_leads_that_government()
    {
        var ties = Ties("The Government of Afghanistan sent a delegation to Doha. The government of President Ashraf Ghani refused to release the prisoners.");
        Assert.Contains("ashraf-ghani leads afg-gov", ties);
    }

    [Fact]
    public void Government_of_a_former_president_gives_no_lead()
    {
        var ties = Ties("Fighting resumed across Afghanistan in the spring. The government of former President Hamid Karzai had refused to release the prisoners.");
        Assert.DoesNotContain(ties, t => t.Contains(" leads ", StringComparison.Ordinal));
    }
    // Rule 3: "government forces" act for the government last named; a verb inside ", which ...," takes no object after the aside.

    [Fact]
    public void Government_forces_are_the_government_named_before()
    {
        var ties = Ties("The Government of Sudan signed the agreement in Abuja on Friday. The Justice and Equality Movement, which refused to sign, has since clashed with government forces.");
        Assert.Contains("justice-and-equality-movement armed-conflict sdn-gov", ties);
    }

    [Fact]
    public void Government_forces_with_no_government_named_are_nobody()
    {
        var ties = Ties("Fighters of the Justice and Equality Movement clashed with government forces near the border on Friday.");
        Assert.DoesNotContain(ties, t => t.Contains(" armed-conflict ", StringComparison.Ordinal));
    }
    // Rule 4: a sentence opening "Its leader, NAME," speaks of the group the report named last.

    [Fact]
    public void Sentence_initial_its_leader_leads_the_last_group_named()
    {
        var ties = Ties("A splinter faction calling itself the Northern Liberation Front rejected the deal on Monday. Its leader, Jonas Makelele, accused the negotiators of betrayal.");
        Assert.Contains("jonas-makelele leads northern-liberation-front", ties);
    }

    [Fact]
    public void Sentence_initial_its_leader_with_no_group_named_leads_nothing()
    {
        var ties = Ties("The talks resumed in Maputo on Monday after a pause of two weeks. Its leader, Jonas Makelele, spoke to reporters at the hotel.");
        Assert.DoesNotContain(ties, t => t.Contains(" leads ", StringComparison.Ordinal));
    }
}
