using System.CommandLine;
using ActorGraph.Cli.Infrastructure;
using ActorGraph.Cli.Tests.Support;

namespace ActorGraph.Cli.Tests.Usage;

/// <summary>Help is the first text a user reads: no line of any command's help may be wider than the terminal's
/// 100 columns (the help renderer otherwise lays descriptions out on one line of any length when output is not a
/// terminal, which is how help reaches a pager or a file).</summary>
public class HelpWidthTests
{
    public static TheoryData<string> CommandPaths()
    {
        var root = CliApp.BuildRoot(new CliContext(TextWriter.Null, TextWriter.Null, _ => null));
        var data = new TheoryData<string> { "" };
        foreach (var path in Walk(root, "")) data.Add(path);
        return data;
    }

    [Theory]
    [MemberData(nameof(CommandPaths))]
    public async Task Every_line_of_help_fits_100_columns(string path)
    {
        string[] args = [.. path.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"];
        var result = await CliRunner.RunAsync(args);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Out, StringComparison.Ordinal);
        var widest = result.Out.Split('\n').MaxBy(l => l.Length) ?? "";
        Assert.True(widest.Length <= TableWriter.DefaultWidth, $"'{path} --help' has a line of {widest.Length} columns: {widest}");
    }

    private static IEnumerable<string> Walk(Command command, string prefix)
    {
        foreach (var sub in command.Subcommands.Where(c => !c.Hidden))
        {
            var path = (prefix + " " + sub.Name).Trim();
            yield return path;
            foreach (var deeper in Walk(sub, path)) yield return deeper;
        }
    }
}
