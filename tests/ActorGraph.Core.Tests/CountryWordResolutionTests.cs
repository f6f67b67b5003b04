using ActorGraph.Core.Model;
using ActorGraph.Core.Resolution;

namespace ActorGraph.Core.Tests;

/// <summary>A country typed in an order or abbreviation no file used ("Korea, Republic of", "Congo, Dem. Rep.")
/// finds the state by the words of its names; a word set two states share is refused with both.</summary>
public class CountryWordResolutionTests
{
    private static readonly ActorGraphData Graph = new(
        [
            new Actor("kor", "South Korea", ActorKind.State, ["Republic of Korea", "KOR"], "KOR"),
            new Actor("prk", "North Korea", ActorKind.State, ["Democratic People's Republic of Korea", "PRK"], "PRK"),
            new Actor("cod", "Democratic Republic of the Congo", ActorKind.State, ["COD"], "COD"),
            new Actor("cog", "Republic of the Congo", ActorKind.State, ["COG"], "COG"),
            new Actor("lao", "Laos", ActorKind.State, ["Lao People's Democratic Republic"], "LAO"),
            new Actor("gaza", "Gaza Strip", ActorKind.Territory, []),
            new Actor("abkhazia", "Abkhazia", ActorKind.Other, []),
            new Actor("kor-gov", "Government of South Korea", ActorKind.Government, ["Government (Korea, Republic of)"], "KOR"),
            // Two states that a careless table gave the same words: typing them must not pick one.
            new Actor("x-one", "Saint Martin", ActorKind.State, []),
            new Actor("x-two", "Martin, Saint", ActorKind.Territory, []),
        ],
        [], [], []);

    private readonly ActorResolver _resolver = new(Graph);

    [Theory]
    [InlineData("Korea, Republic of", "kor")]
    [InlineData("Korea, Rep.", "kor")]
    [InlineData("Korea, Dem. People's Rep.", "prk")]
    [InlineData("Korea, Democratic People's Republic of", "prk")]
    [InlineData("Congo, Democratic Republic of the", "cod")]
    [InlineData("Congo, Dem. Rep.", "cod")]
    [InlineData("Congo, Rep.", "cog")]
    [InlineData("Congo, Republic of the", "cog")]
    [InlineData("Lao PDR", "lao")]
    [InlineData("Strip, Gaza", "gaza")]
    [InlineData("abkhazia", "abkhazia")]
    public void A_country_typed_in_another_word_order_finds_the_state(string query, string id)
    {
        var found = Assert.IsType<ActorResolution.Found>(_resolver.Resolve(query));
        Assert.Equal(id, found.Actor.Id);
    }

    [Fact]
    public void Word_order_is_only_free_for_states_and_territories()
    {
        // A role actor answers to its own names only; "South Korea Government" is no name it has.
        Assert.IsType<ActorResolution.NotFound>(_resolver.Resolve("South Korea Government"));
        Assert.Equal("kor-gov", Assert.IsType<ActorResolution.Found>(_resolver.Resolve("Government (Korea, Republic of)")).Actor.Id);
    }

    [Fact]
    public void Words_two_states_share_are_refused_with_both()
    {
        var result = Assert.IsType<ActorResolution.Ambiguous>(_resolver.Resolve("St. Martin"));
        Assert.Equal(["x-one", "x-two"], result.Candidates.Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.Contains("Saint Martin (x-one)", result.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Words_that_are_only_part_of_a_name_find_nothing()
    {
        // "Congo" alone is the word set of neither Congo: no guess.
        Assert.IsNotType<ActorResolution.Found>(_resolver.Resolve("Congo"));
        Assert.IsNotType<ActorResolution.Found>(_resolver.Resolve("Korea"));
    }
}
