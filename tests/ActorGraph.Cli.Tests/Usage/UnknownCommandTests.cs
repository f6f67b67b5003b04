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
}
