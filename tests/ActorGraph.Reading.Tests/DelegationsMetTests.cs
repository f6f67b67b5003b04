using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>"delegations of A, B and C met": the delegations of three or more sides meeting hold talks, each side with each other
/// (docs/reading.md, "Blind reports 82-86", third round). Counter-examples: a list of three that met without "delegations of"
/// stays no pair. Sentences written for the test.</summary>
public class DelegationsMetTests
{
    private static ReadingResult Read(string text) => ReportReader.ReadText(text);

    private static string? Id(ReadingResult result, string name) => result.Actors.FirstOrDefault(a => a.Name == name)?.Id;

    private static bool Negotiate(ReadingResult result, string a, string b) =>
        result.Relations.Any(r => r.Kind.Name == "negotiates" && (r.Source == Id(result, a) && r.Target == Id(result, b) || r.Source == Id(result, b) && r.Target == Id(result, a)));

    [Fact]
    public void Delegations_of_three_states_that_met_negotiate_each_with_each()
    {
        var result = Read("Delegations of Ghana, Togo and Benin met for the first time in Accra in May 2031.");
        Assert.True(Negotiate(result, "Ghana", "Togo"));
        Assert.True(Negotiate(result, "Ghana", "Benin"));
        Assert.True(Negotiate(result, "Togo", "Benin"));
    }

    [Fact]
    public void Three_states_that_met_without_delegations_are_no_negotiation()
    {
        var result = Read("Ghana, Togo and Benin met in Accra in May 2031 to open a new trade fair.");
        Assert.DoesNotContain(result.Relations, r => r.Kind.Name == "negotiates");
    }

    [Fact]
    public void Representatives_with_the_subject_are_no_sides_of_talks()
    {
        var result = Read("The President of Ghana, together with the representatives of Togo, Benin and Niger, met in Accra on 3 May 2031 and issued a communique.");
        Assert.False(Negotiate(result, "Togo", "Benin"));
    }

    [Fact]
    public void Delegations_of_two_sides_that_have_met_negotiate()
    {
        var result = Read("For two weeks the delegations of the Republic of Ghana and of the Republic of Togo have met here in Lome, and they have settled the border line.");
        Assert.True(Negotiate(result, "Ghana", "Togo"));
    }

    [Fact]
    public void Delegations_from_two_sides_that_met_negotiate()
    {
        var result = Read("In March 2031 delegations from Ghana and Togo met in Accra to discuss the disputed river crossings.");
        Assert.True(Negotiate(result, "Ghana", "Togo"));
    }

    [Fact]
    public void Two_delegations_with_the_subject_are_no_sides_of_talks()
    {
        var result = Read("The President of Benin, together with the delegations of Ghana and Togo, met the press in Cotonou on 3 May 2031.");
        Assert.False(Negotiate(result, "Ghana", "Togo"));
    }

    [Fact]
    public void Two_states_that_met_without_delegations_are_no_negotiation()
    {
        var result = Read("Ghana and Togo met in the final of the regional football cup in May 2031.");
        Assert.False(Negotiate(result, "Ghana", "Togo"));
    }
}
