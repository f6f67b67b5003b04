using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>Sides named as a set (<c>Recognition/SetNames</c>): "the quartet", "the Troika", "the four states" refer to the last
/// list of that many states named side by side earlier; "the two Koreas" to the two states named "... Korea". Counter-examples:
/// no list of that size, a set that is an object of a verb, "the two countries" (the pair rules' business). Sentences written
/// for the test.</summary>
public class SetNameTests
{
    private static ReadingResult Read(string text) => ReportReader.ReadText(text);

    private static bool Accuses(ReadingResult r, string source, string target) =>
        r.Relations.Any(x => x.Kind.Name == "accuses" && x.Source == source && x.Target == target);

    [Theory]
    [InlineData("the quartet")]
    [InlineData("the four states")]
    [InlineData("the four governments")]
    public void A_set_name_refers_to_the_listed_members(string set)
    {
        var result = Read("In June Kenya, Uganda, Rwanda and Burundi closed their borders with Tanzania after a dispute over trade. "
            + $"In July {set} accused Tanzania of smuggling weapons across the lake.");
        foreach (var member in new[] { "ken", "uga", "rwa", "bdi" }) Assert.True(Accuses(result, member, "tza"), member);
    }

    [Fact]
    public void A_troika_refers_to_a_list_of_three()
    {
        var result = Read("Norway, Sweden and Denmark sent envoys to Colombia in March to support the talks with the rebels. "
            + "In April the Troika accused Venezuela of sheltering the rebel commanders.");
        foreach (var member in new[] { "nor", "swe", "dnk" }) Assert.True(Accuses(result, member, "ven"), member);
    }

    [Fact]
    public void The_two_Koreas_are_both_Korean_states()
    {
        var result = Read("Officials said on Monday that the two Koreas had agreed to reopen the liaison office at the border.");
        Assert.Contains(result.Actors, a => a.Name == "North Korea");
        Assert.Contains(result.Actors, a => a.Name == "South Korea");
    }

    [Fact]
    public void A_set_with_no_list_of_its_size_is_not_read()
    {
        var result = Read("In June Kenya and Uganda closed their borders with Tanzania after a dispute over trade. "
            + "In July the quartet accused Tanzania of smuggling weapons across the lake.");
        Assert.False(Accuses(result, "ken", "tza"));
        Assert.False(Accuses(result, "uga", "tza"));
    }

    [Fact]
    public void A_set_after_a_verb_is_not_read()
    {
        var result = Read("In June Kenya, Uganda and Rwanda closed their borders with Tanzania after a dispute over trade. "
            + "Tanzania rejected a text that would have committed the three countries to new talks in Arusha.");
        Assert.DoesNotContain(result.Relations, r => r.Kind.Name == "rejects" && r.Source == "tza" && r.Target == "rwa");
    }
}
