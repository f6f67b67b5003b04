using ActorGraph.Cli.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace ActorGraph.Cli.Tests.Graph;

/// <summary>The help text users read first, as snapshots (CI runs Snapshooter in strict mode).</summary>
public class HelpSnapshotTests
{
    [Theory]
    [InlineData("root")]
    [InlineData("validate")]
    [InlineData("actors")]
    [InlineData("show")]
    public async Task Help_text(string command)
    {
        string[] args = command == "root" ? ["--help"] : [command, "--help"];
        var result = await CliRunner.RunAsync(args);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Out, StringComparison.Ordinal);
        Snapshot.Match(result.Out, SnapshotNameExtension.Create(command));
    }

    [Fact]
    public async Task Every_command_help_has_an_example()
    {
        var root = await CliRunner.RunAsync(["--help"]);
        var commands = root.Out.Split('\n')
            .SkipWhile(l => !l.StartsWith("Commands:", StringComparison.Ordinal)).Skip(1)
            .Where(l => l.Length > 2 && l[2] != ' ')
            .Select(l => l.Trim().Split(' ')[0])
            .ToList();
        Assert.Contains("mediators", commands);
        foreach (var command in commands)
        {
            var help = await CliRunner.RunAsync([command, "--help"]);
            Assert.True(help.Out.Contains("Example", StringComparison.Ordinal), $"'{command} --help' has no example");
        }
    }
}
