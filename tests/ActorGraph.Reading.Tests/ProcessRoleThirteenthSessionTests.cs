using ActorGraph.Core.Model;
using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>Process roles of the fifteenth session (`roles` helper, issue 14; docs/reading.md, "Process roles: causes counted
/// across 21-70"): parties from a pair the report sets against each other ("pitted A against B") and from the only two sides in
/// view when the text speaks of "the two countries" or "the Parties"; a second track of a pair that "began" talks with a new
/// mediator; "the Secretary-General" named by office alone, guarantors the mediator meets, the organisation a
/// mediator acts on behalf of. Every sentence is written for the test, on other
/// conflicts than the reports', with counter-examples.</summary>
public class ProcessRoleThirteenthSessionTests
{
    // Two leaders named apart, with no tie between them: only the rule can pair them.
    private const string Apart = "President Yoweri Museveni of Uganda spoke in Luanda on 21 August 2019, and President Paul Kagame of Rwanda spoke in Kigali. ";

    private static ReadingResult Read(string text) => ReportReader.ReadText(text);

    [Fact]
    public void A_pair_pitted_against_each_other_are_the_parties_of_a_mediation_that_names_none()
    {
        var result = Read("Kuwait mediated in 2017 to end the quarrel. The quarrel pitted Qatar against Bahrain for months over a television channel.");
        var process = Assert.Single(result.Processes);
        Assert.Equal(["bhr", "qat"], process.Parties.Order());
        Assert.Equal(["kwt"], process.Mediators);
    }

    [Fact]
    public void A_rivalry_between_two_sides_gives_the_parties_too()
    {
        var result = Read("The rivalry between Djibouti and Eritrea flared again in 2008. Qatar mediated, and both agreed to let Qatari troops watch the border.");
        var process = Assert.Single(result.Processes);
        Assert.Equal(["dji", "eri"], process.Parties.Order());
        Assert.Equal(["qat"], process.Mediators);
    }

    [Fact]
    public void Without_a_pair_set_against_each_other_no_pair_is_invented()
    {
        var result = Read("Kuwait mediated in 2017 to end the quarrel. The quarrel was about a television channel.");
        Assert.DoesNotContain(result.Processes, p => p.Parties.Contains("qat") || p.Parties.Contains("bhr"));
    }

    [Fact]
    public void The_two_countries_are_the_only_two_sides_in_view_when_the_mediator_is_set_apart()
    {
        var result = Read(Apart + "Angola facilitated the talks between the two neighbouring countries.");
        var process = Assert.Single(result.Processes);
        Assert.Equal(["rwa", "uga"], process.Parties.Order());
        Assert.Equal(["ago"], process.Mediators);
    }

    [Fact]
    public void The_two_countries_in_the_sentence_before_the_cue_count_too()
    {
        var result = Read(Apart + "The two countries agreed to hold talks. Angola facilitated the talks in May.");
        Assert.Equal(["rwa", "uga"], Assert.Single(result.Processes).Parties.Order());
    }

    [Fact]
    public void The_Parties_in_the_cue_sentence_with_three_sides_in_view_gives_no_pair()
    {
        var result = Read("President Yoweri Museveni of Uganda, President Paul Kagame of Rwanda and President Félix Tshisekedi of the Democratic Republic of the Congo came together in Luanda. "
            + "The Parties agreed to meet again, with the facilitation of Angola.");
        Assert.DoesNotContain(result.Processes, p => p.Parties.Contains("uga") && p.Parties.Contains("rwa"));
    }

    [Fact]
    public void Without_words_for_a_pair_two_sides_in_view_are_not_made_parties()
    {
        var result = Read(Apart + "Angola facilitated a meeting on trade.");
        Assert.DoesNotContain(result.Processes, p => p.Parties.Contains("uga") && p.Parties.Contains("rwa"));
    }

    private const string Exploratory = "Norway facilitated exploratory talks between the government of Colombia and the National Liberation Army (ELN) in 2016. ";

    [Fact]
    public void Talks_that_began_with_a_new_mediator_are_a_second_process_of_the_pair()
    {
        var result = Read(Exploratory + "In March 2017 the two sides began formal negotiations in Quito, facilitated by Norway and Ecuador.");
        Assert.Equal(2, result.Processes.Count);
        Assert.Equal(["nor"], result.Processes[0].Mediators);
        Assert.Equal(["ecu", "nor"], result.Processes[1].Mediators.Order());
    }

    [Fact]
    public void Talks_that_continued_with_a_new_mediator_stay_one_process()
    {
        var result = Read(Exploratory + "In March 2017 the talks continued in Quito, facilitated by Norway and Ecuador.");
        Assert.Equal(["ecu", "nor"], Assert.Single(result.Processes).Mediators.Order());
    }

    [Fact]
    public void Talks_that_began_with_the_same_mediator_stay_one_process()
    {
        var result = Read(Exploratory + "In March 2017 the two sides began formal negotiations in Quito, facilitated by Norway.");
        Assert.Equal(["nor"], Assert.Single(result.Processes).Mediators);
    }

    private const string Office = "secretary-general-of-the-united-nations";

    [Fact]
    public void The_Secretary_General_named_by_office_alone_convenes_and_mediates_between_those_met_separately()
    {
        var result = Read("The Secretary-General today closed the round of consultations on Western Sahara, which he convened in Geneva on 5 December. "
            + "Over two days he met separately with the Moroccan Foreign Minister, Nasser Bourita, and the Polisario Front's Secretary-General, Brahim Ghali.");
        Assert.Contains(result.Actors, a => a.Id == Office && a.Kind == ActorKind.Person);
        Assert.Contains(result.Relations, r => r.Source == Office && r.Target == "uno" && r.Kind == RelationVocabulary.Leads);
        var process = Assert.Single(result.Processes);
        // Since the issue 14 process-roles round (MediatorBodies) the organisation its head mediates for is a mediator beside them.
        Assert.Equal([Office, "uno"], process.Mediators);
        Assert.Equal(["mar", "pls"], process.Parties.Order());
    }

    [Fact]
    public void Guarantors_the_mediator_meets_are_no_mediators()
    {
        var result = Read("The Secretary-General convened the talks on Cyprus in Geneva. He met separately with the Greek Cypriot leader, Nikos Christodoulides, "
            + "and the Turkish Cypriot leader, Ersin Tatar, as well as with the foreign ministers of the guarantor powers, Greece, Turkey and the United Kingdom.");
        var process = Assert.Single(result.Processes);
        Assert.Equal([Office, "uno"], process.Mediators);
        Assert.DoesNotContain("grc", process.Mediators.Concat(process.Parties));
    }

    [Theory]
    [InlineData("The Special Representative of the Secretary-General for Libya, Ghassan Salamé, briefed the Council on the talks.")]
    [InlineData("I will recommend to the Secretary-General that the mission's mandate be extended.")]
    [InlineData("The Secretary-General, António Guterres, welcomed the agreement.")]
    [InlineData("The Secretary-General of ASEAN welcomed the agreement.")]
    public void The_office_after_of_or_to_or_with_its_holder_or_organisation_named_is_no_unnamed_Secretary_General(string text)
    {
        Assert.DoesNotContain(ReportReader.ReadText(text).Actors, a => a.Id == Office);
    }

    [Fact]
    public void The_organisation_on_whose_behalf_a_mediator_acts_mediates_too()
    {
        var result = Read("In 2010 Ethiopia and Eritrea held talks in Doha under the mediation of Qatar, acting on behalf of the African Union.");
        Assert.Equal(["african-union", "qat"], Assert.Single(result.Processes).Mediators.Order());
    }

    [Fact]
    public void A_state_on_whose_behalf_someone_speaks_is_no_mediator()
    {
        var result = Read("In 2010 Ethiopia and Eritrea held talks in Doha under the mediation of Qatar, acting on behalf of Kuwait.");
        Assert.Equal(["qat"], Assert.Single(result.Processes).Mediators);
    }
}
