using ActorGraph.Reading.Input;

namespace ActorGraph.Reading.Tests;

/// <summary>Bad input gets a typed error and no facts.</summary>
public class BadInputTests
{
    [Fact]
    public void Empty_file_is_a_typed_error() =>
        Assert.Equal(ReadingError.Empty, Assert.Throws<ReadingException>(() => ReportReader.ReadText("")).Error);

    [Fact]
    public void Binary_file_is_a_typed_error() =>
        Assert.Equal(ReadingError.Binary, Assert.Throws<ReadingException>(() => ReportReader.Read(new MemoryStream([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08]), "x.zip")).Error);

    [Fact]
    public void Other_languages_are_refused_not_invented()
    {
        var french = string.Concat(Enumerable.Repeat("Le gouvernement de la France et les représentants du Mali ont signé un accord de paix dans la capitale pour la région. ", 5));
        var e = Assert.Throws<ReadingException>(() => ReportReader.ReadText(french));
        Assert.Equal(ReadingError.UnsupportedLanguage, e.Error);
        Assert.Contains("French", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_without_any_actor_is_a_typed_error_naming_the_file()
    {
        var text = "The weather in the valley was mild all week, and the harvest was brought in early by the farmers of the district.";
        var e = Assert.Throws<ReadingException>(() => ReportReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), "weather.txt", new ReadingOptions { RequireActors = true }));
        Assert.Equal(ReadingError.NoActors, e.Error);
        Assert.StartsWith("weather.txt: no actor found in the text", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_without_any_actor_reads_empty_unless_actors_are_required() =>
        Assert.Empty(ReportReader.ReadText("The weather in the valley was mild all week, and the harvest was brought in early by the farmers.").Actors);

    [Fact]
    public void Navigation_only_page_has_no_article()
    {
        var html = "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav><ul><li><a href='/a'>News</a></li><li>Sport</li><li>Weather</li></ul></body></html>";
        Assert.Equal(ReadingError.NoArticle, Assert.Throws<ReadingException>(() => ReportReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(html)), "page.html")).Error);
    }

    [Fact]
    public void Size_limit_is_a_typed_error_raised_while_streaming()
    {
        var text = string.Concat(Enumerable.Repeat("Egypt met Qatar in Cairo to discuss the truce and the exchange of prisoners.\n\n", 2000));
        var e = Assert.Throws<ReadingException>(() => ReportReader.ReadText(text, options: new ReadingOptions { MaxBytes = 10_000 }));
        Assert.Equal(ReadingError.TooLarge, e.Error);
    }

    [Fact]
    public void Html_is_stripped_and_its_head_read()
    {
        var html = "<!doctype html><html><head><title>Talks</title><meta property=\"article:published_time\" content=\"2024-05-02T10:00:00Z\"></head>" +
                   "<body><nav>Home | World</nav><article><p>Qatar and Egypt mediated talks between Israel and Hamas in Doha on Tuesday, officials said.</p></article></body></html>";
        var result = ReportReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(html)), "page.html");
        Assert.Equal("Talks", result.Report.Title);
        Assert.Equal(new DateOnly(2024, 5, 2), result.Report.Date);
        Assert.Contains(result.Processes, p => p.Mediators.Contains("qat") && p.Parties.Contains("hms"));
    }

    [Fact]
    public void A_sentence_that_ends_on_the_is_read_not_a_crash()
    {
        // A heading cut after "the" ended the sentence where a lookup for "the <state>'s opposition" looked one word further.
        var result = ReportReader.ReadText("Statement by the\n\nQatar and Egypt mediated talks between Israel and Hamas in Doha on Tuesday, officials said the");
        Assert.Contains(result.Processes, p => p.Mediators.Contains("qat") && p.Parties.Contains("hms"));
        Assert.Null(ActorGraph.Reading.Plover.PloverClassifier.Code("Officials met the").Target.FirstOrDefault());
    }
}
