namespace ActorGraph.Reading.Tests;

/// <summary>Ways of telling mediation that the blind reading of held-out reports 107-116 missed (issue 14, reports, fourth round):
/// an owner with adjectives before the mediation noun ("His patient intercession", "whose personal intercession"), "intercession"
/// and "middleman" as mediation nouns, movement between the two sides ("went back and forth between", "driving between the two
/// delegations' hotels"), "under my chairmanship" in talks, a speaker named in a speech's heading line or in a "(Signed) NAME"
/// line, and a title's topic ("Personal Representative for East Timor") that mediates nothing. Sentences written for the test,
/// each rule with counter-examples.</summary>
public class FourthRoundReportWordingTests
{
    private static List<string> Ties(string text) => ReadTies.WithModality(text);

    private static List<string> Mediators(string text) =>
        Ties(text).Where(t => t.Contains(" mediates ", StringComparison.Ordinal)).ToList();

    [Fact]
    public void Whose_with_an_adjective_before_intercession_names_the_mediator()
    {
        var ties = Ties("The deal came from Norway, whose patient intercession in the last week produced an agreement between Colombia and the ELN.");
        Assert.Contains("nor mediates col (reported)", ties);
        Assert.Contains("nor mediates eln (reported)", ties);
    }

    [Fact]
    public void A_possessive_with_an_adjective_before_mediation_names_the_mediator()
    {
        var ties = Ties("Ghana and Togo signed a border truce after Senegal's tireless mediation.");
        Assert.Contains("sen mediates gha (reported)", ties);
        Assert.Contains("sen mediates tgo (reported)", ties);
    }

    [Fact]
    public void An_adjective_before_a_noun_that_is_no_mediation_names_no_mediator()
    {
        Assert.Empty(Mediators("Ghana and Togo signed a border truce after Senegal's tireless lobbying."));
        Assert.Empty(Mediators("Norway, whose patient diplomacy is well known, sold fish to Colombia and Ecuador."));
    }

    [Fact]
    public void His_intercession_after_a_shuttle_is_the_shuttling_persons_not_the_last_minister_named()
    {
        var text = "Ghana and Togo signed a border truce in May.\n\nThe talks were conducted by Ambassador Kofi Mensah of Senegal, who "
            + "carried proposals between the two Foreign Ministers, Mr. Kwame Boateng and Mr. Koffi Adjovi. His patient intercession "
            + "brought the two Governments to accept a joint commission.";
        var mediators = Mediators(text);
        Assert.DoesNotContain(mediators, t => t.StartsWith("koffi-adjovi mediates", StringComparison.Ordinal));
        Assert.DoesNotContain(mediators, t => t.StartsWith("kwame-boateng mediates", StringComparison.Ordinal));
        Assert.Contains(mediators, t => t.StartsWith("kofi-mensah mediates", StringComparison.Ordinal));
    }

    [Fact]
    public void Acting_as_the_middleman_is_a_mediating_role()
    {
        var ties = Ties("Senegal and the MFDC met in Rome this month. Switzerland is acting as the middleman.");
        Assert.Contains("che mediates sen (reported)", ties);
        Assert.Contains("che mediates mfdc (reported)", ties);
    }

    [Fact]
    public void A_middleman_in_trade_between_states_named_by_no_sides_is_no_mediator()
    {
        Assert.Empty(Mediators("The company sells grain and coffee and prefers to avoid any middleman."));
    }

    [Fact]
    public void Going_back_and_forth_between_the_two_presidents_is_shuttle_mediation()
    {
        var ties = Ties("Honduras and El Salvador agreed a ceasefire on 20 July. The Organization of American States went back and forth between the two presidents throughout the weekend.");
        Assert.Contains("oas mediates hnd (reported)", ties);
        Assert.Contains("oas mediates slv (reported)", ties);
    }

    [Fact]
    public void Driving_between_the_two_delegations_hotels_is_shuttle_mediation()
    {
        var ties = Ties("Armenia and Turkey signed the protocols in Zurich. Before the signing, Russia spent the afternoon driving between the two delegations' hotels.");
        Assert.Contains("rus mediates arm (reported)", ties);
        Assert.Contains("rus mediates tur (reported)", ties);
    }

    [Fact]
    public void Moving_between_places_that_are_no_sides_is_no_mediation()
    {
        Assert.Empty(Mediators("Armenia and Turkey signed the protocols in Zurich. Russia's trucks kept driving between the two cities."));
        Assert.Empty(Mediators("Armenia and Turkey signed the protocols in Zurich. Thousands of refugees were moving between the two camps."));
    }

    [Fact]
    public void Under_my_chairmanship_in_a_speech_heading_makes_the_speaker_the_mediator()
    {
        var text = "Remarks by John Whitcombe, Special Envoy of the Secretary-General for the border, at the close of the talks\n\n"
            + "Over the past three days the delegations of Ghana and Togo have met here in Geneva, under my chairmanship, and reached agreement.";
        var ties = Ties(text);
        Assert.Contains("john-whitcombe mediates gha (reported)", ties);
        Assert.Contains("john-whitcombe mediates tgo (reported)", ties);
    }

    [Fact]
    public void Under_her_chairmanship_without_talks_is_no_mediation()
    {
        Assert.Empty(Mediators("Ghana and Togo are members of the committee. Under her chairmanship the committee approved the budget of Amina Diallo's office."));
    }

    [Fact]
    public void A_heading_that_is_no_speech_names_no_speaker()
    {
        var text = "Report by John Whitcombe, Special Envoy of the Secretary-General, on the border\n\n"
            + "Over the past three days the delegations of Ghana and Togo have met here in Geneva, under my chairmanship, and reached agreement.";
        Assert.DoesNotContain(Mediators(text), t => t.StartsWith("john-whitcombe mediates", StringComparison.Ordinal));
    }

    [Fact]
    public void A_signed_line_at_the_end_makes_the_signer_the_owner_of_my_auspices()
    {
        var text = "Letter dated 5 May from the Chairman addressed to the members\n\n"
            + "I have the honour to inform you that today Ghana and Togo signed an agreement on their border. The agreement was concluded under my auspices.\n\n"
            + "(Signed) Kofi Mensah";
        var ties = Ties(text);
        Assert.Contains("kofi-mensah mediates gha (reported)", ties);
        Assert.Contains("kofi-mensah mediates tgo (reported)", ties);
    }

    [Fact]
    public void Without_a_signature_my_auspices_names_no_one()
    {
        var text = "Letter dated 5 May from the Chairman addressed to the members\n\n"
            + "I have the honour to inform you that today Ghana and Togo signed an agreement on their border. The agreement was concluded under my auspices.\n\n"
            + "Kofi Mensah is mentioned here only as a name in a closing sentence of more words.";
        Assert.DoesNotContain(Mediators(text), t => t.StartsWith("kofi-mensah mediates", StringComparison.Ordinal));
    }

    [Fact]
    public void The_place_in_an_envoys_title_is_no_mediator()
    {
        var ties = Mediators("Since 1997 the talks between Ghana and Togo have been conducted by the Personal Representative for Nigeria, Ambassador John Whitcombe.");
        Assert.Contains("john-whitcombe mediates gha (reported)", ties);
        Assert.DoesNotContain(ties, t => t.StartsWith("nga mediates", StringComparison.Ordinal));
    }
}
