using ActorGraph.Core.Model;
using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>Names with "and" inside and a deputy before a name (issue 14, `names`, twenty-second session): "the Justice and
/// Equality Movement" stays one body when a name follows it after "and" (<c>Recognition/UnknownBodies</c>: a head ends the name
/// before an "and"), two names each ending in a head stay two, and "his deputy NAME" names a person (<c>person-words.tsv</c>).
/// Sentences written for the test; the bodies and persons are made up.</summary>
public class AndInBodyNameTests
{
    private static ReadingResult Read(string text) => ReportReader.ReadText(text);

    private static List<string> Names(ReadingResult result, ActorKind? kind = null) =>
        result.Actors.Where(a => kind is null || a.Kind == kind).Select(a => a.Name).Order(StringComparer.Ordinal).ToList();

    [Theory]
    [InlineData("The accord was signed by the Lakeside and Hill Movement and Zorvan Kettiwel in 2031.")]
    [InlineData("The accord was signed by Ama Ruhindi of the Lakeside and Hill Movement and Zorvan Kettiwel in 2031.")]
    [InlineData("The accord was signed by the Lakeside and Hill Movement and by Zorvan Kettiwel in 2031.")]
    [InlineData("The accord was signed by the Lakeside and Hill Movement in 2031.")]
    public void A_name_with_and_before_its_head_stays_whole_when_a_name_follows(string text)
    {
        var result = Read(text);
        Assert.Contains("Lakeside and Hill Movement", Names(result));
        Assert.DoesNotContain("Hill", Names(result));
    }

    [Fact]
    public void A_person_named_after_the_body_is_still_read()
    {
        var result = Read("The accord was signed by the Lakeside and Hill Movement and Malik Kettiwel in 2031.");
        Assert.Contains("Malik Kettiwel", Names(result, ActorKind.Person));
    }

    [Fact]
    public void Two_names_each_ending_in_a_head_are_two_bodies()
    {
        var result = Read("The accord was signed by the Lakeside Unity Movement and Hill Peoples Front in 2031.");
        Assert.Contains("Lakeside Unity Movement", Names(result));
        Assert.Contains("Hill Peoples Front", Names(result));
        Assert.DoesNotContain(Names(result), n => n.Contains(" and ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_first_word_that_is_a_head_may_still_be_joined()
    {
        var result = Read("The accord was welcomed by the Youth and Sports Council in 2031.");
        Assert.Contains("Youth and Sports Council", Names(result));
    }

    [Fact]
    public void Two_known_names_joined_by_and_stay_two()
    {
        var result = Read("Hamas and Fatah signed the accord in Cairo.");
        Assert.Contains("Hamas", Names(result));
        Assert.DoesNotContain(Names(result), n => n.Contains(" and ", StringComparison.Ordinal));
    }

    [Fact]
    public void His_deputy_before_a_name_names_a_person()
    {
        var result = Read("Zorvan Kettiwel and his deputy Ama Ruhindi are hiding in the hills.");
        Assert.Contains("Ama Ruhindi", Names(result, ActorKind.Person));
    }

    [Fact]
    public void A_capitalised_deputy_title_is_not_read_as_a_name()
    {
        var result = Read("The deputy Foreign Minister met the envoy in 2031.");
        Assert.DoesNotContain(Names(result, ActorKind.Person), n => n.Contains("Foreign", StringComparison.Ordinal));
    }
}
