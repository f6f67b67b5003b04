using ActorGraph.Core.Model;

namespace ActorGraph.Reading.Tests;

/// <summary>Issue 14: "the movement led by NAME" (no comma) is a group of its own, named by its leader, not a reference back to
/// the last group or organisation of the report; "the group, led by NAME," (commas) stays a reference. Sentences written for the
/// test.</summary>
public class GroupOfLeaderTests
{
    [Fact]
    public void The_movement_led_by_a_name_is_a_group_of_its_own_that_the_name_leads()
    {
        var r = ReportReader.ReadText("The United Nations welcomed the deal. The Government of Sudan called on the movement led by Zorvan Kettiwel to join the peace process.");
        var group = Assert.Single(r.Actors, a => a.Name == "movement led by Zorvan Kettiwel");
        Assert.Equal(ActorKind.ArmedGroup, group.Kind);
        Assert.Contains(r.Relations, x => x.Kind.Name == "leads" && x.Source == "zorvan-kettiwel" && x.Target == group.Id);
        Assert.DoesNotContain(r.Relations, x => x.Source == "zorvan-kettiwel" && x.Target == "uno");
    }

    [Fact]
    public void The_group_with_its_leader_in_commas_still_refers_back()
    {
        var r = ReportReader.ReadText("Hamas fired rockets at Israel on Monday. The group, led by Yahya Sinwar, rejected the ceasefire.");
        Assert.DoesNotContain(r.Actors, a => a.Name.StartsWith("group led by", StringComparison.Ordinal));
        Assert.Contains(r.Relations, x => x.Kind.Name == "leads" && x.Source == "yahya-sinwar" && x.Target == "hms");
    }

    [Fact]
    public void A_movement_that_led_something_is_no_group_of_a_leader()
    {
        var r = ReportReader.ReadText("The Sudan Liberation Movement fought the army. The movement led the attacks on El Fasher in May.");
        Assert.DoesNotContain(r.Actors, a => a.Name.Contains("led", StringComparison.Ordinal));
    }
}
