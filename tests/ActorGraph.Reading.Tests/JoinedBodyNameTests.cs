namespace ActorGraph.Reading.Tests;

/// <summary>The twenty-second round's rules (unknown bodies), on sentences written for the test (not taken from any report):
/// "for / of / on X and Y" after a body's head stays one name; Conference and Youth are bodies' heads; "on" links a name
/// ("Commission on Human Rights"); a short form reuses the longer body; two bodies joined by "and" stay two.</summary>
public class JoinedBodyNameTests
{
    private static List<string> Names(string text) => ReportReader.ReadText(text).Actors.Select(a => a.Name).ToList();

    [Fact]
    public void For_x_and_y_after_the_head_is_one_name()
    {
        var names = Names("The Popular Alliance for Freedom and Development met the government of Kenya in Nairobi.");
        Assert.Contains("Popular Alliance for Freedom and Development", names);
        Assert.DoesNotContain("Popular Alliance for Freedom", names);
    }

    [Fact]
    public void On_x_and_y_after_the_head_is_one_name()
    {
        var names = Names("The Joint Commission on Truth and Reconciliation wrote to the government of Kenya.");
        Assert.Contains("Joint Commission on Truth and Reconciliation", names);
    }

    [Fact]
    public void Two_bodies_joined_by_and_stay_two()
    {
        var names = Names("The Popular Alliance for Freedom and the National Unity Party met in Nairobi.");
        Assert.Contains("Popular Alliance for Freedom", names);
        Assert.Contains("National Unity Party", names);
        var heads = Names("The Council for Peace and the Democratic Youth Front met in Nairobi.");
        Assert.DoesNotContain(heads, n => n.Contains(" and ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_body_after_and_with_its_own_head_is_not_joined()
    {
        var names = Names("The Popular Alliance for Freedom and National Unity Party signed a pact in Nairobi.");
        Assert.Contains("Popular Alliance for Freedom", names);
        Assert.DoesNotContain(names, n => n.StartsWith("Popular Alliance for Freedom and", StringComparison.Ordinal));
    }

    [Fact]
    public void Conference_and_youth_heads_are_bodies()
    {
        var names = Names("The Catholic Bishops' Conference and the Patriotic Youth met in Nairobi. The Episcopal Conference wrote to Kenya.");
        Assert.Contains("Episcopal Conference", names);
        Assert.Contains("Patriotic Youth", names);
    }

    [Fact]
    public void No_body_inside_a_longer_name_and_no_day_after_on()
    {
        var names = Names("Kenya wrote to the Organization of the Islamic Conference. The Trilateral Commission on Monday met Kenya.");
        Assert.DoesNotContain("Islamic Conference", names);
        Assert.DoesNotContain(names, n => n.Contains("Monday", StringComparison.Ordinal));
        Assert.Contains("Trilateral Commission", names);
    }

    [Fact]
    public void A_short_form_is_the_longer_body()
    {
        var names = Names("The Popular Alliance for Freedom and Development met Kenya. Later the Popular Alliance left the talks.");
        Assert.Contains("Popular Alliance for Freedom and Development", names);
        Assert.DoesNotContain("Popular Alliance", names);
    }
}
