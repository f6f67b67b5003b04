namespace ActorGraph.Reading.Tests;

/// <summary>Issue 14: a timeline entry's date stamp ("14 March 2009 - ") does not hide that a presence frame opens the sentence:
/// "14 March 2009 - In Nairobi, in the presence of X, A signs" keeps A out of the guests, as without the stamp. Sentences written
/// for the test.</summary>
public class TimelineStampTests
{
    private static List<string> Mediators(string text) =>
        ReportReader.ReadText(text).Relations.Where(r => r.Kind.Name == "mediates").Select(r => $"{r.Source} mediates {r.Target}")
            .Distinct().Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void A_stamped_entry_reads_its_fronted_presence_frame_as_without_the_stamp()
    {
        const string entry = "In Nairobi, in the presence of President Mwai Kibaki of Kenya, the Government of Sudan signs the accord with the SPLM.";
        var stamped = Mediators("14 March 2009 - " + entry);
        Assert.Contains("ken mediates sdn-gov", stamped);
        Assert.DoesNotContain(stamped, t => t.StartsWith("sdn-gov mediates", StringComparison.Ordinal));
        Assert.Equal(Mediators(entry), stamped);
    }

    [Fact]
    public void A_number_that_is_no_date_stamp_changes_nothing()
    {
        const string text = "Two sides - the Government of Sudan and the SPLM - signed the accord in the presence of President Mwai Kibaki of Kenya.";
        Assert.Contains("ken mediates sdn-gov", Mediators(text));
    }
}
