using ActorGraph.Cli.Infrastructure;
using ActorGraph.Cli.Tests.Support;

namespace ActorGraph.Cli.Tests.Usage;

/// <summary>One exit-code convention for every command (README, "Exit codes"), and messages that name what
/// the user typed rather than an internal type or a parser's guess.</summary>
public class ExitCodeTests
{
    [Theory]
    [InlineData("actors --format xml", "--format: 'xml' is not a format; use table (for people) or json (for scripts)")]
    [InlineData("paths Hamas Israel --as-of 2024-13-01", "--as-of: '2024-13-01' is not a date")]
    [InlineData("nosuch", "'nosuch'")]
    [InlineData("mediators Hamas", "mediators")]
    [InlineData("centrality --top many", "many")]
    [InlineData("export cypher --render svg", "--render svg applies to 'export dot' only")]
    [InlineData("export json --render png", "--render png applies to 'export dot' only")]
    [InlineData("clusters --resolution -1", "--resolution")]
    public async Task A_wrong_command_line_exits_2_and_names_what_was_typed(string line, string expected)
    {
        var result = await CliRunner.RunOnSeedAsync(line.Split(' '));
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("ActorGraph.Cli", result.Error, StringComparison.Ordinal); // no internal type names
        Assert.DoesNotContain("Did you mean one of the following", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Usage:", result.Out + result.Error, StringComparison.Ordinal); // a pointer to --help, not the whole help
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Format_names_are_case_insensitive()
    {
        var result = await CliRunner.RunOnSeedAsync("actors", "--format", "JSON");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.StartsWith("[", result.Out.TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_that_is_not_in_the_graph_exits_1_with_the_closest_names()
    {
        var result = await CliRunner.RunOnSeedAsync("mediators", "Hamass", "Israel");
        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains("unknown actor 'Hamass'; did you mean Hamas (hamas)?", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_path_is_an_answer_and_exits_0()
    {
        var result = await CliRunner.RunOnSeedAsync("paths", "Lebanon", "Gaza");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
    }
}
