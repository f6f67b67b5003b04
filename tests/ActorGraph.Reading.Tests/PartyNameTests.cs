using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>Parties and movements named with their state or a bracketed tag (<c>Recognition/PartyNames</c>): the whole name is
/// one body, the state is its country, the tag an alias that later mentions reach. Counter-examples: a name with no extra
/// (left to the unknown-body rule), a congress of a capital, a party's tag before a lower-case noun. Sentences written for the
/// test; the parties and persons are made up.</summary>
public class PartyNameTests
{
    private static ReadingResult Read(string text) => ReportReader.ReadText(text);

    private static ProposedActor? Actor(ReadingResult result, string name) => result.Actors.FirstOrDefault(x => x.Name == name);

    [Theory]
    [InlineData("The Government of Peru signed an accord with the Revolutionary Workers Party of Peru (Leninist) on Monday.", "Revolutionary Workers Party of Peru (Leninist)", "PER", "Leninist")]
    [InlineData("Talks between the Government of Kenya and the Agrarian Peoples Movement of Kenya (APMK) resumed in Nairobi.", "Agrarian Peoples Movement of Kenya", "KEN", "APMK")]
    [InlineData("The Government of Chile accused the Workers' Party of Chile of breaking the truce.", "Workers' Party of Chile", "CHL", null)]
    public void A_party_of_a_state_is_read_whole(string text, string name, string country, string? alias)
    {
        var result = Read(text);
        var party = Actor(result, name);
        Assert.NotNull(party);
        Assert.Equal(country, party!.Country);
        if (alias is not null) Assert.Contains(alias, party.Aliases);
        // The state's name inside the party's name is no mention of the state as a side.
        Assert.DoesNotContain(result.Actors, a => a.Name is "Revolutionary" or "Agrarian" or "Workers'");
    }

    [Fact]
    public void A_head_that_opens_the_name_takes_its_complement()
    {
        var result = Read("The Party of Green Valleys won the vote, and the Government of Ukraine refused to negotiate with the Party of Green Valleys.");
        Assert.NotNull(Actor(result, "Party of Green Valleys"));
        Assert.Contains(result.Relations, r => r.Source == "ukr-gov" || r.Target == "ukr-gov");
    }

    [Fact]
    public void The_tag_and_its_plural_reach_the_party_later()
    {
        var result = Read("The Government of Peru signed a ceasefire with the Communist Party of Peru (Leninist) in Lima. "
            + "Three weeks later the Leninists accused the government of violating it.");
        var party = Actor(result, "Communist Party of Peru (Leninist)");
        Assert.NotNull(party);
        Assert.Contains("Leninists", party!.Aliases);
        Assert.Contains("Communist Party of Peru", party.Aliases);
        Assert.DoesNotContain(result.Actors, a => a.Name is "Communist" or "Leninists");
        // "the Leninists accused the government": the plural is the party acting.
        Assert.Contains(result.Relations, r => r.Source == party.Id && r.Target == "per-gov");
    }

    [Fact]
    public void A_party_tag_before_a_title_gives_the_leader()
    {
        var result = Read("The Government of Peru signed a ceasefire with the Communist Party of Peru (Leninist). "
            + "The talks were led by the Leninist Chairman, Rufo Tamayo Quispe, and the Prime Minister of Peru.");
        var party = Actor(result, "Communist Party of Peru (Leninist)");
        var person = Actor(result, "Rufo Tamayo Quispe");
        Assert.NotNull(person);
        Assert.Contains(result.Relations, r => r.Kind.Name == "leads" && r.Source == person!.Id && r.Target == party!.Id);
    }

    [Fact]
    public void A_party_tag_before_a_lower_case_noun_is_no_side()
    {
        var result = Read("The Government of Peru signed a ceasefire with the Communist Party of Peru (Leninist). "
            + "The United Nations will monitor the Leninist combatants in their camps.");
        var party = Actor(result, "Communist Party of Peru (Leninist)");
        Assert.DoesNotContain(result.Relations, r => r.Source == "uno" && r.Target == party!.Id || r.Target == "uno" && r.Source == party!.Id);
    }

    [Theory]
    // No state, tag or complement: the unknown-body rule reads it as before.
    [InlineData("The Green Valleys Party won the vote in Ukraine.", "Green Valleys Party")]
    public void A_name_with_no_extra_is_left_to_the_unknown_body_rule(string text, string name) =>
        Assert.NotNull(Actor(Read(text), name));

    [Theory]
    [InlineData("The Congress of Vienna redrew the map of Europe.", "Congress of Vienna")]
    [InlineData("Delegates of the Front of Kenya met in Nairobi.", "Front of Kenya")]
    public void A_head_before_a_place_or_without_the_is_no_party(string text, string notName) =>
        Assert.Null(Actor(Read(text), notName));
}
