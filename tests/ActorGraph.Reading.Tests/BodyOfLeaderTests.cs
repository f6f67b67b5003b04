using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>"the Lakeside Liberation Front faction of Amos Katende": a named body, its kind's noun, "of" and a person's name give
/// "the person leads the body" (<c>Recognition/BodyOfLeader</c>). Counter-examples: a bare noun with no body named before it,
/// a state's army, a known body after "of". Sentences written for the test; the parties are made up.</summary>
public class BodyOfLeaderTests
{
    private static ReadingResult Read(string text) => ReportReader.ReadText(text);

    private static string? Id(ReadingResult result, string name) => result.Actors.FirstOrDefault(a => a.Name == name)?.Id;

    private static bool Leads(ReadingResult result, string? person, string? body) =>
        result.Relations.Any(r => r.Kind.Name == "leads" && r.Source == person && r.Target == body);

    [Theory]
    [InlineData("In 2031 the Lakeside Liberation Front faction of Amos Katende signed a truce with the Government of Kenya.", "Lakeside Liberation Front")]
    [InlineData("Fighting resumed between the army and the Patriotic Liberation Front militia of Amos Katende, who had endorsed the accord.", "Patriotic Liberation Front")]
    [InlineData("Fighting resumed between the army and the Kenyan Forces militia of Amos Katende, who had endorsed the accord.", "Kenyan Forces")]
    public void A_named_body_of_a_person_is_led_by_the_person(string text, string body)
    {
        var result = Read(text);
        Assert.NotNull(Id(result, body));
        Assert.True(Leads(result, Id(result, "Amos Katende"), Id(result, body)));
    }

    [Fact]
    public void A_bare_militia_of_a_person_names_no_body()
    {
        var result = Read("In 2031 the militia of Amos Katende signed a truce with the Government of Kenya.");
        Assert.DoesNotContain(result.Relations, r => r.Kind.Name == "leads" && r.Source == Id(result, "Amos Katende"));
    }

    [Fact]
    public void A_body_named_after_of_is_no_leader()
    {
        var result = Read("In 2031 the Lakeside Liberation Front faction of the Sudan Liberation Army signed a truce with the Government of Kenya.");
        Assert.DoesNotContain(result.Relations, r => r.Kind.Name == "leads" && r.Target == Id(result, "Lakeside Liberation Front"));
    }
}
