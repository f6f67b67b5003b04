using ActorGraph.Cli.Infrastructure;
using ActorGraph.Cli.Tests.Support;

namespace ActorGraph.Cli.Tests.Usage;

public class HelpLayoutTests
{
    [Fact]
    public void A_break_inside_a_paragraph_becomes_a_space()
    {
        Assert.Equal("Only facts valid on this date; an undated fact is known from its source's date.",
            HelpLayout.Reflow("Only facts valid on this date; an undated fact is known from its \nsource's date."));
    }

    [Fact]
    public void Blank_lines_headings_and_indented_examples_keep_their_breaks()
    {
        const string text = "Finds camps.\nSecond line.\n\nExamples:\n  actorgraph clusters\n  actorgraph clusters --as-of 2024-06-01";
        Assert.Equal("Finds camps. Second line.\n\nExamples:\n  actorgraph clusters\n  actorgraph clusters --as-of 2024-06-01",
            HelpLayout.Reflow(text));
    }

    [Fact]
    public async Task A_list_of_commands_gives_each_its_first_sentence_and_its_own_help_the_whole_text()
    {
        var root = await CliRunner.RunAsync(["--help"]);
        var own = await CliRunner.RunAsync(["mediators", "--help"]);
        Assert.Contains("Who mediates between A and B", root.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("actorgraph mediators Hamas Israel", root.Out, StringComparison.Ordinal);
        Assert.Contains("actorgraph mediators Hamas Israel", own.Out, StringComparison.Ordinal);
        Assert.Contains("-v prints the full chain", own.Out, StringComparison.Ordinal);
    }
}
