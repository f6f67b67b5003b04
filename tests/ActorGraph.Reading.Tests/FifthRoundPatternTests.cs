using ActorGraph.Core.Model;

namespace ActorGraph.Reading.Tests;

/// <summary>General patterns found missing in the blind readings of reports 34-36 (a UN press briefing, a news story on
/// facilitated talks, an ASEAN chair's statement). The sentences are new ones, not the reports' own.</summary>
public class FifthRoundPatternTests
{
    [Fact]
    public void A_second_title_joined_by_and_gives_a_second_office()
    {
        var result = ReportReader.ReadText("Maria Lopez, the Deputy Special Representative of the Secretary-General for Haiti and head of the United Nations Integrated Office in Haiti (BINUH), met Haitian police chiefs on Monday.");
        var person = result.Actors.Single(a => a.Name == "Maria Lopez");
        var office = result.Actors.Single(a => a.Name.StartsWith("United Nations Integrated Office", StringComparison.Ordinal));
        Assert.Contains(result.Relations, r => r.Source == person.Id && r.Target == office.Id && r.Kind == RelationVocabulary.Leads);
    }

    [Fact]
    public void A_title_and_body_before_a_comma_and_an_honorific_name_the_holder()
    {
        var result = ReportReader.ReadText("The summit was opened by the Secretary-General of ASEAN, Dato Paul Tan Kee, in the presence of ministers from twelve states.");
        var person = result.Actors.Single(a => a.Name == "Paul Tan Kee");
        Assert.Contains(result.Relations, r => r.Source == person.Id && r.Target == "asn" && r.Kind == RelationVocabulary.Leads);
    }

    [Fact]
    public void A_state_name_before_armed_forces_is_its_army_and_a_title_after_a_comma_ties_the_commander()
    {
        var result = ReportReader.ReadText("The envoy met General Ahmed Saleh Ould Brahim, Commander-in-Chief of the Mauritanian Armed Forces, in Nouakchott on Monday.");
        var army = result.Actors.Single(a => a.Name == "Mauritanian Armed Forces");
        Assert.Equal(ActorKind.ArmedGroup, army.Kind);
        Assert.Contains(result.Relations, r => r.Source == army.Id && r.Target == "mrt" && r.Kind == RelationVocabulary.PartOf);
        var commander = result.Actors.Single(a => a.Name == "Ahmed Saleh Ould Brahim");
        Assert.Contains(result.Relations, r => r.Source == commander.Id && r.Target == army.Id && r.Kind == RelationVocabulary.Leads);
    }

    [Fact]
    public void A_host_is_neither_a_mediator_nor_a_party()
    {
        var result = ReportReader.ReadText("The Sudanese army and the Rapid Support Forces resumed talks on Tuesday. The talks are facilitated by Kenya and hosted by Ethiopia.");
        var process = Assert.Single(result.Processes);
        Assert.Equal(["ken"], process.Mediators);
        Assert.DoesNotContain("eth", process.Parties);
        Assert.Contains("sdn", process.Parties);
    }

    [Fact]
    public void The_opposition_described_and_then_named_is_one_actor()
    {
        var result = ReportReader.ReadText("Bolivia's government and the country's main opposition alliance began talks in La Paz on Friday. "
            + "The delegation of the opposition Civic Front was headed by a lawyer. The opposition demands new elections.");
        var opposition = Assert.Single(result.Actors, a => a.Rule == "opposition");
        Assert.Contains("Civic Front", opposition.Aliases);
        Assert.Contains(result.Relations, r => r.Kind == RelationVocabulary.Negotiates && (r.Source == opposition.Id || r.Target == opposition.Id) && (r.Source == "bol-gov" || r.Target == "bol-gov"));
    }

    [Fact]
    public void A_pair_named_before_its_sides_is_the_reports_main_pair()
    {
        var result = ReportReader.ReadText("The envoy said today that the two delegations had signed a ceasefire agreement in Geneva. "
            + "Chad and the Union of Forces for Democracy and Development (UFDD) had held talks there since Monday, after the UFDD attacked Chad in March.");
        Assert.Contains(result.Relations, r => r.Kind == RelationVocabulary.AgreesCeasefire);
    }

    [Fact]
    public void Sanctions_imposed_by_an_actor_are_its_act_and_a_possessed_act_is_its_owners()
    {
        var imposed = ReportReader.ReadText("The Cuban government wanted the lifting of the sanctions imposed by the United States.");
        Assert.Contains(imposed.Relations, r => r.Kind == RelationVocabulary.Sanctions && r.Source == "usa" && r.Target == "cub-gov");
        var owned = ReportReader.ReadText("Egypt's military support for the Sudanese army was decisive in June.");
        Assert.Contains(owned.Relations, r => r.Kind == RelationVocabulary.Supports && r.Source == "egy");
    }

    [Theory]
    [InlineData("Thérèse Mabanza Hamas, the Minister of Foreign Affairs of Burundi, arrived on Monday.", "Thérèse Mabanza Hamas")]
    public void A_one_word_group_name_ending_a_persons_name_is_the_surname(string sentence, string name) =>
        Assert.Contains(ReportReader.ReadText(sentence).Actors, a => a.Name == name && a.Kind == ActorKind.Person);
}
