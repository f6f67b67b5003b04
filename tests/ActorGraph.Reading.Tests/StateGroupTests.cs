using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>Groups of states named by their region (<c>Recognition/StateGroups</c>): "the Gulf states", "the Gulf monarchies",
/// "Western governments" are one actor that acts or is a side; "several European governments" is an unnamed part of such a
/// group. Counter-examples: a number before the region, a region word inside a body's name, lower-case words, members named
/// after "of". Sentences written for the test.</summary>
public class StateGroupTests
{
    private static ReadingResult Read(string text) => ReportReader.ReadText("Regional news\n\n" + text);

    private static ProposedActor? Actor(ReadingResult result, string name) => result.Actors.FirstOrDefault(a => a.Name == name);

    private static string Relations(ReadingResult result) => string.Join("; ", result.Relations.Select(r => $"{r.Source} {r.Kind.Name} {r.Target}"));

    [Theory]
    [InlineData("The Gulf states urged Iran to stop its attacks on shipping.", "Gulf states")]
    [InlineData("The Gulf monarchies accused Iran of arming the rebels.", "Gulf monarchies")]
    [InlineData("Western governments accused Russia of blocking the talks.", "Western governments")]
    [InlineData("The Nordic countries urged Colombia to resume the talks.", "Nordic countries")]
    [InlineData("West African nations accused Mali of delaying the elections.", "West African nations")]
    public void A_region_s_states_named_together_are_one_actor_that_acts(string text, string name)
    {
        var result = Read(text);
        var group = Actor(result, name);
        Assert.NotNull(group);
        Assert.Contains(result.Relations, r => r.Source == group!.Id);
    }

    [Fact]
    public void A_group_can_be_a_side_of_talks()
    {
        var result = Read("Talks between Qatar and the Gulf monarchies resumed in Kuwait on Monday.");
        var group = Actor(result, "Gulf monarchies");
        Assert.NotNull(group);
        Assert.True(result.Relations.Any(r => r.Source == group!.Id && r.Target == "qat" || r.Source == "qat" && r.Target == group!.Id), Relations(result));
    }

    [Fact]
    public void Several_of_a_region_s_states_are_an_unnamed_group()
    {
        var result = Read("The United Nations and several European governments are paying for the talks between Uganda and the rebels.");
        var group = Actor(result, "European governments (unnamed)");
        Assert.NotNull(group);
        Assert.Contains("several European governments", group!.Aliases);
        Assert.Null(Actor(result, "European governments"));
    }

    [Theory]
    // A number refers to states the report listed; lower-case "gulf" and "western" are no region's name here.
    [InlineData("Qatar and Kuwait, the two Gulf states, urged Iran to stop its attacks on shipping.")]
    [InlineData("The states on the gulf urged Iran to stop its attacks on shipping.")]
    [InlineData("The western states of the federation accused the capital of neglect.")]
    public void A_counted_set_or_a_lower_case_region_is_no_group(string text)
    {
        var result = Read(text);
        Assert.DoesNotContain(result.Actors, a => a.Name.EndsWith("states", StringComparison.OrdinalIgnoreCase) || a.Name.Contains("(unnamed)"));
    }

    [Theory]
    [InlineData("The Economic Community of West African States urged Mali to hold elections.", "West African States")]
    [InlineData("The Community of Latin American and Caribbean States urged Guyana and Venezuela to talk.", "Caribbean States")]
    [InlineData("The Cooperation Council for the Arab States of the Gulf urged Iran to talk.", "Arab States")]
    public void A_region_inside_a_body_s_name_is_no_group(string text, string notAName)
    {
        var result = Read(text);
        Assert.DoesNotContain(result.Actors, a => a.Name == notAName);
    }

    [Fact]
    public void Members_named_after_of_are_read_as_the_states()
    {
        var result = Read("The Gulf states of Qatar and Kuwait urged Iran to stop its attacks on shipping.");
        Assert.Null(Actor(result, "Gulf states"));
        Assert.NotNull(Actor(result, "Qatar"));
    }
}
