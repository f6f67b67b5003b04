using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>The seventeenth round's rules, on sentences written for the test (not taken from any report): persons whose
/// office is given in an appositive without a capitalised title ("NAME, the DUP leader", "NAME, the country's first
/// elected president", "its chief negotiator, NAME", "X's Minister of State for Foreign Affairs, NAME") and "founded by".</summary>
public class SeventeenthRoundPatternTests
{
    private static ReadingResult Read(string text) => ReportReader.ReadText(text);

    private static List<string> Ties(string text, params string[] kinds) =>
        Read(text).Relations.Where(r => kinds.Contains(r.Kind.Name))
            .Select(r => $"{r.Source} {r.Kind.Name} {r.Target}").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void A_name_before_a_body_the_report_named_and_a_lower_case_title_leads_that_body()
    {
        var ties = Ties("The Ulster Farmers Party (UFP) rejected the new border plan on Tuesday in Belfast. "
            + "Margaret Doyle, the UFP leader, said the plan would never pass in the assembly.", "leads", "member-of");
        Assert.Equal(["margaret-doyle leads ulster-farmers-party"], ties);
    }

    [Fact]
    public void A_name_before_an_unknown_word_and_a_title_gets_no_office()
    {
        var ties = Ties("The Ulster Farmers Party (UFP) rejected the new border plan on Tuesday in Belfast. "
            + "Margaret Doyle, the farm leader, said the plan would never pass in the assembly.", "leads", "member-of");
        Assert.Empty(ties);
    }

    [Fact]
    public void The_countrys_first_elected_president_leads_the_one_state_the_sentence_named()
    {
        var ties = Ties("In 1991 soldiers in Zambia arrested Joseph Mwanza, the country's first elected civilian president, "
            + "after a short and bloody revolt.", "leads");
        Assert.Equal(["joseph-mwanza leads zmb"], ties);
    }

    [Fact]
    public void The_countrys_president_with_two_states_in_the_sentence_leads_neither()
    {
        var ties = Ties("In 1991 soldiers from Zambia and Malawi arrested Joseph Mwanza, the country's first elected civilian "
            + "president, after a short and bloody revolt.", "leads");
        Assert.Empty(ties);
    }

    [Fact]
    public void A_former_president_of_the_country_holds_no_office_now()
    {
        var result = Read("Mediators in Zambia consulted Joseph Mwanza, the country's former president, before the talks "
            + "opened in Lusaka.");
        Assert.Contains(result.Actors, a => a.Id == "joseph-mwanza");
        Assert.DoesNotContain(result.Relations, r => r.Kind.Name == "leads");
    }

    [Fact]
    public void A_state_possessive_title_then_a_comma_and_a_name_is_a_member_of_the_state()
    {
        var ties = Ties("Oman's Minister of State for Foreign Affairs, Salim al-Harthi, carried proposals between the two "
            + "delegations on Sunday.", "member-of", "leads");
        Assert.Equal(["salim-al-harthi member-of omn"], ties);
    }

    [Fact]
    public void Its_chief_negotiator_then_a_name_is_a_member_of_the_group_just_named()
    {
        var ties = Ties("The National Liberation Army sent its chief negotiator, Rosa Medina, to the talks in Caracas on "
            + "Friday.", "member-of", "leads");
        Assert.Equal(["rosa-medina member-of eln"], ties);
    }

    [Fact]
    public void Their_title_far_from_any_group_reads_the_person_without_an_office()
    {
        var result = Read("The National Liberation Army arrived in Caracas on Friday after a long journey from the border "
            + "regions, and their chief negotiator, Rosa Medina, spoke first.");
        Assert.Contains(result.Actors, a => a.Id == "rosa-medina");
        Assert.DoesNotContain(result.Relations, r => r.Source == "rosa-medina" && r.Kind.Name is "member-of" or "leads");
    }

    [Fact]
    public void A_title_then_a_one_word_name_is_no_person()
    {
        var result = Read("The National Liberation Army sent its chief negotiator, Medina, to the talks in Caracas on Friday.");
        Assert.DoesNotContain(result.Actors, a => a.Kind == Core.Model.ActorKind.Person);
    }

    [Fact]
    public void Founded_in_a_year_by_a_person_makes_the_founder_lead_the_body()
    {
        var ties = Ties("The Patriotic Salvation Movement, founded in 1986 by Idris Kader in exile, fought the army of Chad "
            + "for five years.", "leads");
        Assert.Equal(["idris-kader leads patriotic-salvation-movement"], ties);
    }

    [Fact]
    public void Founded_in_a_place_by_a_person_is_not_read_as_a_founding_of_the_place()
    {
        var ties = Ties("The Patriotic Salvation Movement was active in a town founded in Chad by French officers long ago "
            + "and still fought on.", "leads");
        Assert.Empty(ties);
    }

    [Fact]
    public void An_alias_after_also_known_as_keeps_the_pair_one_subject()
    {
        var ties = Ties("On Friday the Government of Mali and the Azawad Liberation Front, also known as the Northern Front, "
            + "agreed on a ceasefire in Algiers.", "agrees-ceasefire");
        Assert.Equal(["mli-gov agrees-ceasefire azawad-liberation-front"], ties);
    }

    [Fact]
    public void An_alias_defined_in_words_in_a_bracket_names_the_actor_later()
    {
        var ties = Ties("The Republic of Peru (hereinafter referred to as \"GOP\") and Chile agreed to a ceasefire on the border on "
            + "Monday. On Friday GOP accused Chile of breaking the ceasefire near the coast.", "agrees-ceasefire", "accuses");
        Assert.Equal(["per accuses chl", "per agrees-ceasefire chl"], ties);
    }

    [Fact]
    public void Known_as_after_a_noun_that_is_no_actor_defines_nothing()
    {
        var result = Read("The talks between Peru and Chile, known as the Lima Process, opened in the capital on Monday.");
        Assert.DoesNotContain(result.Actors, a => a.Aliases.Contains("Lima Process"));
    }

    [Fact]
    public void Hereinafter_the_parties_is_left_to_the_defined_pair()
    {
        var result = Read("The Republic of Peru and the Republic of Chile, hereinafter referred to as the Parties, have agreed as "
            + "follows. The Parties shall respect the border.");
        Assert.DoesNotContain(result.Actors, a => a.Aliases.Any(x => x.Contains("Parties", StringComparison.Ordinal)));
    }

    [Fact]
    public void Also_known_as_a_name_of_another_actor_is_no_alias()
    {
        var result = Read("Rebels of the Azawad Liberation Front, also known as Mali to some, met officials in Algiers on Monday "
            + "to discuss the truce.");
        Assert.DoesNotContain(result.Actors, a => a.Id == "azawad-liberation-front" && a.Aliases.Contains("Mali"));
    }

    [Fact]
    public void An_unknown_we_before_a_second_verb_is_its_subject_not_the_object_before()
    {
        var ties = Ties("We have urged Kenya and Uganda to respect the truce on the border, and we have called on Sudan to stop "
            + "arming the militias.", "demands", "engages");
        Assert.DoesNotContain("ken demands sdn", ties);
        Assert.DoesNotContain("uga demands sdn", ties);
    }

    [Fact]
    public void An_actor_subject_before_a_second_verb_is_still_its_subject()
    {
        var ties = Ties("Egypt urged Israel to respect the ceasefire on Monday, and then accused Hamas of breaking it.", "accuses");
        Assert.NotEmpty(ties);
    }

    [Fact]
    public void They_after_an_actor_still_continues_that_actor()
    {
        var ties = Ties("The Russians were adamant that they would not pay any money to Japan, whatever the mediator said.", "rejects");
        Assert.Equal(["rus rejects jpn"], ties);
    }

    [Fact]
    public void The_Government_alone_is_the_one_state_among_the_sides_in_view()
    {
        var ties = Ties("Talks between Somalia and the Shabaab Liberation Front opened in Nairobi on Monday. The Front demanded a "
            + "prisoner release, and the Government rejected the Front's demand on Tuesday.", "rejects");
        Assert.Equal(["som rejects shabaab-liberation-front"], ties);
    }

    [Fact]
    public void The_Government_alone_between_two_states_is_neither()
    {
        var ties = Ties("Talks between Somalia and Kenya opened in Nairobi on Monday. On Tuesday the Government rejected the Kenyan "
            + "demand for a buffer zone.", "rejects");
        Assert.Empty(ties);
    }

    [Fact]
    public void A_capitalised_Government_starting_a_longer_name_is_no_reference()
    {
        var result = Read("Talks between Somalia and the Shabaab Liberation Front opened in Nairobi on Monday. The Government Media "
            + "Office said the Front had rejected the offer.");
        Assert.DoesNotContain(result.Relations, r => r.Kind.Name == "rejects" && r.Source == "som");
    }

    [Fact]
    public void A_state_name_that_begins_a_movements_name_is_part_of_that_name()
    {
        var result = Read("The Chad Democratic Front, led by Ali Karar, signed the deal with the Sudanese government in Abuja on Friday.");
        Assert.Contains(result.Actors, a => a.Id == "chad-democratic-front" && a.Country == "TCD");
        Assert.DoesNotContain(result.Relations, r => r.Kind.Name == "part-of" && r.Target == "tcd");
        Assert.Contains(result.Relations, r => r is { Source: "ali-karar", Target: "chad-democratic-front" } && r.Kind.Name == "leads");
    }

    [Fact]
    public void A_state_name_before_a_council_still_makes_a_body_of_the_state()
    {
        var result = Read("Officials of the Chad National Security Council met the Sudanese envoy in Abuja on Friday to discuss the deal.");
        Assert.Contains(result.Relations, r => r.Source == "national-security-council" && r.Kind.Name == "part-of" && r.Target == "tcd");
    }

    [Fact]
    public void A_state_possessive_before_a_movement_stays_the_state()
    {
        var result = Read("Chad's Democratic Front, led by Ali Karar, signed the deal with the Sudanese government in Abuja on Friday.");
        Assert.DoesNotContain(result.Actors, a => a.Id == "chad-democratic-front");
    }
}
