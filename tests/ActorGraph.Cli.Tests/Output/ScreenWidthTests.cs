using ActorGraph.Cli.Infrastructure;
using ActorGraph.Cli.Tests.Support;

namespace ActorGraph.Cli.Tests.Output;

/// <summary>Every command's text fits a 100-column terminal, in the compact form and with -v, and wrapping
/// loses nothing.</summary>
public sealed class ScreenWidthTests
{
    [Theory]
    [MemberData(nameof(OutputCases.DefaultAndFull), MemberType = typeof(OutputCases))]
    public async Task No_line_is_wider_than_100_columns(string seed, string name, string[] args)
    {
        var result = await CliRunner.RunAsync([.. args, "--seed", OutputCases.Seed(seed)]);
        Assert.True(result.ExitCode == 0, result.Error);
        var lines = result.Out.Split('\n');
        Assert.True(lines.Length > 3, $"{name}: too little output to judge");
        // A URL is never split (it could not be copied): a line holding one alone may be wider.
        Assert.All(lines, l => Assert.True(l.Length <= 100 || IsUrlLine(l), $"{seed} {name}: {l.Length} columns: {l}"));
        // A table fits by itself: its rule line (dashes under the headers) is never broken onto a second line.
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            if (IsRule(lines[i])) Assert.False(IsRule(lines[i + 1]), $"{seed} {name}: a table was wider than the screen and got wrapped");
        }
    }

    private static bool IsUrlLine(string line) =>
        line.Trim().TrimEnd(',') is var word && !word.Contains(' ', StringComparison.Ordinal) && word.Contains("://", StringComparison.Ordinal);

    private static bool IsRule(string line) => line.Trim().Length > 0 && line.Trim().All(c => c is '-' or ' ') && line.Contains("--", StringComparison.Ordinal);

    [Fact]
    public void A_long_line_wraps_with_a_hanging_indent_and_keeps_every_word()
    {
        var text = "    [3] para 4 (Egypt, Qatar): " + string.Join(' ', Enumerable.Range(1, 40).Select(i => $"word{i}"));
        var lines = WrappingWriter.Fit(text, 40);
        Assert.True(lines.Count > 3);
        Assert.All(lines, l => Assert.True(l.Length <= 40, l));
        Assert.StartsWith("    [3]", lines[0], StringComparison.Ordinal);
        Assert.All(lines.Skip(1), l => Assert.StartsWith("      w", l, StringComparison.Ordinal));
        Assert.Equal(text.Split(' ', StringSplitOptions.RemoveEmptyEntries), string.Join(' ', lines).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_word_longer_than_the_line_is_split_not_cut()
    {
        var word = "Ab" + new string('a', 120);
        var lines = WrappingWriter.Fit("  note: " + word, 50);
        Assert.All(lines, l => Assert.True(l.Length <= 50, l));
        Assert.Equal(word, string.Concat(lines.Select(l => l.Trim())).Replace("note:", "", StringComparison.Ordinal));
    }

    [Fact]
    public void A_url_that_does_not_fit_goes_whole_on_a_line_of_its_own()
    {
        var url = "https://example.org/news/2024/12/01/" + new string('a', 90) + ".html";
        var lines = WrappingWriter.Fit("      source: Report on the talks (s1), 2024-12-01, " + url + ", para 2", 100);
        Assert.Equal(3, lines.Count);
        Assert.Equal("      source: Report on the talks (s1), 2024-12-01,", lines[0]);
        Assert.Equal("        " + url + ",", lines[1]);
        Assert.Equal("        para 2", lines[2]);
        // A URL that fits where it stands stays in its line.
        Assert.Equal(["  source: https://example.org/a, para 2"], WrappingWriter.Fit("  source: https://example.org/a, para 2", 100));
    }

    [Fact]
    public void Aligned_columns_keep_their_spacing_when_a_line_wraps()
    {
        var lines = WrappingWriter.Fit("  TIE    " + string.Join(' ', Enumerable.Repeat("strength", 15)), 60);
        Assert.StartsWith("  TIE    strength strength", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void The_writer_passes_short_lines_through_unchanged()
    {
        using var inner = new StringWriter { NewLine = "\n" };
        using (var writer = new WrappingWriter(inner) { NewLine = "\n" })
        {
            writer.WriteLine("ACTOR  ROLE     SCORE");
            writer.Write("no newline at the end");
        }
        Assert.Equal("ACTOR  ROLE     SCORE\nno newline at the end\n", inner.ToString());
    }
}
