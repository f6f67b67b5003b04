using ActorGraph.Core.Model;

namespace ActorGraph.Reading.Tests;

/// <summary>Issue 14 (blind reports 117-126): an East Asian given name written with a hyphen and a lower-case syllable ("Ki-moon")
/// is part of the person's name; an English compound after a name ("Abiy-led") is not.</summary>
public class HyphenatedGivenNameTests
{
    private static List<string> People(string text) =>
        ReportReader.ReadText(text).Actors.Where(a => a.Kind == ActorKind.Person).Select(a => a.Name).Order(StringComparer.Ordinal).ToList();

    [Theory]
    [InlineData("U.N. Secretary-General Ban Ki-moon welcomed the deal between Ghana and Togo.", "Ban Ki-moon")]
    [InlineData("The envoy met President Lee Myung-bak in Seoul to discuss Ghana and Togo.", "Lee Myung-bak")]
    [InlineData("Ghana and Togo thanked President Moon Jae-in of South Korea for his support.", "Moon Jae-in")]
    public void A_hyphenated_lower_case_syllable_continues_the_given_name(string sentence, string name) =>
        Assert.Contains(name, People(sentence));

    [Fact]
    public void An_english_compound_after_a_name_is_not_part_of_it()
    {
        var people = People("Prime Minister Zorvan Kettiwel-led talks between Ghana and Togo resumed in Lusaka.");
        Assert.DoesNotContain(people, p => p.EndsWith("-led", StringComparison.Ordinal));
    }

    [Fact]
    public void The_surname_alone_later_reaches_the_same_person()
    {
        var result = ReportReader.ReadText("U.N. Secretary-General Ban Ki-moon looked on as Ghana and Togo signed. Ban welcomed the deal.");
        var person = Assert.Single(result.Actors, a => a.Kind == ActorKind.Person);
        Assert.Equal("Ban Ki-moon", person.Name);
    }
}
