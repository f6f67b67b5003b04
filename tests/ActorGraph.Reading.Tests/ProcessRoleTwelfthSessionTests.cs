using ActorGraph.Core.Model;
using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>The process roles round of the twelfth session (docs/reading.md): bodies the tables do not know described in
/// apposition, "the Panel" for the one panel named, chairs and conveners of talks, conveners who are the sides themselves,
/// leaders standing for their sides, participle asides before a verb, and a mediating panel's chair. Every sentence is written
/// for the test (other conflicts than reports 67-69), with counter-examples.</summary>
public class ProcessRoleTwelfthSessionTests
{
    private static ReadingResult Read(string text) => ReportReader.ReadText(text);

    private static string Id(ReadingResult result, string name) => Assert.Single(result.Actors, a => a.Name == name).Id;

    [Fact]
    public void A_multi_word_name_described_as_a_rebel_group_is_an_armed_group_with_its_acronym()
    {
        var result = Read("Sudan's army and the Harakat Tahrir Kush (HTK), the main rebel group in the east, held talks in Juba facilitated by Eritrea. "
            + "The HTK said it would return in May.");
        var group = Assert.Single(result.Actors, a => a.Name == "Harakat Tahrir Kush");
        Assert.Equal(ActorKind.ArmedGroup, group.Kind);
        Assert.Contains("HTK", group.Aliases);
        var process = Assert.Single(result.Processes);
        Assert.Contains(group.Id, process.Parties);
        Assert.Equal(["eri"], process.Mediators);
    }

    [Fact]
    public void A_multi_word_name_described_as_a_party_is_a_political_side()
    {
        var result = Read("Plaid Cymru, the party led by Rhian Morgan, joined the talks. Norway mediated between the government of Spain and Plaid Cymru.");
        var party = Assert.Single(result.Actors, a => a.Name == "Plaid Cymru");
        Assert.Equal(ActorKind.Organisation, party.Kind);
        Assert.Contains(result.Processes, p => p.Parties.Contains(party.Id));
    }

    [Fact]
    public void A_person_described_by_a_party_office_is_no_body()
    {
        var result = Read("Rhian Morgan Evans, the party leader, met the Spanish prime minister in Madrid.");
        Assert.DoesNotContain(result.Actors, a => a.Name == "Rhian Morgan Evans" && a.Kind == ActorKind.Organisation);
    }

    [Fact]
    public void The_panel_is_the_one_panel_the_report_named()
    {
        var result = Read("The Southern Kivu Contact Panel (SKCP) was set up in May 2019. The Panel facilitated talks between Rwanda and Burundi in Kigali.");
        var process = Assert.Single(result.Processes);
        Assert.Equal([Id(result, "Southern Kivu Contact Panel")], process.Mediators);
        Assert.Equal(["bdi", "rwa"], process.Parties.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_council_after_two_councils_is_no_one()
    {
        var result = Read("The Regional Security Council and the National Peace Council met in March. The Council facilitated talks between Rwanda and Burundi.");
        Assert.Empty(result.Processes);
    }

    [Fact]
    public void Who_the_sides_ask_to_chair_the_talks_mediates()
    {
        var result = Read("Serbia and Kosovo asked Martti Ahtisaari, a former President of Finland, to chair the talks in Vienna.");
        var process = Assert.Single(result.Processes);
        Assert.Contains(Id(result, "Martti Ahtisaari"), process.Mediators);
    }

    [Fact]
    public void Who_is_asked_to_chair_a_committee_is_no_mediator()
    {
        var result = Read("Serbia and Kosovo asked Norway to chair the donors' committee for the region.");
        Assert.Empty(result.Processes);
    }

    [Fact]
    public void Co_chairs_named_with_as_mediate_the_talks()
    {
        var result = Read("Talks between Ethiopia and Eritrea opened in Algiers, with President Abdelaziz Bouteflika and Prime Minister Romano Prodi as co-chairs.");
        var process = Assert.Single(result.Processes);
        Assert.Equal(["eri", "eth"], process.Parties.Order(StringComparer.Ordinal));
        Assert.Contains(process.Mediators, m => m is "dza" or "abdelaziz-bouteflika");
        Assert.Contains(process.Mediators, m => m is "ita" or "romano-prodi");
    }

    [Fact]
    public void Co_chairs_of_a_fund_mediate_nothing()
    {
        var result = Read("Ethiopia and Eritrea set up a reconstruction fund in 2001, with Norway and Japan as co-chairs.");
        Assert.Empty(result.Processes);
    }

    [Fact]
    public void Who_convened_the_summit_at_which_the_sides_signed_mediates()
    {
        var result = Read("The accord was signed by President Ilham Aliyev of Azerbaijan and Prime Minister Nikol Pashinyan of Armenia at a meeting that the UAE convened in Abu Dhabi.");
        var process = Assert.Single(result.Processes);
        Assert.Equal(["are"], process.Mediators);
        Assert.Equal(["arm", "aze"], process.Parties.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Who_convened_a_conference_mediates_nothing()
    {
        var result = Read("Kenya convened a conference on climate finance in Nairobi, attended by Ethiopia and Somalia.");
        Assert.Empty(result.Processes);
    }

    [Fact]
    public void Two_governments_that_convene_their_own_talks_are_no_mediators()
    {
        var result = Read("Greece and Turkey agreed to resume talks on the Aegean in 2002. The talks were convened by the Greek and Turkish governments in Athens.");
        Assert.All(result.Processes, p => Assert.DoesNotContain(p.Mediators, m => m is "grc-gov" or "tur-gov" or "grc" or "tur"));
    }

    [Fact]
    public void A_participle_aside_before_the_verb_is_not_its_subject()
    {
        var result = Read("Deputy President Kgalema Motlanthe, acting for the regional bloc chaired by President Yoweri Museveni of Uganda, mediated between Sudan and the SPLM-N.");
        var process = Assert.Single(result.Processes);
        Assert.DoesNotContain(Id(result, "Yoweri Museveni"), process.Mediators);
        Assert.DoesNotContain("uga", process.Mediators);
        Assert.Contains(Id(result, "Kgalema Motlanthe"), process.Mediators);
    }

    [Fact]
    public void A_mediating_panel_s_chair_mediates_with_it()
    {
        var result = Read("The Eminent Persons Panel, chaired by former President Festus Mogae, facilitated talks between Sudan and South Sudan in Addis Ababa.");
        var process = Assert.Single(result.Processes);
        Assert.Contains(Id(result, "Eminent Persons Panel"), process.Mediators);
        Assert.Contains(Id(result, "Festus Mogae"), process.Mediators);
    }

    [Fact]
    public void A_mediating_state_s_leader_is_not_added_as_a_chair()
    {
        var result = Read("Prime Minister Jonas Gahr Store of Norway said in Oslo that Norway facilitated talks between Colombia and the ELN in Havana.");
        var process = Assert.Single(result.Processes);
        Assert.Equal(["nor"], process.Mediators);
    }

    [Fact]
    public void A_person_named_after_a_lower_case_description_beside_a_facilitator_noun_mediates()
    {
        var result = Read("Indonesia's facilitator, the retired navy chief Bambang Suryo Wibowo, met delegations of the Philippines and the MILF in Jakarta. "
            + "Talks between the Philippines and the MILF were facilitated by Indonesia.");
        var process = Assert.Single(result.Processes);
        Assert.Contains("idn", process.Mediators);
        Assert.Contains(Id(result, "Bambang Suryo Wibowo"), process.Mediators);
    }

    [Fact]
    public void A_one_word_name_after_a_lower_case_description_is_no_person()
    {
        var result = Read("The ceasefire, the army chief Mahmoud said, would hold in Darfur.");
        Assert.DoesNotContain(result.Actors, a => a.Kind == ActorKind.Person);
    }

    [Fact]
    public void A_state_s_council_named_as_a_side_stands_for_the_state()
    {
        var result = Read("The delegation was headed by Mr Soe of the National Peace Council. "
            + "In 2015 Myanmar's National Peace Council and the Karen National Union signed a ceasefire mediated by Japan.");
        var process = Assert.Single(result.Processes);
        Assert.Contains("mmr", process.Parties);
        Assert.DoesNotContain(Id(result, "National Peace Council"), process.Parties);
        Assert.Contains(result.Relations, r => r.Source == Id(result, "National Peace Council") && r.Target == "mmr" && r.Kind == RelationVocabulary.PartOf);
    }

    [Fact]
    public void A_party_named_after_a_state_s_possessive_stays_a_side_of_its_own()
    {
        var result = Read("Plaid Cymru, the party led by Rhian Morgan, joined the talks. Norway mediated between Spain's government and Plaid Cymru.");
        Assert.Contains(result.Processes, p => p.Parties.Contains(Id(result, "Plaid Cymru")));
    }
}
