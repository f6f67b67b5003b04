using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>"The deal was facilitated by X": a deal, agreement or talks facilitated, mediated or brokered by a third party
/// whose sentence names no side is a process of the pair the text had in view, also when one side is a party the report names
/// only by its acronym and the other a movement. With no pair in view no parties are invented. Sentences written for the test.</summary>
public class PassiveDealBrokerTests
{
    private static ReadingResult Read(string text) => ReportReader.ReadText(text);

    private static string? Id(ReadingResult result, string name) => result.Actors.FirstOrDefault(a => a.Name == name)?.Id;

    private const string Signed = "On 4 May 2031 President Kofi Mensah of KNDP and the leader of the Volta Unity Movement, Ama Owusu, signed a power-sharing agreement in Accra. ";

    [Theory]
    [InlineData("The deal was facilitated by Nigeria's President Musa Bello.")]
    [InlineData("The agreement was mediated by Nigeria's President Musa Bello.")]
    [InlineData("The talks were brokered by Nigeria's President Musa Bello.")]
    public void A_passive_broker_of_the_deal_mediates_the_pair_in_view(string sentence)
    {
        var result = Read(Signed + sentence);
        var kndp = Id(result, "KNDP");
        var movement = Id(result, "Volta Unity Movement");
        Assert.NotNull(kndp);
        Assert.NotNull(movement);
        var process = Assert.Single(result.Processes);
        Assert.Contains(kndp, process.Parties);
        Assert.Contains(movement, process.Parties);
        Assert.Contains(process.Mediators, m => m == Id(result, "Nigeria") || m == Id(result, "Musa Bello"));
    }

    [Fact]
    public void With_no_pair_in_view_no_parties_are_invented()
    {
        var result = Read("The deal was facilitated by Nigeria's President Musa Bello.");
        Assert.Empty(result.Processes);
        Assert.DoesNotContain(result.Relations, r => r.Kind.Name == "mediates");
    }

    [Fact]
    public void Two_bodies_named_only_by_acronyms_are_no_pair_of_sides()
    {
        var result = Read("On 4 May 2031 KNDP and VNDA signed a service contract in Accra. The deal was facilitated by Nigeria's President Musa Bello.");
        Assert.Empty(result.Processes);
    }

    [Fact]
    public void A_convoy_facilitated_by_a_third_party_is_no_process()
    {
        var result = Read(Signed + "The aid convoy was facilitated by Nigeria's President Musa Bello.");
        Assert.Empty(result.Processes);
    }
}
