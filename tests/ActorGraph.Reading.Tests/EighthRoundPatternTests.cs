using ActorGraph.Core.Model;

namespace ActorGraph.Reading.Tests;

/// <summary>The eighth round's general rules, each on sentences written for the test (not taken from any report).</summary>
public class EighthRoundPatternTests
{
    [Theory]
    [InlineData("Kenya's President William Ruto met Ethiopian officials in Nairobi on Monday.", "william-ruto", "ken")]
    [InlineData("Turkish Foreign Ministry spokesman Oncu Keceli said on Monday that the talks would continue.", "oncu-keceli", "tur")]
    [InlineData("Jordan's intelligence chief, Ahmed Hosni, visited Damascus on Sunday.", "ahmed-hosni", "jor")]
    [InlineData("The Sudanese delegation, led by Mohamed Bashir Abu Namu, arrived in Jeddah on Sunday.", "mohamed-bashir-abu-namu", "sdn")]
    [InlineData("Ethiopia, represented by a delegation headed by Redwan Hussien, attended the talks in Nairobi.", "redwan-hussien", "eth")]
    [InlineData("Samuel Doe, Minister of Foreign Affairs and Regional Integration of the Republic of Ghana, arrived in Lome.", "samuel-doe", "gha")]
    [InlineData("We thank the government of Bahrain and the King, Hamad bin Isa Al Khalifa, for their efforts.", "hamad-bin-isa-al-khalifa", "bhr")]
    [InlineData("President William Ruto of Kenya said his envoy Raila Odinga would travel to Juba on Friday.", "raila-odinga", "ken")]
    [InlineData("On Monday the UN Special Envoy for the Great Lakes Region, Huang Xia, briefed the Council.", "huang-xia", "uno")]
    public void A_titled_holder_is_tied_to_the_state_the_title_names(string text, string person, string state)
    {
        var result = ReportReader.ReadText(text);
        Assert.True(result.Relations.Any(r => r.Source == person && (r.Kind == RelationVocabulary.Leads || r.Kind == RelationVocabulary.MemberOf)
            && r.Target.StartsWith(state, StringComparison.Ordinal)), Read(result));
    }

    [Fact]
    public void A_name_with_two_particles_is_one_person()
    {
        var result = ReportReader.ReadText("The Peruvian delegation was headed by former minister Pedro de la Torre in Lima.");
        Assert.Contains(result.Actors, a => a.Name == "Pedro de la Torre");
    }

    [Fact]
    public void The_head_of_a_delegation_is_a_member_of_its_side_not_its_leader()
    {
        var result = ReportReader.ReadText("The Sudanese delegation, led by Mohamed Bashir Abu Namu, arrived in Jeddah on Sunday.");
        Assert.DoesNotContain(result.Relations, r => r.Source == "mohamed-bashir-abu-namu" && r.Kind == RelationVocabulary.Leads && r.Target == "sdn");
    }

    [Theory]
    [InlineData("Burundi and Rwanda signed a peace agreement in Arusha on 3 March 2024.\n\nWitnessed by: Samia Suluhu Hassan, President of the "
        + "United Republic of Tanzania; Moussa Faki Mahamat, Chairperson of the African Union Commission", "tza", "samia-suluhu-hassan")]
    [InlineData("Colombia and the ELN signed a ceasefire in Caracas in the presence of Venezuelan President Nicolas Maduro.", "ven", "nicolas-maduro")]
    public void An_office_holder_who_witnesses_or_hosts_the_signing_mediates_for_the_office(string text, string office, string person)
    {
        var process = Assert.Single(ReportReader.ReadText(text).Processes);
        Assert.Contains(office, process.Mediators);
        Assert.DoesNotContain(person, process.Mediators);
    }

    [Fact]
    public void Leaders_of_a_side_in_the_city_they_met_in_do_not_make_the_city_act()
    {
        var result = ReportReader.ReadText("Egypt's intelligence chief, Ahmed Salem, met Hamas leaders in Cairo last week.");
        Assert.DoesNotContain(result.Relations, r => r.Kind == RelationVocabulary.Meets && r.Target == "egy");
    }

    [Fact]
    public void A_person_does_not_negotiate_with_the_body_they_hold_office_in()
    {
        var result = ReportReader.ReadText("Antonio Guterres, the Secretary-General of the United Nations, arrived in Accra on Sunday. "
            + "Guterres negotiated with the United Nations and Ghana on Monday.");
        Assert.Contains(result.Relations, r => r.Source == "antonio-guterres" && r.Target == "gha" && r.Kind == RelationVocabulary.Negotiates);
        Assert.DoesNotContain(result.Relations, r => r.Kind == RelationVocabulary.Negotiates && "antonio-guterres|uno".Contains(r.Source) && "antonio-guterres|uno".Contains(r.Target));
    }

    [Fact]
    public void A_government_keeps_the_form_the_text_wrote()
    {
        var result = ReportReader.ReadText("The Government of the Sudan hosted the talks in Khartoum on Monday.");
        Assert.Contains(result.Actors, a => a.Id == "sdn-gov" && a.Aliases.Contains("Government of the Sudan"));
    }

    private static string Read(Facts.ReadingResult result) =>
        string.Join("; ", result.Relations.Select(r => $"{r.Source} {r.Kind.Name} {r.Target}")) + " | " + string.Join(", ", result.Actors.Select(a => a.Id));
}
