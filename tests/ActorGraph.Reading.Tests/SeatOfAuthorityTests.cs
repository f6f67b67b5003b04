using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>Seats of de facto authorities (<c>Lexicon/Resources/seats.tsv</c>) act for their side exactly where a capital acts for
/// its state: after "between", "accused", before "said", "rejected", "insisted" (past one adverb). In any other place ("in
/// Donetsk") the city is only where something happens. Sentences written for the test.</summary>
public class SeatOfAuthorityTests
{
    private static ReadingResult Read(string text) => ReportReader.ReadText(text);

    [Theory]
    [InlineData("Donetsk accused Kyiv of shelling the airport on Monday.", "donetsk-peoples-republic", "ukr")]
    [InlineData("Talks between Kyiv and Luhansk have stalled since the spring.", "ukr", "luhansk-peoples-republic")]
    public void A_seat_that_acts_is_its_side(string text, string source, string target) =>
        Assert.Contains(Read(text).Relations, r => r.Source == source && r.Target == target);

    [Theory]
    [InlineData("Tiraspol again insisted that Moldova drop the charges.", "Transnistria")]
    [InlineData("Georgia accused Sukhumi of blocking the return of refugees.", "Abkhazia")]
    [InlineData("Stepanakert rejected the proposal of Azerbaijan on Friday.", "Nagorno-Karabakh")]
    [InlineData("Azerbaijan warned Tskhinvali and Stepanakert against new elections.", "South Ossetia")]
    public void A_seat_that_acts_names_its_territory(string text, string side) =>
        Assert.Contains(Read(text).Actors, a => a.Name == side);

    [Theory]
    [InlineData("Fighting continued in Donetsk and Luhansk on Monday.")]
    [InlineData("The delegations met in Tiraspol and then in Sukhumi, where the talks ended.")]
    public void A_seat_as_a_place_is_no_actor(string text)
    {
        var result = Read(text);
        Assert.DoesNotContain(result.Actors, a => a.Name is "Donetsk People's Republic" or "Luhansk People's Republic" or "Transnistria" or "Abkhazia");
    }

    [Fact]
    public void A_seat_is_no_capital_of_the_state_its_territory_is_in()
    {
        // Tiraspol lies in Moldova's territory, but it never stands for Moldova.
        var result = Read("Tiraspol accused Ukraine of closing the border to its trucks in the spring.");
        Assert.DoesNotContain(result.Actors, a => a.Name == "Moldova");
    }

    [Fact]
    public void Seats_before_a_shared_head_name_the_tables_bodies()
    {
        var result = Read("Ukraine and the separatist Donetsk and Luhansk people's republics agreed to a ceasefire in February.");
        Assert.Contains(result.Relations, r => r.Source == "ukr" && r.Target == "donetsk-peoples-republic" && r.Kind.Name == "agrees-ceasefire");
        Assert.Contains(result.Relations, r => r.Source == "ukr" && r.Target == "luhansk-peoples-republic" && r.Kind.Name == "agrees-ceasefire");
    }
}
