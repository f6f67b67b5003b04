namespace ActorGraph.Reading.Tests;

/// <summary>Leftovers of the blind reports 97-106 taken as general rules (seventeenth session, reports): a call or an appeal to
/// a group to join talks is a demand on it, never a hoped-for mediation; an op-ed's author note says who "we" are. Sentences written for the test, with counter-examples.</summary>
public class ReportLeftoverTests
{
    private static List<string> Ties(string text) => ReadTies.Plain(text);

    [Fact]
    public void Calling_on_a_group_to_join_the_talks_is_a_demand_on_it()
    {
        Assert.Contains("col demands eln", Ties("Colombia called on the ELN to join the peace talks."));
    }

    [Fact]
    public void Appealing_to_a_group_to_join_a_dialogue_is_a_demand_on_it()
    {
        var ties = Ties("Ethiopia appealed to the Oromo Liberation Front to join the national dialogue without delay.");
        Assert.Contains(ties, t => t.StartsWith("eth demands ", StringComparison.Ordinal));
        Assert.DoesNotContain(ties, t => t.Contains(" mediates ", StringComparison.Ordinal));
    }

    [Fact]
    public void An_appeal_for_something_else_is_no_demand()
    {
        Assert.DoesNotContain(Ties("Colombia appealed to donors to fund the programme."), t => t.Contains(" demands ", StringComparison.Ordinal));
    }

    [Fact]
    public void An_author_note_makes_the_body_it_names_who_we_are()
    {
        var ties = Ties("The writer is a former official of the African Union.\n\nIn 2019 we mediated between Sudan and the SPLM-N, and our envoy met both sides in Juba.");
        Assert.Contains("african-union mediates sdn", ties);
    }

    [Fact]
    public void An_author_who_worked_for_a_state_speaks_for_it()
    {
        var ties = Ties("The author worked for Norway in 2000.\n\nWe met the ELN and Colombia in Havana, and we mediated between them.");
        Assert.Contains("nor mediates eln", ties);
        Assert.Contains("nor mediates col", ties);
    }

    [Fact]
    public void Without_an_author_note_we_is_not_the_first_body_named()
    {
        var ties = Ties("Norway and Colombia signed the deal.\n\nWe met the ELN and Colombia in Havana, and we mediated between them.");
        Assert.DoesNotContain(ties, t => t.Contains(" mediates ", StringComparison.Ordinal));
    }
}
