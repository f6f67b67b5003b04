using ActorGraph.Core.Model;
using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Tests;

/// <summary>A later bare surname that drops a joined Arabic article ("Selim al-Hoss" ... "Hoss") names the same person; a
/// particle written apart ("de Klerk") or a capitalised family article ("Al-Sabah") is never dropped. Invented names.</summary>
public class ArticleSurnameTests
{
    private static ActorGraph.Reading.Facts.ProposedActor PersonOf(string text, string name) =>
        Assert.Single(ReportReader.ReadText(text).Actors, a => a.Kind == ActorKind.Person && a.Name == name);

    [Theory]
    [InlineData("al-Kettiwel", "Kettiwel")]
    [InlineData("el-Mbarouk", "Mbarouk")]
    [InlineData("ash-Sharawi", "Sharawi")]
    public void A_joined_arabic_article_is_dropped(string surname, string bare) => Assert.Equal(bare, Persons.ArticleDropped(surname));

    [Theory]
    [InlineData("Al-Sabah")]   // a capitalised family article stays
    [InlineData("Kettiwel")]   // no article
    [InlineData("al-Ma")]      // stem too short
    [InlineData("de Klerk")]   // a particle written apart
    [InlineData("Abdel-Aziz")] // a compound name, not an article
    [InlineData("al-mulk")]    // not a name
    public void Other_surnames_are_left_whole(string surname) => Assert.Null(Persons.ArticleDropped(surname));

    [Fact]
    public void A_titled_name_with_a_joined_article_takes_the_bare_surname_as_alias()
    {
        var person = PersonOf("Prime Minister Zorvan al-Kettiwel met the envoy of Zambia in Lusaka.", "Zorvan al-Kettiwel");
        Assert.Contains("Kettiwel", person.Aliases);
        Assert.Contains("al-Kettiwel", person.Aliases);
    }

    [Fact]
    public void An_untitled_name_with_a_joined_article_takes_the_bare_surname_as_alias()
    {
        var person = PersonOf("Talks resumed in Lusaka after Didier al-Mbembe met the envoys of Zambia.", "Didier al-Mbembe");
        Assert.Contains("Mbembe", person.Aliases);
    }

    [Fact]
    public void A_particle_written_apart_gives_no_alias_without_it()
    {
        var person = PersonOf("Talks resumed in Lusaka after Didier de Mbembe met the envoys of Zambia.", "Didier de Mbembe");
        Assert.DoesNotContain("Mbembe", person.Aliases);
    }
}
