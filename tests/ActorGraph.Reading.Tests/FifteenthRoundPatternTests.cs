using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>The fifteenth round's rules, on sentences written for the test (not taken from any report): bodies defined by an
/// acronym of their name in another language, who a sentence-initial "She" and a bare "The Chairperson" are, the head of a
/// body inside an organisation, "urged X to sign", an unresolved object pronoun, and "won the backing of X".</summary>
public class FifteenthRoundPatternTests
{
    private static ReadingResult Read(string text) => ReportReader.ReadText(text);

    private static List<string> Ties(string text, params string[] kinds) =>
        Read(text).Relations.Where(r => kinds.Contains(r.Kind.Name))
            .Select(r => $"{r.Source} {r.Kind.Name} {r.Target}").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void A_body_defined_by_an_acronym_of_its_name_in_another_language_is_a_new_actor_with_that_alias()
    {
        var result = Read("The Front for the Liberation of the Enclave (FLEC) and the government of Angola met in Brazzaville on Monday.");
        var body = Assert.Single(result.Actors, a => a.Name == "Front for the Liberation of the Enclave");
        Assert.Contains("FLEC", body.Aliases);
        Assert.Contains(result.Actors, a => a.Id == "ago");
    }

    [Fact]
    public void An_opposition_coalition_defined_by_its_initials_is_a_new_actor()
    {
        var result = Read("Talks between the government of Chad and the United Chadian Opposition (UCO) resumed in Doha.");
        var body = Assert.Single(result.Actors, a => a.Name == "United Chadian Opposition");
        Assert.Contains("UCO", body.Aliases);
    }

    [Fact]
    public void An_acronym_that_does_not_begin_with_the_names_first_letter_defines_no_body()
    {
        var result = Read("Kenya met the Union for Democratic Renewal (CMF) in Nairobi.");
        Assert.DoesNotContain(result.Actors, a => a.Aliases.Contains("CMF"));
    }

    [Fact]
    public void A_bracket_after_a_phrase_without_a_bodys_head_noun_is_no_body()
    {
        var result = Read("Kenya and Somalia met at the Windsor Golf Hotel (WGH) in Nairobi.");
        Assert.DoesNotContain(result.Actors, a => a.Aliases.Contains("WGH"));
    }

    [Fact]
    public void A_sentence_initial_she_is_the_last_subject_not_the_person_named_last_as_an_object()
    {
        var ties = Ties("President Ana Ruiz of Chile thanked the envoy of Norway, Erik Lund. She urged Peru to respect the ceasefire.", "demands", "engages");
        Assert.Contains("ana-ruiz demands per", ties);
        Assert.DoesNotContain(ties, t => t.StartsWith("erik-lund", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pronoun_inside_a_sentence_is_still_the_last_person()
    {
        var ties = Ties("President Ana Ruiz of Chile thanked the envoy of Norway, Erik Lund. Peru said that he had met Bolivia twice.", "meets");
        Assert.Equal(["erik-lund meets bol"], ties);
    }

    [Fact]
    public void The_title_alone_is_the_person_first_named_with_it_and_the_head_of_an_inner_body_is_a_member()
    {
        var text = "The Chairperson of the Commission of the African Union (AU), Dr. Amara Diallo, welcomed the talks. "
            + "The Chairperson thanked the envoy of Norway, Erik Lund, and urged Sudan to respect the truce.";
        var ties = Ties(text, "member-of", "leads", "demands");
        Assert.Contains("amara-diallo member-of african-union", ties);
        Assert.DoesNotContain("amara-diallo leads african-union", ties);
        Assert.Contains("amara-diallo demands sdn", ties);
    }

    [Fact]
    public void The_head_of_a_governing_body_still_leads_the_state()
    {
        var ties = Ties("The Chairman of the Council of Ministers of the USSR, Mr. Ivan Orlov, received the two delegations.", "leads", "member-of");
        Assert.Contains("ivan-orlov leads sun", ties);
    }

    [Fact]
    public void Urging_a_side_to_sign_is_a_demand_and_urging_it_to_attend_stays_an_appeal()
    {
        Assert.Equal(["ken demands som"], Ties("Kenya urged Somalia to sign the agreement without delay.", "demands", "engages"));
        Assert.Equal(["ken engages som"], Ties("Kenya urged Somalia to attend the talks in Nairobi.", "demands", "engages"));
    }

    [Fact]
    public void A_demand_of_them_makes_no_demand_between_the_sides_named_before()
    {
        var ties = Ties("The mediator welcomed the pledges of Chad and Niger and urged them to respect the truce.", "demands");
        Assert.DoesNotContain("tcd demands ner", ties);
        Assert.DoesNotContain("ner demands tcd", ties);
    }

    [Fact]
    public void Backing_won_from_an_actor_comes_from_that_actor()
    {
        Assert.Equal(["usa supports gha"], Ties("Ghana won the backing of the United States for the plan.", "supports"));
    }

    [Fact]
    public void An_acronym_of_the_initials_in_another_order_defines_the_body_unless_a_known_state_is_inside()
    {
        var result = Read("The National Council for the Defence of Liberty (CNDL) met the government of Gabon in Libreville.");
        Assert.Contains("CNDL", Assert.Single(result.Actors, a => a.Name == "National Council for the Defence of Liberty").Aliases);
        var inside = Read("The Popular Front for the Renewal of Gabon (FPRG) met the government in Libreville.");
        Assert.DoesNotContain(inside.Actors, a => a.Rule == "acronym-body");
    }

    [Fact]
    public void A_lower_case_title_after_former_introduces_a_person_and_without_former_does_not()
    {
        Assert.Contains(Read("In July 1996 former president Jean Kalume returned to power in Gabon.").Actors, a => a.Name == "Jean Kalume");
        // Without "former" the lower-case title ties no office; the person-name finder still reads the name (a given name).
        Assert.DoesNotContain("jean-kalume leads gab", Ties("In July 1996 the president Jean Kalume returned to power in Gabon.", "leads"));
    }

    [Fact]
    public void A_president_present_at_a_signing_leads_no_state_of_the_sentence_and_one_who_signs_does()
    {
        Assert.DoesNotContain("john-harlan leads gab", Ties("In the presence of President John Harlan, the government and the rebels signed the accord for Gabon.", "leads"));
        Assert.Contains("john-harlan leads gab", Ties("President John Harlan signed the accord for Gabon with the rebels.", "leads"));
    }
}
