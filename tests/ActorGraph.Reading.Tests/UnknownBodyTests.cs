using ActorGraph.Core.Model;

namespace ActorGraph.Reading.Tests;

/// <summary>Bodies the tables do not know, found by a capitalised name ending in a body's head noun; generic
/// phrases and parts of known names are not made into actors.</summary>
public class UnknownBodyTests
{
    [Theory]
    [InlineData("The Joint Monitoring Commission met in Juba on Monday with envoys from Kenya.", "Joint Monitoring Commission", ActorKind.Organisation)]
    [InlineData("Fighters of the Patriotic Liberation Front attacked an army post near the border.", "Patriotic Liberation Front", ActorKind.ArmedGroup)]
    [InlineData("Kenya and Uganda asked the Trilateral Contact Group to meet again.", "Trilateral Contact Group", ActorKind.Organisation)]
    public void A_capitalised_name_ending_in_a_body_noun_is_a_new_actor(string sentence, string name, ActorKind kind)
    {
        var actor = Assert.Single(ReportReader.ReadText(sentence).Actors, a => a.Name == name);
        Assert.Equal(kind, actor.Kind);
        Assert.Equal("unknown-body", actor.Rule);
    }

    [Theory]
    [InlineData("The Sudanese Armed Forces shelled the city on Monday.", "Armed Forces")]
    [InlineData("The General Assembly voted on Monday after Kenya spoke.", "General Assembly")]
    [InlineData("The talks resumed in Nairobi, the Kenyan Security Forces said.", "Security Forces")]
    public void Generic_phrases_and_parts_of_known_names_are_not_new_actors(string sentence, string notAnActor) =>
        Assert.DoesNotContain(ReportReader.ReadText(sentence).Actors, a => a.Name.Contains(notAnActor, StringComparison.OrdinalIgnoreCase) && a.Rule == "unknown-body");
}
