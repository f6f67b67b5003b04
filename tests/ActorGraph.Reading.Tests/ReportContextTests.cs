namespace ActorGraph.Reading.Tests;

/// <summary>Facts whose missing part comes from the report's context rather than the sentence (fifteenth session, reader): a head
/// title with no state, placed by the report's main pair or its publisher. Sentences written for the test, each rule with
/// counter-examples.</summary>
public class ReportContextTests
{
    private static List<string> Ties(string text) =>
        ReportReader.ReadText(text).Relations.Select(r => $"{r.Source} {r.Kind.Name} {r.Target} ({r.Modality.ToString().ToLowerInvariant()})")
            .Order(StringComparer.Ordinal).ToList();

    private const string RebelTalks = "The Government of Uganda and the Lord's Resistance Army have fought since 1987. "
        + "Kenya and Tanzania have mediated between the government and the Lord's Resistance Army since March, in talks held in Juba. ";

    [Fact]
    public void A_bare_head_title_leads_the_one_state_side_of_the_main_conflict()
    {
        var ties = Ties(RebelTalks + "In May President Alan Ortega suspended the talks after the Lord's Resistance Army attacked a convoy.");
        Assert.Contains("alan-ortega leads uga-gov (reported)", ties);
    }

    [Fact]
    public void A_bare_head_title_beside_another_persons_state_still_leads_the_state_side()
    {
        var ties = Ties(RebelTalks + "President Alan Ortega has said he will attend, and the Prime Minister of Spain, Luis Navarro, has been invited.");
        Assert.Contains("alan-ortega leads uga-gov (reported)", ties);
        Assert.DoesNotContain("alan-ortega leads esp (reported)", ties);
    }

    [Fact]
    public void A_host_thanked_or_a_mediating_head_is_not_placed_on_the_state_side()
    {
        var ties = Ties(RebelTalks + "The envoy was grateful to President Rafael Cordero, who hosted the last round. "
            + "The talks were mediated by President Lucas Ferreira.");
        Assert.DoesNotContain(ties, t => t.StartsWith("rafael-cordero leads", StringComparison.Ordinal));
        Assert.DoesNotContain(ties, t => t.StartsWith("lucas-ferreira leads", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_states_at_war_leave_a_bare_head_unplaced()
    {
        var ties = Ties("Ethiopia and Eritrea fought a border war from 1998. Algeria mediated between Ethiopia and Eritrea in 2000. "
            + "President Samuel Tekle said the talks would resume in June.");
        Assert.DoesNotContain(ties, t => t.StartsWith("samuel-tekle leads", StringComparison.Ordinal));
    }

    [Fact]
    public void The_first_bare_head_of_a_state_offices_readout_leads_the_publishers_state()
    {
        var ties = Ties("# title: Readout of a call\n# publisher: The White House\n# date: 2024-11-27\n\n"
            + "President John Carver spoke today with Prime Minister Ali Hassan of Lebanon about the ceasefire between Israel and Hezbollah. "
            + "The President said the United States will support the Lebanese Armed Forces. Later President Karim Saad joined the call.");
        Assert.Contains("john-carver leads usa (reported)", ties);
        Assert.DoesNotContain(ties, t => t.StartsWith("karim-saad leads", StringComparison.Ordinal));
        Assert.DoesNotContain("john-carver leads isr (reported)", ties);
    }

    [Fact]
    public void A_wire_story_leaves_a_bare_head_of_two_states_unplaced()
    {
        var ties = Ties("# title: Prisoners freed\n# publisher: A wire service\n# date: 2023-09-18\n\n"
            + "The United States and Iran exchanged prisoners on Monday in a swap mediated by Qatar. President John Carver said the exchange was a relief.");
        Assert.DoesNotContain(ties, t => t.StartsWith("john-carver leads", StringComparison.Ordinal));
    }
}
