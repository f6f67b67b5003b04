using ActorGraph.Cli.Infrastructure;
using ActorGraph.Cli.Tests.Support;

namespace ActorGraph.Cli.Tests.Usage;

/// <summary>A mistyped command gets one message with the closest command, and the usage exit code.</summary>
public sealed class UnknownCommandTests
{
    [Theory]
    [InlineData("mediatorz", "mediators")]
    [InlineData("shwo", "show")]
    [InlineData("clusterz", "clusters")]
    public async Task A_typo_names_the_closest_command(string typed, string meant)
    {
        var result = await CliRunner.RunAsync([typed, "Hamas", "Israel"]);
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"error: '{typed}' is not an actorgraph command; did you mean '{meant}'?", lines[0]);
        Assert.DoesNotContain("Required command", result.Error, StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task A_word_like_no_command_lists_the_commands()
    {
        var result = await CliRunner.RunAsync(["xyzzyplugh"]);
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("the commands are validate", result.Error, StringComparison.Ordinal);
        Assert.Contains("mediators", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_typo_under_export_names_the_closest_format()
    {
        var result = await CliRunner.RunAsync(["export", "dott"]);
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal("error: 'dott' is not an actorgraph export command; did you mean 'dot'?\n" +
                     "Run 'actorgraph export --help' for the list of commands.\n", result.Error);
    }

    [Theory]
    [InlineData(new string[0], "'actorgraph' needs a command: validate, ")]
    [InlineData(new[] { "export" }, "'actorgraph export' needs a command: dot")]
    public async Task A_missing_command_says_which_are_there(string[] args, string expected)
    {
        var result = await CliRunner.RunAsync(args);
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.StartsWith("error: " + expected, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Required command", result.Error, StringComparison.Ordinal);
    }
}
