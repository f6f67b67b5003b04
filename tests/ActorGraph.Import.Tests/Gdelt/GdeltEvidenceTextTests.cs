using ActorGraph.Import.Aggregation;
using ActorGraph.Import.Gdelt;
using ActorGraph.Import.Reading;

namespace ActorGraph.Import.Tests.Gdelt;

/// <summary>Evidence texts are shared between events (bounded caches) without changing what they say.</summary>
public class GdeltEvidenceTextTests
{
    private static readonly DateOnly Day = new(2024, 4, 2);

    private static EvidenceFacts Facts(double goldstein, int sources, DateOnly? published = null, long id = 1) =>
        new(id, CodeText.From("043"), goldstein, sources, Day, published);

    [Fact]
    public void Repeated_facts_share_one_note_title_and_host_and_keep_their_own_locator()
    {
        var reader = new GdeltEventReader();
        var first = reader.DescribeEvidence("https://www.Example.org/a", Facts(2.8, 3, id: 10))!;
        var second = reader.DescribeEvidence("https://example.org/b", Facts(2.8, 3, id: 11))!;

        Assert.Equal("CAMEO 043 host a visit; Goldstein 2.8; 3 source(s)", first.Note);
        Assert.Same(first.Note, second.Note);
        Assert.Equal("example.org", first.Publisher);
        Assert.Equal("example.org, 2024-04-02", first.Title);
        Assert.Same(first.Title, second.Title);
        Assert.Equal("GDELT event 10", first.Locator);
        Assert.Equal("GDELT event 11", second.Locator);
    }

    [Fact]
    public void Notes_differ_where_their_facts_do()
    {
        var reader = new GdeltEventReader();
        var plain = reader.DescribeEvidence("https://example.org/a", Facts(0.0, 1))!.Note;
        var negativeZero = reader.DescribeEvidence("https://example.org/a", Facts(-0.0, 1))!.Note;
        var later = reader.DescribeEvidence("https://example.org/a", Facts(0.0, 1, Day.AddDays(2)))!;

        Assert.EndsWith("Goldstein 0.0; 1 source(s)", plain);
        Assert.EndsWith("Goldstein -0.0; 1 source(s)", negativeZero);
        Assert.EndsWith("Goldstein 0.0; 1 source(s); event dated 2024-04-02", later.Note);
        Assert.Equal("example.org, 2024-04-04", later.Title);
    }

    [Fact]
    public void Text_cache_stops_keeping_past_its_bound_but_still_answers()
    {
        var cache = new TextCache<int>();
        var made = 0;
        for (var i = 0; i < TextCache<int>.MaxEntries + 10; i++) cache.Get(i, 0, (k, _) => { made++; return k.ToString(System.Globalization.CultureInfo.InvariantCulture); });
        var overflow = TextCache<int>.MaxEntries + 5;

        Assert.Equal("7", cache.Get(7, 0, (_, _) => "not made again"));
        Assert.Equal("changed", cache.Get(overflow, 0, (_, _) => "changed"));
        Assert.Equal(TextCache<int>.MaxEntries + 10, made);
    }

    [Fact]
    public void Span_interner_returns_one_string_per_text()
    {
        var pool = new SpanInterner();
        var a = pool.Intern("reuters.com/x".AsSpan(0, 11));
        var b = pool.Intern("reuters.com".AsSpan());

        Assert.Equal("reuters.com", a);
        Assert.Same(a, b);
    }

    [Theory]
    [InlineData("https://www.Reuters.com:443/x", "Reuters.com")]
    [InlineData("http://user@host.example/path?q", "host.example")]
    [InlineData("not a url", "")]
    public void Host_span_is_the_host_as_written(string url, string host) => Assert.Equal(host, Fields.HostSpan(url).ToString());
}
