using ActorGraph.Import.Aggregation;
using ActorGraph.Import.Reading;

namespace ActorGraph.Import.Tests.Reading;

public class FieldsTests
{
    [Theory]
    [InlineData("20240229", true)]
    [InlineData("20230229", false)]
    [InlineData("20241301", false)]
    [InlineData("2024011", false)]
    [InlineData("2024-01-01", false)]
    public void Compact_dates_are_validated(string text, bool ok) => Assert.Equal(ok, Fields.TryParseCompactDate(text, out _));

    [Theory]
    [InlineData("2024-05-06")]
    [InlineData("2024/05/06")]
    [InlineData("20240506")]
    [InlineData("2024-05-06T10:00:00Z")]
    [InlineData(" \"2024-05-06\" ")]
    public void Dates_in_common_spellings(string text)
    {
        Assert.True(Fields.TryParseDate(text, out var d));
        Assert.Equal(new DateOnly(2024, 5, 6), d);
    }

    [Fact]
    public void Numbers_are_culture_independent()
    {
        var culture = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.True(Fields.TryParseDouble("-2.5", out var v));
            Assert.Equal(-2.5, v);
            Assert.False(Fields.TryParseDouble("NaN", out _));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = culture;
        }
    }

    [Theory]
    [InlineData("USAGOV", "usa-gov")]
    [InlineData("ISR", "isr")]
    [InlineData("IGOUNOWHO", "igo-uno-who")]
    [InlineData("usa gov!", "usa-gov")]
    public void Actor_ids_from_cameo_codes(string code, string id) => Assert.Equal(id, ActorIds.FromCameoCode(code));

    [Theory]
    [InlineData("Citizen (Egypt)", "citizen-egypt")]
    [InlineData("Türkiye", "turkiye")]
    [InlineData("  Hamas ", "hamas")]
    [InlineData("!!!", "")]
    public void Actor_ids_from_names(string name, string id) => Assert.Equal(id, ActorIds.FromName(name));
}

public class HostTests
{
    [Theory]
    [InlineData("https://www.Reuters.com/world/x.html", "reuters.com")]
    [InlineData("http://news.example:8080/a?b", "news.example")]
    [InlineData("https://user@host.example#frag", "host.example")]
    [InlineData("not a url", null)]
    [InlineData("https:///path", null)]
    public void Host_of_a_url(string url, string? host) => Assert.Equal(host, Fields.HostOf(url));
}
