using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>A person's possessive before a body the tables do not know ("Jean-Pierre Bemba's Movement for the Liberation of Congo
/// (MLC)"): the person is no part of the body's name, and leads the body (found in held-out report 115, issue 14, reports,
/// fourth round). Sentences written for the test, with counter-examples ("People's" inside a name).</summary>
public class LeaderPossessiveBodyTests
{
    private static ReadingResult Read(string text) => ReportReader.ReadText(text);

    private static List<string> Ties(ReadingResult r) =>
        r.Relations.Select(x => $"{x.Source} {x.Kind.Name} {x.Target}").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void A_persons_possessive_before_a_body_with_an_acronym_names_the_body_and_its_leader()
    {
        var r = Read("The deal was struck between the government and Jean-Pierre Bemba's Movement for the Liberation of Congo (MLC) on Friday.");
        Assert.Contains(r.Actors, a => a.Name == "Movement for the Liberation of Congo");
        Assert.Contains(r.Actors, a => a.Name == "Jean-Pierre Bemba");
        Assert.DoesNotContain(r.Actors, a => a.Name.Contains("Bemba's", StringComparison.Ordinal));
        Assert.Contains("jean-pierre-bemba leads movement-for-the-liberation-of-congo", Ties(r));
    }

    [Fact]
    public void A_persons_possessive_before_a_body_without_an_acronym_names_the_body_and_its_leader()
    {
        var r = Read("Fighters of Jean Kamanzi's Patriotic Resistance Front attacked the town on Friday.");
        Assert.Contains(r.Actors, a => a.Name == "Patriotic Resistance Front");
        Assert.Contains("jean-kamanzi leads patriotic-resistance-front", Ties(r));
    }

    [Fact]
    public void A_common_words_possessive_stays_inside_the_bodys_name()
    {
        var r = Read("The Sudan People's Liberation Movement (SPLM) signed the agreement, and the Revolutionary People's Front protested.");
        Assert.Contains(r.Actors, a => a.Name == "Sudan People's Liberation Movement");
        Assert.Contains(r.Actors, a => a.Name == "Revolutionary People's Front");
        Assert.DoesNotContain(Ties(r), t => t.Contains(" leads ", StringComparison.Ordinal));
    }
}
