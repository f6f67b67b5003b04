using ActorGraph.Cli.Infrastructure;

namespace ActorGraph.Cli.Tests.Usage;

/// <summary>Tables fit a 100-column terminal: wide cells wrap on word boundaries, never mid-word.</summary>
public sealed class TableLayoutTests
{
    private const string Long = "mediator of Gaza ceasefire and prisoner-exchange talks (ongoing) since the first report of December";

    [Fact]
    public void A_wide_table_fits_the_width_and_keeps_every_word_whole()
    {
        var table = new TableWriter("ACTOR", "ROLE", "WHY", "MORE");
        table.Add("United States", "engages-mediators, presses-a-side", Long, Long);
        table.Add("Egypt", "liaison", "short", Long);
        var writer = new StringWriter();
        table.WriteTo(writer);
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.All(lines, l => Assert.True(l.TrimEnd('\r').Length <= 100, $"{l.Length}: {l}"));
        var words = string.Join(' ', lines.Skip(2)).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        // Every word of the wrapped cells is printed whole somewhere (cut cells end with an ellipsis instead).
        foreach (var word in "Gaza ceasefire prisoner-exchange engages-mediators, presses-a-side".Split(' '))
            Assert.Contains(word, words);
        Assert.True(lines.Length > 4, "the wide rows wrap onto more lines");
    }

    [Theory]
    [InlineData("alpha beta gamma", 10, "alpha…")]
    [InlineData("alpha beta gamma", 16, "alpha beta gamma")]
    [InlineData("supercalifragilistic", 8, "superca…")]
    public void Truncation_cuts_at_a_word_boundary_with_an_ellipsis(string text, int width, string expected) =>
        Assert.Equal(expected, TextWrap.Truncate(text, width));

    [Fact]
    public void Wrapping_keeps_lines_within_the_width()
    {
        var lines = TextWrap.Wrap(Long, 20);
        Assert.All(lines, l => Assert.True(l.Length <= 20, l));
        Assert.Equal(Long, string.Join(' ', lines));
    }
}
