using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>The sixteenth round's rules, on sentences written for the test (not taken from any report): an agreement's
/// "hereinafter called the Parties", a signature block "TITLE, on behalf of X", "NAME, Adviser to the Minister ... of X",
/// and capitalised text names and quantifiers that are no actors.</summary>
public class SixteenthRoundPatternTests
{
    private static ReadingResult Read(string text) => ReportReader.ReadText(text);

    private static List<string> Ties(string text, params string[] kinds) =>
        Read(text).Relations.Where(r => kinds.Contains(r.Kind.Name))
            .Select(r => $"{r.Source} {r.Kind.Name} {r.Target}").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void The_parties_an_agreement_defines_stay_its_parties_after_another_pair_is_named()
    {
        var ties = Ties("The Republic of Kenya and the Federal Republic of Somalia, hereinafter jointly called the Parties, have agreed "
            + "as follows. Peru and Chile met in Lima on Monday. The Parties shall observe a ceasefire from 1 May.", "agrees-ceasefire");
        Assert.Equal(["ken agrees-ceasefire som"], ties);
    }

    [Fact]
    public void Without_a_definition_the_parties_are_still_the_last_pair_named()
    {
        var ties = Ties("Kenya and Somalia agreed on a text in Nairobi on Monday. Peru and Chile met in Lima on Monday. "
            + "The parties shall observe a ceasefire from 1 May.", "agrees-ceasefire");
        Assert.Equal(["per agrees-ceasefire chl"], ties);
    }

    [Fact]
    public void A_definition_referred_to_as_the_parties_is_read_too()
    {
        var ties = Ties("The Republic of Kenya and the Federal Republic of Somalia, hereinafter referred to as the Parties, met in "
            + "Arusha. Peru and Chile met in Lima on Monday. Either Party may end the ceasefire agreed by the Parties.", "agrees-ceasefire");
        Assert.Contains("ken agrees-ceasefire som", ties);
        Assert.DoesNotContain("per agrees-ceasefire chl", ties);
    }

    [Fact]
    public void Neither_party_and_a_capitalised_agreement_name_are_no_actors()
    {
        var result = Read("Neither Party shall attack the other, and the General Agreement binds Kenya and Somalia alike.");
        Assert.Equal(["ken", "som"], result.Actors.Select(a => a.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_signature_block_on_behalf_of_a_government_makes_the_signatory_hold_the_title_there()
    {
        var ties = Ties("The ceasefire between the two countries was signed in Nairobi on Monday.\n\nAmina Yusuf\n"
            + "President, on behalf of the Government of Chad", "leads", "member-of");
        Assert.Equal(["amina-yusuf leads tcd-gov"], ties);
    }

    [Fact]
    public void A_signature_block_without_on_behalf_of_ties_the_signatory_to_nothing()
    {
        var ties = Ties("The ceasefire between the two countries was signed in Nairobi on Monday.\n\nAmina Yusuf\nPresident of the Senate",
            "leads", "member-of");
        Assert.Empty(ties);
    }

    [Fact]
    public void An_adviser_to_a_states_minister_is_a_member_of_the_state()
    {
        var ties = Ties("The talks in Geneva ended on Monday.\n\nWitnessed by Erik Lund, Special Adviser to the Minister of Foreign "
            + "Affairs of Norway", "member-of", "leads");
        Assert.Equal(["erik-lund member-of nor"], ties);
    }

    [Fact]
    public void An_adviser_to_an_unnamed_office_is_tied_to_nothing()
    {
        var ties = Ties("John Smith, adviser to the president, spoke with Peru in Lima on Monday.", "member-of", "leads");
        Assert.Empty(ties);
    }

    [Fact]
    public void A_name_of_a_known_group_is_a_member_and_the_group_of_a_name_is_its_leader()
    {
        var ties = Ties("The Front for Unity (FFU) and the government of Chad met in Doha on Monday. Power passed to Amadou Sall of "
            + "FFU in April. The FFU of Moussa Diallo held out until a ceasefire in May.", "member-of", "leads");
        Assert.Equal(["amadou-sall member-of front-for-unity", "moussa-diallo leads front-for-unity"], ties);
    }

    [Fact]
    public void A_name_of_a_state_or_an_unknown_body_is_no_member()
    {
        var result = Read("Talks were held in Lima on Monday with Peru. Maria Lopez of Chile spoke, and the Bank of England said nothing.");
        Assert.DoesNotContain(result.Relations, r => r.Kind.Name is "member-of" or "leads");
        Assert.DoesNotContain(result.Actors, a => a.Name == "Maria Lopez" && a.Kind == Core.Model.ActorKind.Organisation);
    }

    [Fact]
    public void The_government_of_a_long_state_name_with_an_acronym_is_the_known_states_government()
    {
        var result = Read("The Government of the Federal Democratic Republic of Ethiopia (GFDRE) and the Tigray People's Liberation Front "
            + "met in Pretoria on Monday.");
        var government = Assert.Single(result.Actors, a => a.Id == "eth-gov");
        Assert.Contains("GFDRE", government.Aliases);
        Assert.DoesNotContain(result.Actors, a => a.Name.StartsWith("Government of the Federal", StringComparison.Ordinal));
    }

    [Fact]
    public void A_government_of_an_unknown_name_with_an_acronym_stays_a_new_body()
    {
        var result = Read("The Government of National Accord (GNA) and Egypt met in Cairo on Monday.");
        Assert.Contains(result.Actors, a => a.Name == "Government of National Accord" && a.Aliases.Contains("GNA"));
    }
}
