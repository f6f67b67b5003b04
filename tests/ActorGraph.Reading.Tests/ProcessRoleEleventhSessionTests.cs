using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>The process roles round of the eleventh session (docs/reading.md): mediators named by a body before the mediator
/// noun, a team "led by" X, "takes up mediation", talks "co-chaired by", "the mediator" in news style, slashed and headless
/// acronyms of armed movements, "the rebels", officials standing for their side, and what someone is accused of. Every
/// sentence is written for the test (other conflicts than the reports), with counter-examples.</summary>
public class ProcessRoleEleventhSessionTests
{
    private static ReadingResult Read(string text) => ReportReader.ReadText(text);

    private static string Id(ReadingResult result, string name) => Assert.Single(result.Actors, a => a.Name == name).Id;

    [Fact]
    public void A_body_named_before_the_mediator_noun_mediates_with_the_person_beside_it()
    {
        var result = Read("Talks between the Government of Chad and the Union of Forces for Democracy and Development (UFDD) were led by the African Union mediator, "
            + "General Pierre Kone, for six weeks.");
        var process = Assert.Single(result.Processes);
        Assert.Contains(Id(result, "African Union"), process.Mediators);
        Assert.Contains(Id(result, "Pierre Kone"), process.Mediators);
    }

    [Fact]
    public void A_side_s_own_negotiator_is_no_mediator()
    {
        var result = Read("The Government of Chad named its chief negotiator, Ambassador Pierre Kone, before the talks with the Union of Forces for Democracy and Development (UFDD).");
        Assert.Empty(result.Processes);
    }

    [Fact]
    public void The_one_leading_a_mediation_team_mediates()
    {
        var result = Read("Ten weeks of negotiations between the Government of Chad and the Union of Forces for Democracy and Development (UFDD) were steered by a mediation team, "
            + "led by Gabon.");
        var process = Assert.Single(result.Processes);
        Assert.Contains("gab", process.Mediators);
    }

    [Fact]
    public void A_delegation_led_by_its_minister_is_no_mediation()
    {
        var result = Read("The delegation of Chad, led by its foreign minister, met the Union of Forces for Democracy and Development (UFDD) in Tripoli.");
        Assert.Empty(result.Processes);
    }

    [Fact]
    public void Who_takes_up_a_mediation_mediates()
    {
        var result = Read("In 2005 Libya took up mediation between the Government of Chad and the Union of Forces for Democracy and Development (UFDD).");
        var process = Assert.Single(result.Processes);
        Assert.Equal(["lby"], process.Mediators);
    }

    [Fact]
    public void Deciding_to_launch_a_mediation_is_not_read_as_its_subject_mediating()
    {
        var result = Read("The Government of Niger welcomed the decision to launch a mediation between Chad and the Union of Forces for Democracy and Development (UFDD).");
        Assert.All(result.Processes, p => Assert.DoesNotContain(p.Mediators, m => m.StartsWith("ner", StringComparison.Ordinal)));
    }

    [Fact]
    public void Co_chairs_of_talks_between_two_sides_mediate()
    {
        var result = Read("The talks between Armenia and Azerbaijan were co-chaired by France, Russia and the United States.");
        var process = Assert.Single(result.Processes);
        Assert.Equal(["fra", "rus", "usa"], process.Mediators.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_meeting_chaired_by_a_state_with_no_talks_is_no_mediation()
    {
        var result = Read("A donors' meeting on aid for Chad was chaired by Norway in Oslo.");
        Assert.Empty(result.Processes);
    }

    [Fact]
    public void The_mediator_in_news_style_is_the_one_person_mediating()
    {
        var result = Read("The Government of Chad and the Union of Forces for Democracy and Development (UFDD) met in Tripoli under the mediation of Ali Triki, a Libyan envoy. "
            + "The mediator shuttled between the Government of Chad and the UFDD for a week.");
        var process = Assert.Single(result.Processes);
        Assert.Contains("shuttles-between", process.Rules);
    }

    [Fact]
    public void A_mediator_with_an_article_other_than_the_is_nobody_named()
    {
        var result = Read("The Government of Chad and the Union of Forces for Democracy and Development (UFDD) met in Tripoli under the mediation of Ali Triki, a Libyan envoy. "
            + "A mediator shuttled between the Government of Chad and the UFDD for a week.");
        Assert.All(result.Processes, p => Assert.DoesNotContain("shuttles-between", p.Rules));
    }

    [Fact]
    public void A_slashed_acronym_is_one_body_and_its_last_letter_ends_the_sentence()
    {
        var result = Read("The Justice and Equality Movement/Army (JEM/A) is an armed group. The army of Sudan attacked the JEM/A. Chad condemned the attack.");
        var jem = Assert.Single(result.Actors, a => a.Name == "Justice and Equality Movement/Army");
        Assert.Contains("JEM/A", jem.Aliases);
        Assert.DoesNotContain(result.Actors, a => a.Name.StartsWith("A. ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_body_defined_with_no_head_noun_is_read_when_every_capitalised_word_gives_a_letter()
    {
        var result = Read("The rebels, gathered in the Chadians United for Justice and Peace (CUJP), signed a ceasefire with the Government of Chad.");
        var body = Assert.Single(result.Actors, a => a.Name == "Chadians United for Justice and Peace");
        Assert.Equal(Core.Model.ActorKind.ArmedGroup, body.Kind);
    }

    [Fact]
    public void A_plan_or_a_name_with_letters_left_over_is_no_body()
    {
        var result = Read("Chad and Sudan signed the Joint Border Security Plan (JBSP) and the Tripoli Peace Dialogue Accord Text (TPDA) in 2006.");
        Assert.DoesNotContain(result.Actors, a => a.Name.Contains("Plan", StringComparison.Ordinal) || a.Name.Contains("Tripoli Peace", StringComparison.Ordinal));
    }

    [Fact]
    public void The_rebels_are_the_one_irregular_group_the_report_named()
    {
        var result = Read("The Union of Forces for Democracy and Development (UFDD) attacked Abeche in May. The Government of Chad later negotiated with the southern rebels in Tripoli.");
        var ufr = Id(result, "Union of Forces for Democracy and Development");
        Assert.Contains(result.Relations, r => r.Kind.Name == "negotiates" && (r.Source == ufr || r.Target == ufr));
    }

    [Fact]
    public void The_rebels_stay_unread_when_the_report_named_two_groups()
    {
        var result = Read("The Union of Forces for Democracy and Development (UFDD) and the Popular Front for National Rebirth attacked Abeche in May. "
            + "The Government of Chad later negotiated with the rebels in Tripoli.");
        Assert.DoesNotContain(result.Relations, r => r.Kind.Name == "negotiates");
    }

    [Fact]
    public void An_official_between_whom_someone_mediates_stands_for_the_state_he_serves()
    {
        var result = Read("The Union of Forces for Democracy and Development (UFDD) attacked Abeche. Libya mediated between Chadian Foreign Minister Ahmat Allami "
            + "and the UFDD in Tripoli.");
        var process = Assert.Single(result.Processes);
        Assert.Contains("tcd", process.Parties);
        Assert.DoesNotContain(process.Parties, p => p.Contains("allami", StringComparison.Ordinal));
    }

    [Fact]
    public void A_mediator_s_own_minister_stays_on_the_mediator_s_side()
    {
        var result = Read("Libya's foreign minister Abdel Rahman Shalgham mediated between Chad and the Union of Forces for Democracy and Development (UFDD).");
        var process = Assert.Single(result.Processes);
        Assert.DoesNotContain("lby", process.Parties);
    }

    [Fact]
    public void What_someone_is_accused_of_is_claimed()
    {
        var result = Read("The Government of Chad accused Sudan of backing the Union of Forces for Democracy and Development (UFDD).");
        var ufr = Id(result, "Union of Forces for Democracy and Development");
        Assert.Contains(result.Relations, r => r.Kind.Name == "supports" && r.Source == "sdn" && r.Target == ufr && r.Modality == Core.Model.Modality.Claimed);
        Assert.DoesNotContain(result.Relations, r => r.Kind.Name == "supports" && r.Modality == Core.Model.Modality.Reported);
    }

    [Fact]
    public void Backing_stated_as_fact_stays_reported()
    {
        var result = Read("Sudan has backed the Union of Forces for Democracy and Development (UFDD) since 2005, according to the report of the panel.");
        Assert.DoesNotContain(result.Relations, r => r.Kind.Name == "supports" && r.Modality == Core.Model.Modality.Claimed && r.Source == "sdn");
    }

    [Fact]
    public void Panel_ends_an_unknown_body_s_name()
    {
        var result = Read("The High-Level Implementation Panel mediated between Sudan and South Sudan in Addis Ababa.");
        Assert.Contains(result.Actors, a => a.Name.EndsWith("Implementation Panel", StringComparison.Ordinal));
    }

    [Fact]
    public void The_transitional_government_is_the_government_named_before()
    {
        var result = Read("The Government of Burundi fought the rebels for years. Later South African Deputy President Jacob Zuma mediated between the transitional government "
            + "and the Union of Forces for Democracy and Development (UFDD).");
        var process = Assert.Single(result.Processes);
        Assert.Contains("bdi-gov", process.Parties);
        Assert.DoesNotContain(process.Parties, p => p.StartsWith("other-parties", StringComparison.Ordinal));
    }

    [Fact]
    public void A_transitional_body_that_is_no_government_is_not_the_government()
    {
        var result = Read("The Government of Burundi fought the rebels for years. Later South African Deputy President Jacob Zuma mediated between the transitional parliament "
            + "and the Union of Forces for Democracy and Development (UFDD).");
        Assert.All(result.Processes, p => Assert.DoesNotContain("bdi-gov", p.Parties));
    }

    [Fact]
    public void Bodies_alongside_whom_someone_mediates_are_co_mediators_with_the_body_represented()
    {
        var result = Read("The Government of Chad negotiated with the Union of Forces for Democracy and Development (UFDD) for months. "
            + "The envoy represented the African Union in the mediation alongside the United Nations and the European Union.");
        var process = Assert.Single(result.Processes);
        Assert.Equal(["african-union", "eec", "uno"], process.Mediators.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_state_named_in_the_clause_before_the_mediation_is_no_co_mediator()
    {
        var result = Read("The Government of Chad negotiated with the Union of Forces for Democracy and Development (UFDD) for months. "
            + "The envoy for Chad and the Sahel served in the mediation alongside the United Nations.");
        var process = Assert.Single(result.Processes);
        Assert.DoesNotContain("tcd", process.Mediators);
        Assert.Contains("uno", process.Mediators);
    }

    private const string TwoMovements = "The Government of Chad fought two movements, the Union of Forces for Democracy and Development (UFDD) "
        + "and the Rally of Forces for Change (RFC). ";

    [Fact]
    public void Sides_listed_before_a_ceasefire_with_a_third_each_agree_with_the_third()
    {
        var result = Read(TwoMovements + "The UFDD and the RFC signed a ceasefire with the government on 17 June.");
        var ufdd = Id(result, "Union of Forces for Democracy and Development");
        var rfc = Id(result, "Rally of Forces for Change");
        Assert.Contains(result.Relations, r => r.Kind.Name == "agrees-ceasefire" && new[] { r.Source, r.Target }.Order().SequenceEqual(new[] { "tcd-gov", ufdd }.Order()));
        Assert.Contains(result.Relations, r => r.Kind.Name == "agrees-ceasefire" && new[] { r.Source, r.Target }.Order().SequenceEqual(new[] { "tcd-gov", rfc }.Order()));
        Assert.DoesNotContain(result.Relations, r => r.Kind.Name == "agrees-ceasefire" && new[] { r.Source, r.Target }.Order().SequenceEqual(new[] { ufdd, rfc }.Order()));
    }

    [Fact]
    public void Two_sides_signing_a_ceasefire_with_no_third_agree_with_each_other()
    {
        var result = Read(TwoMovements + "The UFDD and the government signed a ceasefire on 17 June.");
        var ufdd = Id(result, "Union of Forces for Democracy and Development");
        Assert.Contains(result.Relations, r => r.Kind.Name == "agrees-ceasefire" && new[] { r.Source, r.Target }.Order().SequenceEqual(new[] { "tcd-gov", ufdd }.Order()));
    }

    [Fact]
    public void One_who_agrees_with_both_sides_of_a_mediated_pair_in_one_sentence_is_a_third_party()
    {
        var result = Read(TwoMovements + "The UFDD and the RFC signed a ceasefire with the government on 17 June. "
            + "Libya mediated between the UFDD and the RFC.");
        var process = Assert.Single(result.Processes);
        Assert.Equal(3, process.Parties.Count);
        Assert.Contains("tcd-gov", process.Parties);
    }

    [Fact]
    public void A_side_agreeing_with_only_one_of_a_mediated_pair_elsewhere_stays_out()
    {
        var result = Read(TwoMovements + "The UFDD signed a ceasefire with the government on 17 June. "
            + "Libya mediated between the UFDD and the RFC.");
        var process = Assert.Single(result.Processes);
        Assert.Equal(2, process.Parties.Count);
    }

    private const string KenyaFirst = "Kenya mediated between the Government of Chad and the Union of Forces for Democracy and Development (UFDD) in Nairobi. ";

    [Fact]
    public void A_mediator_new_to_the_pair_after_the_talks_collapsed_opens_a_second_process()
    {
        var result = Read(KenyaFirst + "After the talks collapsed, Libya mediated between the government and the UFDD.");
        Assert.Equal(2, result.Processes.Count);
        Assert.Single(result.Processes, p => p.Mediators.SequenceEqual(["ken"]));
        Assert.Single(result.Processes, p => p.Mediators.SequenceEqual(["lby"]));
    }

    [Fact]
    public void A_later_mediator_without_a_date_opens_a_second_process()
    {
        var result = Read(KenyaFirst + "Later, Libya mediated between the government and the UFDD.");
        Assert.Equal(2, result.Processes.Count);
        Assert.All(result.Processes, p => Assert.Single(p.Mediators));
    }

    [Fact]
    public void A_second_mediator_named_in_another_sentence_joins_the_same_process()
    {
        var result = Read(KenyaFirst + "Libya also mediated between the government and the UFDD.");
        var process = Assert.Single(result.Processes);
        Assert.Equal(["ken", "lby"], process.Mediators.Order());
    }

    [Fact]
    public void A_later_cue_naming_a_mediator_already_there_stays_in_its_process()
    {
        var result = Read(KenyaFirst + "Later, Kenya and Libya mediated between the government and the UFDD.");
        var process = Assert.Single(result.Processes);
        Assert.Equal(["ken", "lby"], process.Mediators.Order());
    }

    [Fact]
    public void A_cue_after_a_new_process_that_names_its_mediator_belongs_to_the_new_process()
    {
        var result = Read(KenyaFirst + "After the talks collapsed, Libya mediated between the government and the UFDD. "
            + "Gabon and Libya mediated between the government and the UFDD in Tripoli.");
        Assert.Equal(2, result.Processes.Count);
        Assert.Single(result.Processes, p => p.Mediators.SequenceEqual(["ken"]));
        Assert.Single(result.Processes, p => p.Mediators.Order().SequenceEqual(["gab", "lby"]));
    }
}
