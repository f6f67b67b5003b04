using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>The pair of sides a mediation cue falls back on (thirteenth session, coordinator): a body the report itself defines
/// and signs for is a side facing a government; the members of a group listed after "made up of" are no sides of the cue's
/// sentence. Sentences written for the test.</summary>
public class PairInViewTests
{
    private const string Signing = "The Secretary-General welcomes the signing in Lima today of the Peace Agreement by the Government of Peru "
        + "and the Frente Revolucionario Nacional Andino (FRNA). ";

    private static ReadingResult Read(string text) => ReportReader.ReadText(text);

    private static string? Id(ReadingResult result, string name) => result.Actors.FirstOrDefault(a => a.Name == name)?.Id;

    [Fact]
    public void A_body_the_report_defines_and_that_signed_with_a_government_is_a_party_of_the_moderated_talks()
    {
        var result = Read(Signing + "He thanks Carla Mendes, who has moderated the negotiations on behalf of the United Nations since 1995.");
        var fra = Id(result, "Frente Revolucionario Nacional Andino");
        var mendes = Id(result, "Carla Mendes");
        Assert.NotNull(fra);
        Assert.NotNull(mendes);
        var process = Assert.Single(result.Processes, p => p.Mediators.Contains(mendes));
        Assert.Contains(fra, process.Parties);
        Assert.DoesNotContain(result.Actors, a => a.Name.StartsWith("Other parties", StringComparison.Ordinal));
    }

    [Fact]
    public void Members_listed_after_made_up_of_are_no_parties_of_the_cue_in_their_sentence()
    {
        var result = Read(Signing + "He thanks Carla Mendes, who has moderated the negotiations on behalf of the United Nations since 1995, and "
            + "the Group of Friends, made up of Brazil, Chile and Spain, for their support.");
        var parties = result.Processes.SelectMany(p => p.Parties).ToList();
        foreach (var member in new[] { "Brazil", "Chile", "Spain" })
            if (Id(result, member) is { } id) Assert.DoesNotContain(id, parties);
        Assert.Contains(Id(result, "Frente Revolucionario Nacional Andino"), parties);
    }
}
