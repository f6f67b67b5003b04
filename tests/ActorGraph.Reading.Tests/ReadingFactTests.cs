using ActorGraph.Core.Model;
using ActorGraph.Reading.Facts;
using ActorGraph.Reading.Input;

namespace ActorGraph.Reading.Tests;

/// <summary>Specific facts the rules must read, on the shared reports and on short texts of our own.</summary>
public class ReadingFactTests
{
    private static ReadingResult Read(string name) => ReportReader.ReadFile(SharedFiles.Report(name));

    [Fact]
    public void The_UN_mediates_the_Yemen_truce_and_no_Houthis_are_invented()
    {
        var result = Read("01-yemen-un-truce");
        var process = Assert.Single(result.Processes);
        Assert.Contains("uno", process.Mediators);
        Assert.Contains("yem-gov", process.Parties);
        Assert.Equal(ProcessStatus.Agreed, process.Status);
        Assert.DoesNotContain(result.Actors, a => a.Name.Contains("Houthi", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("usa", process.Mediators);
    }

    [Fact]
    public void South_Africa_hosts_but_does_not_mediate_the_Pretoria_talks()
    {
        var process = Assert.Single(Read("04-ethiopia-pretoria-au-talks").Processes);
        Assert.DoesNotContain("zaf", process.Mediators);
        Assert.DoesNotContain("uno", process.Mediators);
        Assert.DoesNotContain("iad", process.Mediators);
        Assert.Contains("african-union", process.Mediators);
        Assert.Contains("obasanjo", process.Mediators);
        Assert.Equal(["eth-gov", "tigray-peoples-liberation-front"], process.Parties.Order());
    }

    [Fact]
    public void Witnesses_mediate_and_monitors_do_not_in_the_Kuala_Lumpur_declaration()
    {
        var result = Read("08-cambodia-thailand-kl-declaration");
        var process = Assert.Single(result.Processes);
        Assert.Equal(["mys", "usa"], process.Mediators.Order());
        Assert.DoesNotContain(result.Actors, a => a.Name == "United Nations");
        Assert.Contains(result.Relations, r => r.Source == "hun-manet" && r.Kind.Name == "leads" && r.Target == "khm");
        Assert.Contains(result.Relations, r => r.Kind.Name == "meets" && r.Date?.ToString() == "2025-10-26");
    }

    [Fact]
    public void Partial_dates_stay_partial()
    {
        var result = Read("11-portsmouth-1905-encyclopedic");
        var attack = Assert.Single(result.Relations, r => r.Kind.Name == "attacks");
        Assert.Equal(("jpn", "rus", "1904"), (attack.Source, attack.Target, attack.Date?.ToString()));
        Assert.Null(attack.Date!.Full);
        Assert.Null(result.Report.Date); // "not stated" in the header: no date is invented from the notes around it.
    }

    [Fact]
    public void Partial_dates_reach_the_seed_as_their_widest_interval_with_the_text_as_written()
    {
        var result = Read("11-portsmouth-1905-encyclopedic");
        var graph = Output.GraphMerger.Merge([result]).Graph;
        var attack = Assert.Single(graph.Relations, r => r.Kind.Name == "attacks" && r.Source == "jpn");
        Assert.Equal(new DateRange(new DateOnly(1904, 1, 1), new DateOnly(1904, 12, 31)), attack.When);
        Assert.Contains("(month and day unknown), given as", Assert.Single(attack.Evidence).Note, StringComparison.Ordinal);

        var month = ReportReader.ReadText("The war between Ethiopia and Eritrea broke out in May, officials said on Friday in a statement.",
            options: new ReadingOptions { Date = new DateOnly(2023, 6, 10) });
        var war = Assert.Single(month.Relations, r => r.Kind.Name == "armed-conflict");
        Assert.Equal("2023-05", war.Date?.ToString());
        var seeded = Assert.Single(Output.GraphMerger.Merge([month]).Graph.Relations);
        Assert.Equal(new DateRange(new DateOnly(2023, 5, 1), new DateOnly(2023, 5, 31)), seeded.When);
    }

    [Fact]
    public void Titled_person_leads_an_agency_of_a_state_and_claims_are_claimed()
    {
        var result = ReportReader.ReadText(
            "A Hamas delegation met with Egyptian intelligence officials on Monday, according to two sources within the group.\n\n" +
            "The delegation held talks with Major General Hassan Rashad, head of Egyptian general intelligence.",
            options: new ReadingOptions { Date = new DateOnly(2024, 12, 4) });
        Assert.Contains(result.Relations, r => r.Source == "hassan-rashad" && r.Kind.Name == "leads" && r.Target == "egy-spy");
        Assert.Contains(result.Relations, r => r.Source == "egy-spy" && r.Kind.Name == "part-of" && r.Target == "egy");
        var meeting = Assert.Single(result.Relations, r => r.Kind.Name == "meets" && r.Target == "egy-spy");
        Assert.Equal(Modality.Claimed, meeting.Modality);
        Assert.Equal("2024-12-02", meeting.Date?.ToString()); // Monday before the report's Wednesday
        Assert.Equal(1, meeting.Where.Paragraph);
        Assert.Equal(0, meeting.Where.Start);
    }

    [Fact]
    public void Brokered_by_gives_a_process_with_the_parties_named_between()
    {
        var result = ReportReader.ReadText("Talks between Armenia and Azerbaijan were brokered by the European Union and facilitated by Qatar, officials said on Friday in a long statement.");
        var process = Assert.Single(result.Processes);
        Assert.Equal(["arm", "aze"], process.Parties.Order());
        Assert.Equal(["eec", "qat"], process.Mediators.Order());
    }

    [Fact]
    public void Hope_and_denial_are_modalities()
    {
        var result = ReportReader.ReadText("Officials said Kenya will meet Somalia next week to settle the maritime dispute. Uganda did not attack Rwanda last year, the ministry insisted in a statement.");
        Assert.Equal(Modality.Hoped, Assert.Single(result.Relations, r => r.Kind.Name == "meets").Modality);
        Assert.Equal(Modality.Denied, Assert.Single(result.Relations, r => r.Kind.Name == "attacks").Modality);
    }

    [Fact]
    public void References_to_the_army_the_paramilitary_force_and_a_named_chief_of_staff_resolve()
    {
        var result = ReportReader.ReadText(
            "Envoys of the Sudanese Armed Forces and the Rapid Support Forces signed a pledge in Jeddah on Thursday, officials said.\n\n" +
            "The war between the army, led by General Abdel Fattah al-Burhan, and the paramilitary force, commanded by Mohamed Hamdan Dagalo, broke out in April.\n\n" +
            "Ukrainian President Volodymyr Zelensky spoke on Monday. His chief of staff, Andriy Yermak, accused Moscow of delaying the exchanges.",
            options: new ReadingOptions { Date = new DateOnly(2023, 5, 12) });
        Assert.Contains(result.Relations, r => r.Source == "sudanese-armed-forces" && r.Kind.Name == "armed-conflict" && r.Target == "rapid-support-forces" && r.Date?.ToString() == "2023-04");
        Assert.Contains(result.Relations, r => r.Source == "abdel-fattah-al-burhan" && r.Kind.Name == "leads" && r.Target == "sudanese-armed-forces");
        Assert.Contains(result.Relations, r => r.Source == "mohamed-hamdan-dagalo" && r.Kind.Name == "leads" && r.Target == "rapid-support-forces");
        Assert.Contains(result.Relations, r => r.Source == "andriy-yermak" && r.Kind.Name == "member-of" && r.Target == "ukr");
        Assert.Contains(result.Relations, r => r.Source == "andriy-yermak" && r.Kind.Name == "accuses" && r.Target == "rus");
    }

    [Fact]
    public void Pressure_on_a_leader_keeps_the_person_and_possessed_demands_are_not_hopes()
    {
        var result = ReportReader.ReadText(
            "The United States has pressed Russian President Vladimir Putin to release all prisoners, according to a Western official.\n\n" +
            "Hamas sources said the group insisted that any deal should address their key demands toward Israel.");
        Assert.Contains(result.Relations, r => r.Source == "usa" && r.Kind.Name == "pressures" && r.Target == "vladimir-putin" && r.Modality == Modality.Claimed);
        Assert.DoesNotContain(result.Relations, r => r.Kind.Name == "demands" && r.Modality == Modality.Hoped);
    }

    [Fact]
    public void A_title_after_the_name_leaders_as_parties_and_suspended_membership_are_read()
    {
        var result = ReportReader.ReadText(
            "Kofi Annan, the UN secretary-general, said on Monday that talks would resume.\n\n" +
            "In May 2019, Kenyan President Uhuru Kenyatta hosted Sudanese President Omar al-Bashir and Ugandan President Yoweri Museveni for negotiations. " +
            "Kenyatta mediated between the two leaders for three days.\n\n" +
            "The African Union suspended Mali's membership in 2021.");
        Assert.Contains(result.Relations, r => r.Source == "kofi-annan" && r.Kind.Name == "leads" && r.Target == "uno");
        var process = Assert.Single(result.Processes);
        Assert.Equal(["sdn", "uga"], process.Parties.Order());
        Assert.Contains(result.Relations, r => r.Source == "african-union" && r.Kind.Name == "sanctions" && r.Target == "mli");
    }

    [Fact]
    public void A_second_coordinated_verb_shares_the_first_subject()
    {
        var result = ReportReader.ReadText("We, the Prime Minister of Ethiopia and the President of Eritrea, met in Jeddah today with the facilitation of Saudi Arabia and concluded negotiations on a peace agreement.");
        var talks = Assert.Single(result.Relations, r => r.Kind.Name == "negotiates");
        Assert.Equal(["eri", "eth"], new[] { talks.Source, talks.Target }.Order());
        Assert.DoesNotContain(result.Relations, r => r.Kind.Name == "negotiates" && (r.Source == "sau" || r.Target == "sau"));
    }

    [Fact]
    public void Led_forces_and_hosts_are_not_mediators()
    {
        var result = ReportReader.ReadText("Saudi-led forces attacked positions near the border, and Kenya hosted talks between Sudan and South Sudan in Nairobi last month.");
        Assert.DoesNotContain(result.Processes, p => p.Mediators.Contains("sau") || p.Mediators.Contains("ken"));
        Assert.Contains(result.Actors, a => a.Id == "ken");
    }
}
