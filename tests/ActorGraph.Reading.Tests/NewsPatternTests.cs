using ActorGraph.Core.Model;

namespace ActorGraph.Reading.Tests;

/// <summary>General patterns of news and official language found missing in the blind readings of reports 27-31:
/// bodies defined by an acronym, names sharing one plural head noun, "NAME, leader of X", a president without a
/// country, leaders who sign together, "brought X and Y together", "each side accused the other"; and, after 30 and 31,
/// people introduced by a description ("NAME, China's most senior diplomat", "a co-founder of the movement"), a name
/// after a title and a comma, heads of teams, a denied arming. The sentences are
/// new ones, not the reports' own.</summary>
public class NewsPatternTests
{
    [Theory]
    [InlineData("Talks resumed in Doha (Qatar) on Monday, Kenya said.", null)]
    [InlineData("The Joint Verification and Monitoring Mechanism (JVMM) will report to Kenya on Monday.", "Joint Verification and Monitoring Mechanism")]
    [InlineData("The United Nations Mission in Liberia (UNMIL) withdrew troops from two bases, Kenya said.", "United Nations Mission in Liberia")]
    public void A_name_with_its_acronym_in_brackets_is_a_body(string sentence, string? name)
    {
        var actors = ReportReader.ReadText(sentence).Actors;
        if (name is null)
        {
            Assert.DoesNotContain(actors, a => a.Rule == "acronym-body");
            return;
        }
        var body = Assert.Single(actors, a => a.Name == name);
        Assert.Equal("acronym-body", body.Rule);
        Assert.Contains(body.Aliases, a => a.All(c => char.IsUpper(c)));
    }

    [Fact]
    public void A_body_inside_a_known_organisation_is_part_of_it()
    {
        var result = ReportReader.ReadText("The United Nations Mission in Liberia (UNMIL) withdrew troops from two bases, Kenya said.");
        var body = result.Actors.Single(a => a.Name == "United Nations Mission in Liberia");
        Assert.Contains(result.Relations, r => r.Source == body.Id && r.Kind == RelationVocabulary.PartOf && r.Target == "uno");
    }

    [Fact]
    public void Documents_with_an_acronym_are_not_bodies() =>
        Assert.DoesNotContain(ReportReader.ReadText("The two ministers signed the Terms of Reference (TOR) in Jakarta.").Actors, a => a.Rule == "acronym-body");

    [Theory]
    [InlineData("The deal was approved by Kenya's Supreme National Security Council on Monday.", "Supreme National Security Council")]
    [InlineData("A Kenyan National Security Council spokesman declined to comment on Monday.", "National Security Council")]
    public void A_known_name_at_the_end_of_a_longer_one_gives_the_longer_body(string sentence, string name)
    {
        var result = ReportReader.ReadText(sentence);
        Assert.DoesNotContain(result.Actors, a => a.Name == "UN Security Council");
        var body = Assert.Single(result.Actors, a => a.Name == name);
        Assert.Equal(ActorKind.Agency, body.Kind);
        Assert.Contains(result.Relations, r => r.Source == body.Id && r.Target == "ken" && r.Kind == RelationVocabulary.PartOf);
    }

    [Fact]
    public void Two_adjectives_before_one_plural_office_name_two_states()
    {
        var result = ReportReader.ReadText("The Kenyan and Ethiopian presidents brought the two delegations to Nairobi on Monday.");
        Assert.Contains(result.Actors, a => a.Name == "Kenya");
        Assert.Contains(result.Actors, a => a.Name == "Ethiopia");
    }

    [Fact]
    public void Two_names_before_a_plural_body_noun_are_two_bodies_on_one_side()
    {
        var result = ReportReader.ReadText("Georgia and the breakaway Kartli and Imereti people's republics agreed a ceasefire on Monday.");
        var bodies = result.Actors.Where(a => a.Rule == "shared-head").Select(a => a.Name).Order().ToList();
        Assert.Equal(["Imereti People's Republic", "Kartli People's Republic"], bodies);
        var ceasefires = result.Relations.Where(r => r.Kind == RelationVocabulary.AgreesCeasefire).ToList();
        Assert.Equal(2, ceasefires.Count);
        Assert.All(ceasefires, r => Assert.Equal("geo", r.Source));
    }

    [Fact]
    public void Name_comma_leader_of_a_body_defined_in_the_same_breath()
    {
        var result = ReportReader.ReadText("The deal was signed by John Garang, leader of the Sudan People's Liberation Army (SPLA), in Naivasha.");
        var person = result.Actors.Single(a => a.Name == "John Garang");
        var army = result.Actors.Single(a => a.Name == "Sudan People's Liberation Army");
        Assert.Equal(ActorKind.ArmedGroup, army.Kind);
        Assert.Contains(result.Relations, r => r.Source == person.Id && r.Target == army.Id && r.Kind == RelationVocabulary.Leads);
    }

    [Theory]
    [InlineData("President Uhuru Kenyatta said on Monday that the Republic of Kenya would host the talks.", true)]
    [InlineData("President Uhuru Kenyatta said on Monday that Kenya and Somalia would meet in Nairobi.", false)]
    [InlineData("The talks were praised by former President Uhuru Kenyatta and by Kenya.", false)]
    public void A_president_without_a_country_leads_the_only_state_named(string sentence, bool leads)
    {
        var result = ReportReader.ReadText(sentence);
        var person = result.Actors.Single(a => a.Name == "Uhuru Kenyatta");
        Assert.Equal(leads, result.Relations.Any(r => r.Source == person.Id && r.Target == "ken" && r.Kind == RelationVocabulary.Leads));
    }

    [Fact]
    public void Leaders_who_sign_together_are_the_pair_that_the_two_rivals_refers_to()
    {
        var result = ReportReader.ReadText(
            "The accord, which Kenyan President Uhuru Kenyatta and Ethiopian Prime Minister Abiy Ahmed signed on Monday, ends the dispute.\n\n" +
            "It was the fruit of IGAD's mediation between the two rivals.", "t.txt", new() { Date = new DateOnly(2020, 3, 2) });
        var process = Assert.Single(result.Processes);
        Assert.Equal(["eth", "ken"], process.Parties.Order());
        Assert.Equal(["iad"], process.Mediators);
    }

    [Fact]
    public void Bringing_two_leaders_together_is_mediation_between_their_sides()
    {
        var result = ReportReader.ReadText("Qatar brought Somali President Mohamed Farmajo and Kenyan President William Ruto together in Doha.");
        var process = Assert.Single(result.Processes);
        Assert.Equal(["ken", "som"], process.Parties.Order());
        Assert.Equal(["qat"], process.Mediators);
        Assert.Contains(result.Relations, r => r.Source == "qat" && r.Kind == RelationVocabulary.Mediates && r.Target == "william-ruto");
    }

    [Fact]
    public void Each_side_accusing_the_other_gives_both_accusations()
    {
        var result = ReportReader.ReadText("Kenya and Somalia agreed a ceasefire in March.\n\nSince then each side has accused the other of violations.",
            "t.txt", new() { Date = new DateOnly(2020, 6, 1) });
        Assert.Contains(result.Relations, r => r.Kind == RelationVocabulary.Accuses && r.Source == "ken" && r.Target == "som");
        Assert.Contains(result.Relations, r => r.Kind == RelationVocabulary.Accuses && r.Source == "som" && r.Target == "ken");
    }

    [Theory]
    [InlineData("Amina Odhiambo, Kenya's most senior diplomat, flew to Addis Ababa on Monday.", "Amina Odhiambo", "ken")]
    [InlineData("Talks were chaired by Amina Odhiambo, the Kenyan foreign minister.", "Amina Odhiambo", "ken")]
    [InlineData("Tomas Keller, a veteran Swiss-Austrian mediator, arrived in Nairobi on Monday.", "Tomas Keller", null)]
    public void A_person_described_after_the_name_is_a_person_and_the_state_named_with_the_noun_is_their_affiliation(string sentence, string name, string? state)
    {
        var result = ReportReader.ReadText(sentence);
        var person = Assert.Single(result.Actors, a => a.Name == name);
        Assert.Equal(ActorKind.Person, person.Kind);
        var memberships = result.Relations.Where(r => r.Source == person.Id && r.Kind == RelationVocabulary.MemberOf).Select(r => r.Target).ToList();
        Assert.Equal(state is null ? [] : [state], memberships);
    }

    [Theory]
    [InlineData("Amina Odhiambo, who arrived on Monday, met the envoys.")]
    [InlineData("Amina Odhiambo, Kenya and Ethiopia signed the accord on Monday.")]
    [InlineData("Amina Odhiambo, a town near the border, was shelled on Monday.")]
    public void A_clause_or_a_list_after_a_name_is_no_description(string sentence) =>
        Assert.DoesNotContain(ReportReader.ReadText(sentence).Actors, a => a.Rule == "name-then-description");

    [Fact]
    public void A_co_founder_of_the_movement_is_a_member_of_the_group_referred_to()
    {
        var result = ReportReader.ReadText("Hamas sent envoys to Cairo on Monday. Mullah Khaled Nasser, a co-founder of the movement, led them.");
        var person = result.Actors.Single(a => a.Name == "Khaled Nasser");
        var hamas = result.Actors.Single(a => a.Name == "Hamas");
        Assert.Contains(result.Relations, r => r.Source == person.Id && r.Target == hamas.Id && r.Kind == RelationVocabulary.MemberOf);
    }

    [Fact]
    public void A_name_after_a_title_and_a_comma_is_the_titled_person_of_the_state_named_first()
    {
        var result = ReportReader.ReadText("A Kenyan National Security Council spokesman, John Mwangi, said talks would resume.");
        var person = result.Actors.Single(a => a.Name == "John Mwangi");
        Assert.Contains(result.Relations, r => r.Source == person.Id && r.Target == "ken" && r.Kind == RelationVocabulary.MemberOf);
    }

    [Theory]
    [InlineData("A Hamas team headed by Khaled Nasser met Egyptian officials in Cairo.", false)]
    [InlineData("Hamas, led by Khaled Nasser, met Egyptian officials in Cairo.", true)]
    public void The_head_of_a_team_is_a_member_of_the_body_the_team_is_of(string sentence, bool leads)
    {
        var result = ReportReader.ReadText(sentence);
        var person = result.Actors.Single(a => a.Name == "Khaled Nasser");
        var hamas = result.Actors.Single(a => a.Name == "Hamas").Id;
        var kind = leads ? RelationVocabulary.Leads : RelationVocabulary.MemberOf;
        var other = leads ? RelationVocabulary.MemberOf : RelationVocabulary.Leads;
        Assert.Contains(result.Relations, r => r.Source == person.Id && r.Target == hamas && r.Kind == kind);
        Assert.DoesNotContain(result.Relations, r => r.Source == person.Id && r.Target == hamas && r.Kind == other);
    }

    [Theory]
    [InlineData("Egypt denied that it had ever armed the Houthis.", true)]
    [InlineData("Egypt said armed men attacked the Houthis near the border.", false)]
    [InlineData("The Houthis fought the armed forces of Egypt.", false)]
    public void Denying_having_armed_a_group_is_a_denied_support(string sentence, bool denied)
    {
        var result = ReportReader.ReadText(sentence);
        var support = result.Relations.Where(r => r.Kind == RelationVocabulary.Supports).ToList();
        if (!denied) { Assert.Empty(support); return; }
        var tie = Assert.Single(support);
        Assert.Equal(("egy", Modality.Denied), (tie.Source, tie.Modality));
    }

    [Theory]
    [InlineData("Police clashed with the Kanuri opposition movement in the north on Monday.", "Kanuri", ActorKind.Organisation)]
    [InlineData("Police clashed with the Kanuri rebel group in the north on Monday.", "Kanuri", ActorKind.ArmedGroup)]
    [InlineData("The rebels accused Tamaro, the governing party, of rigging the vote in March.", "Tamaro", ActorKind.Organisation)]
    public void A_single_unknown_word_described_as_a_body_is_a_new_group(string sentence, string name, ActorKind kind)
    {
        var body = Assert.Single(ReportReader.ReadText(sentence).Actors, a => a.Rule == "described-body");
        Assert.Equal((name, kind), (body.Name, body.Kind));
    }

    [Theory]
    [InlineData("In Kismayo, the ruling party held a rally on Monday with its supporters.")]
    [InlineData("On Monday, the opposition party held a rally in the capital with its supporters.")]
    [InlineData("Police clashed with the Kenyan opposition movement in the north on Monday.")]
    public void A_place_a_day_or_a_known_name_before_a_body_noun_is_no_new_group(string sentence) =>
        Assert.DoesNotContain(ReportReader.ReadText(sentence).Actors, a => a.Rule == "described-body");

    [Fact]
    public void A_minister_of_a_portfolio_of_a_state_is_a_member_of_it()
    {
        var result = ReportReader.ReadText("The talks were facilitated by Amina Odhiambo, Minister of Foreign Affairs of the Republic of Kenya, in Nairobi.");
        var person = result.Actors.Single(a => a.Name == "Amina Odhiambo");
        Assert.Contains(result.Relations, r => r.Source == person.Id && r.Target == "ken" && r.Kind == RelationVocabulary.MemberOf);
    }

    [Fact]
    public void An_ambassador_posted_to_a_state_is_not_acting_for_it()
    {
        var result = ReportReader.ReadText("Tomas Keller, Switzerland's ambassador to Kenya, mediated between Kenya and Somalia in 2019.");
        var person = result.Actors.Single(a => a.Name == "Tomas Keller");
        Assert.Contains(result.Relations, r => r.Source == person.Id && r.Target == "che" && r.Kind == RelationVocabulary.MemberOf);
        Assert.Contains(result.Relations, r => r.Source == person.Id && r.Target == "som" && r.Kind == RelationVocabulary.Mediates);
        Assert.DoesNotContain(result.Relations, r => r.Source == "ken" && r.Kind == RelationVocabulary.Mediates);
    }

    [Theory]
    [InlineData("Police clashed with the Kanuri rebel group on Monday. Later the Kanuri Military Junta said it would fight on.", "Kanuri Military Junta")]
    [InlineData("Police clashed with the Kanuri rebel group on Monday. Later Kanuri fighters said they would fight on in March.", null)]
    public void A_longer_body_beginning_with_a_name_met_in_the_report_is_a_new_body(string text, string? body)
    {
        var names = ReportReader.ReadText(text).Actors.Select(a => a.Name).ToList();
        Assert.Contains("Kanuri", names);
        if (body is null) Assert.Equal(1, names.Count(n => n.StartsWith("Kanuri", StringComparison.Ordinal)));
        else Assert.Contains(body, names);
    }
}
