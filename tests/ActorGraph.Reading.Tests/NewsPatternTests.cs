using ActorGraph.Core.Model;

namespace ActorGraph.Reading.Tests;

/// <summary>General patterns of news and official language found missing in the blind readings of reports 27-31:
/// bodies defined by an acronym, names sharing one plural head noun, "NAME, leader of X", a president without a
/// country, leaders who sign together, "brought X and Y together", "each side accused the other". The sentences are
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
}
