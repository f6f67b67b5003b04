using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>Ministers whose portfolio the title table does not know (<c>Recognition/PortfolioTitles</c>): the person is read
/// and is a member of the one state the sentence (or else the report) has named. Counter-examples: a head's title, a portfolio
/// with no name after it, two states before the title. Sentences written for the test; the persons are made up.</summary>
public class PortfolioTitleTests
{
    private static ReadingResult Read(string text) => ReportReader.ReadText(text);

    private static string? Id(ReadingResult r, string name) => r.Actors.FirstOrDefault(a => a.Name == name)?.Id;

    [Theory]
    [InlineData("Mali's delegation was headed by Deputy Prime Minister for Reconstruction Oumar Baba Keita at the talks in Algiers.", "Oumar Baba Keita", "mli")]
    [InlineData("Mali's delegation was headed by Minister of Mines Abdoulaye Sidibe Konate at the talks in Algiers.", "Abdoulaye Sidibe Konate", "mli")]
    [InlineData("Kenya sent Minister for Devolution and Planning Grace Wanjiru Otieno to the talks in Arusha.", null, null)]
    public void A_minister_of_an_unknown_portfolio_is_read_with_the_state(string text, string? name, string? state)
    {
        var result = Read(text);
        if (name is null)
        {
            // "and" inside the portfolio is not read: the rule takes capitalised words only.
            Assert.DoesNotContain(result.Actors, a => a.Name.Contains("Devolution", StringComparison.Ordinal));
            return;
        }
        Assert.NotNull(Id(result, name));
        Assert.Contains(result.Relations, r => r.Kind.Name == "member-of" && r.Source == Id(result, name) && r.Target == state);
    }

    [Fact]
    public void With_two_states_before_the_title_the_office_stays_unattached()
    {
        var result = Read("Mali and Niger sent their delegations, and Minister for Reconstruction Oumar Baba Keita spoke first at the talks.");
        Assert.NotNull(Id(result, "Oumar Baba Keita"));
        Assert.DoesNotContain(result.Relations, r => r.Kind.Name == "member-of" && r.Source == Id(result, "Oumar Baba Keita"));
    }

    [Fact]
    public void A_portfolio_with_no_name_after_it_is_no_person()
    {
        var result = Read("Mali's delegation was headed by the Minister for Reconstruction at the talks in Algiers on Monday.");
        Assert.DoesNotContain(result.Actors, a => a.Name == "Reconstruction" || a.Kind == Core.Model.ActorKind.Person);
    }
}
