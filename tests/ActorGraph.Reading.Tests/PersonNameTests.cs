using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Tests;

/// <summary>The person-name finder (Recognition/PersonNames.cs): names with no title right before them, found by a given name
/// of the gazetteer or by a context only a person's name fits, on sentences written for the test (invented names such as
/// "Zorvan Kettiwel" are in no table), each class with counter-examples.</summary>
public class PersonNameTests
{
    private static List<string> People(string text) =>
        ReportReader.ReadText(text).Actors.Where(a => a.Kind == ActorKind.Person).Select(a => a.Name).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void The_gazetteer_holds_given_names_and_no_common_words()
    {
        Assert.True(GivenNames.Count is > 1000 and < 5000);
        foreach (var name in new[] { "Joaquim", "Didier", "Albert", "Marc", "Nawaf", "René", "Rene" }) Assert.True(GivenNames.Contains(name), name);
        foreach (var word in new[] { "Communist", "Security", "East", "Lebanese", "Party", "Council", "Georgia", "March", "General", "Will" })
            Assert.False(GivenNames.Contains(word), word);
    }

    [Fact]
    public void A_given_name_opens_a_name_without_any_title()
    {
        Assert.Equal(["Albert Toliara", "Didier Mbembe"], People("Talks resumed in Lusaka after Didier Mbembe and Albert Toliara met the envoys of Zambia."));
    }

    [Theory]
    [InlineData("Zambia said that the elected President, Zorvan Kettiwel, had left the country.")]
    [InlineData("The rebels' military commander, Zorvan Kettiwel, signed the accord with Zambia.")]
    [InlineData("The Personal Representative in Zambia, Zorvan Kettiwel, will continue to assist the parties.")]
    [InlineData("The committee's envoy, the Malawian diplomat Zorvan Kettiwel, shuttled between Zambia and Malawi.")]
    [InlineData("Zorvan Kettiwel, the former mayor of Lusaka, took power in Zambia in March.")]
    [InlineData("Zorvan Kettiwel, the chairmanship's special representative, joined the talks on Zambia.")]
    [InlineData("The side was represented by Zorvan Kettiwel, whom the authorities call their foreign minister, and Zambia sent its envoy.")]
    public void A_context_only_a_person_fits_gives_the_name(string sentence) =>
        Assert.Contains("Zorvan Kettiwel", People(sentence));

    [Fact]
    public void A_plural_title_opens_a_list_of_names()
    {
        var people = People("The envoy of Zambia met the two former Presidents, Zorvan Kettiwel and Pirro Dashavel, in Lusaka.");
        Assert.Equal(["Pirro Dashavel", "Zorvan Kettiwel"], people);
    }

    [Fact]
    public void Known_as_gives_an_alias_and_later_surnames_reach_the_same_person()
    {
        var result = ReportReader.ReadText("Talks were led by the rebel Chairman, Zorvan Kettiwel Orlam, known as Kestrel, and by Zambia. "
            + "Mr Orlam later left the talks. Kestrel said Orlam's terms stood.");
        var person = Assert.Single(result.Actors, a => a.Kind == ActorKind.Person);
        Assert.Equal("Zorvan Kettiwel Orlam", person.Name);
        Assert.Contains("Kestrel", person.Aliases);
        Assert.Contains("Orlam", person.Aliases);
    }

    [Fact]
    public void A_courtesy_title_without_a_full_stop_names_a_person()
    {
        Assert.Equal(["Dashavel"], People("Zambia rejected the plan, and Mr Dashavel left Lusaka."));
    }

    [Theory]
    [InlineData("Sheikh Nawaf al-Ahmad al-Jaber Al Sabah welcomed the deal between Qatar and Saudi Arabia.", "Nawaf al-Ahmad al-Jaber Al Sabah")]
    [InlineData("Kuwait's foreign minister, Sheikh Ahmad Nasser Al-Mohammad Al-Sabah, said Qatar and Saudi Arabia had agreed.", "Ahmad Nasser Al-Mohammad Al-Sabah")]
    public void An_arabic_name_keeps_its_capitalised_particles(string sentence, string name) =>
        Assert.Contains(name, People(sentence));

    [Theory]
    [InlineData("The Communist Party and the Security Council met in Kathmandu on Monday.")]
    [InlineData("Fighting spread to East Beirut on Monday, and Syria sent more troops.")]
    [InlineData("Regrettably, Working Group members left Lusaka before Zambia voted.")]
    [InlineData("In March, Northern Alliance forces entered Kabul after talks with Pakistan failed.")]
    [InlineData("Ian Martin Foundation staff visited Kathmandu in June.")]
    [InlineData("Background and Key Developments\n\nZambia and Malawi met in Lusaka to discuss the border and the refugees.")]
    [InlineData("The National Liberation Front, the largest rebel group, met Zambia.")]
    [InlineData("Peace Talks Resume, the state radio said, as Zambia and Malawi met.")]
    public void Bodies_places_headings_and_sentence_openers_are_no_persons(string text) =>
        Assert.Empty(People(text));
}
