namespace ActorGraph.Reading.Tests;

/// <summary>Ways of telling mediation that the blind reading of held-out reports 97-106 missed (sixteenth session, reports):
/// "talks shepherded by X", "under the sponsorship of X", "X conveyed messages between A and B", "through a Qatari
/// intermediary", "the mediation team headed by X", "served as mediators: A; B; and C", "under my auspices" in a text signed at
/// its end, "acted as host and, ..., as a neutral go-between", "X helped end the conflict between A and B", and "power broker"
/// (influence, not mediation). Sentences written for the test, each rule with counter-examples.</summary>
public class ThirdRoundReportWordingTests
{
    private static List<string> Ties(string text) => ReadTies.WithModality(text);

    private static List<string> Mediators(string text) =>
        Ties(text).Where(t => t.Contains(" mediates ", StringComparison.Ordinal)).ToList();

    [Fact]
    public void Talks_shepherded_by_a_state_make_it_the_mediator_not_a_side()
    {
        var ties = Ties("Ghana and Togo signed a border truce after talks shepherded by Senegal.");
        Assert.Contains("sen mediates gha (reported)", ties);
        Assert.Contains("sen mediates tgo (reported)", ties);
        Assert.DoesNotContain(ties, t => t.Contains("negotiates sen", StringComparison.Ordinal) || t.StartsWith("sen negotiates", StringComparison.Ordinal));
    }

    [Fact]
    public void Something_other_than_a_process_shepherded_by_a_state_names_no_mediator()
    {
        Assert.Empty(Mediators("The new stadium was shepherded by Senegal's engineers, and Ghana and Togo played the first match there."));
    }

    [Fact]
    public void An_agreement_signed_under_the_sponsorship_of_a_state_is_mediated_by_it()
    {
        var ties = Ties("Chad and the FACT signed the agreement in Doha under the sponsorship of Qatar.");
        Assert.Contains("qat mediates tcd (reported)", ties);
        Assert.Contains("qat mediates fact (reported)", ties);
    }

    [Fact]
    public void A_tournament_under_a_states_sponsorship_has_no_mediator()
    {
        Assert.Empty(Mediators("The football tournament was held under the sponsorship of Qatar."));
    }

    [Fact]
    public void Conveying_messages_between_two_sides_is_shuttle_mediation()
    {
        var ties = Ties("Norway conveyed messages between the Government of Colombia and the ELN.");
        Assert.Contains("nor mediates col-gov (reported)", ties);
        Assert.Contains("nor mediates eln (reported)", ties);
    }

    [Fact]
    public void Conveying_goods_between_two_states_is_no_mediation()
    {
        Assert.Empty(Mediators("The new cable conveyed electricity between Colombia and Ecuador."));
    }

    [Fact]
    public void A_states_adjective_before_intermediary_names_the_mediator()
    {
        var ties = Ties("Egypt and Hamas agreed the exchange through a Qatari intermediary.");
        Assert.Contains("qat mediates egy (reported)", ties);
        Assert.Contains("qat mediates hms (reported)", ties);
    }

    [Fact]
    public void A_power_broker_is_no_mediator()
    {
        Assert.Empty(Mediators("Analysts say Turkey, not Russia, is the real power broker in the Caucasus."));
        Assert.Empty(Mediators("Is it not true that Australia, not New Zealand, is the real power broker in the region?"));
    }

    [Fact]
    public void The_one_heading_a_mediation_team_mediates()
    {
        var ties = Ties("South Sudan and Sudan signed the deal, thanks to the mediation team headed by Ethiopia.");
        Assert.Contains("eth mediates ssd (reported)", ties);
        Assert.Contains("eth mediates sdn (reported)", ties);
    }

    [Fact]
    public void A_body_heading_something_that_criticised_a_mediation_does_not_mediate()
    {
        Assert.DoesNotContain(Mediators("Mozambique and Renamo signed the accord; the mediation was criticised by a committee headed by Kenya."),
            t => t.StartsWith("ken ", StringComparison.Ordinal));
    }

    [Fact]
    public void Mediators_listed_after_a_colon_mediate_but_not_the_bodies_in_their_appositions()
    {
        var ties = Ties("Mozambique and the Renamo rebels signed the peace accord in Rome in October. Three men served as mediators: "
            + "President Nelson Mandela of South Africa; Archbishop Jaime Gonçalves of Beira; and Mario Raffaelli, a member of the Italian parliament.");
        Assert.Contains(ties, t => t.StartsWith("nelson-mandela mediates", StringComparison.Ordinal));
        Assert.Contains(ties, t => t.StartsWith("mario-raffaelli mediates", StringComparison.Ordinal));
        Assert.DoesNotContain(ties, t => t.StartsWith("italian-parliament mediates", StringComparison.Ordinal));
    }

    [Fact]
    public void States_listed_after_a_colon_that_is_no_mediator_noun_do_not_mediate()
    {
        Assert.Empty(Mediators("Mozambique and the Renamo rebels signed the peace accord in Rome. Two states sent observers: the United States and Portugal."));
    }

    [Fact]
    public void A_speaker_tag_before_a_colon_lists_no_mediators()
    {
        Assert.Empty(Mediators("QUESTION: Who took part?\n\nFACILITATOR: The contact group, which includes Japan, Turkey and Saudi Arabia, observed every session."));
    }

    [Fact]
    public void A_second_role_joined_by_and_after_an_aside_shares_the_first_ones_verb()
    {
        var ties = Ties("Papua New Guinea and the Bougainville Revolutionary Army signed a truce. "
            + "New Zealand acted as host and, at the request of both sides, as a neutral go-between.");
        Assert.Contains("nzl mediates png (reported)", ties);
        Assert.Contains("nzl mediates bougainville-revolutionary-army (reported)", ties);
    }

    [Fact]
    public void A_second_role_that_is_no_mediator_noun_names_no_mediator()
    {
        Assert.Empty(Mediators("Papua New Guinea and the Bougainville Revolutionary Army signed a truce. "
            + "New Zealand acted as host and, in the end, as a supplier of food."));
    }

    [Fact]
    public void A_states_adjective_before_go_between_names_the_mediator()
    {
        var ties = Ties("Egypt and Hamas agreed the exchange through a Qatari go-between.");
        Assert.Contains("qat mediates egy (reported)", ties);
    }

    [Fact]
    public void A_body_that_helped_end_the_conflict_between_two_sides_mediates()
    {
        var ties = Ties("The Organisation of the Islamic Conference (OIC) helped end the armed conflict between the Government of the Philippines "
            + "and the Moro National Liberation Front.");
        Assert.Contains("oic mediates phl-gov (reported)", ties);
        Assert.Contains("oic mediates moro-national-liberation-front (reported)", ties);
        Assert.Contains("qat mediates dji (reported)", Ties("Qatar helped settle the dispute between Djibouti and Eritrea in 2010."));
    }

    [Fact]
    public void An_offensive_or_the_weather_that_helped_end_a_war_names_no_mediator()
    {
        Assert.Empty(Mediators("Russia's offensive helped end the war between Armenia and Azerbaijan."));
        Assert.Empty(Mediators("The rains helped end the fighting between Armenia and Azerbaijan."));
    }

    private const string Body = "# title: Statement of the Special Envoy\n# publisher: test\n# date: 1988-09-01\n\n"
        + "Iran and Iraq agreed to a ceasefire in August after eight years of war.\n\n"
        + "Direct talks between the two countries opened in Geneva under my auspices on 25 August, and I will continue to meet both delegations.\n\n";

    [Fact]
    public void My_auspices_in_a_text_signed_at_its_end_are_the_signers_mediation()
    {
        var ties = Ties(Body + "Jan van der Berg\nSpecial Envoy of the Secretary-General\n");
        Assert.Contains("jan-van-der-berg mediates irn (reported)", ties);
        Assert.Contains("jan-van-der-berg mediates irq (reported)", ties);
    }

    [Fact]
    public void My_auspices_in_an_unsigned_text_name_no_mediator()
    {
        Assert.Empty(Mediators(Body + "Geneva, 1 September 1988\n"));
    }
}
