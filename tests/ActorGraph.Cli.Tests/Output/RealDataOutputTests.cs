using System.Text.RegularExpressions;
using ActorGraph.Cli.Tests.Support;
using ActorGraph.TestSupport;

namespace ActorGraph.Cli.Tests.Output;

/// <summary>The answers on a graph nobody here wrote: a real GDELT 2.0 file (../shared/real-data, provenance
/// in its README) imported, then asked as an analyst would. Every line fits 100 columns, no table is broken,
/// evidence is folded, and -v cites each event's source with its date and URL.</summary>
public sealed partial class RealDataOutputTests : IDisposable
{
    private readonly TempSeed _seed = new();

    public void Dispose() => _seed.Dispose();

    private async Task<string> ImportAsync()
    {
        var file = Path.GetFullPath(RepositoryPaths.Combine("..", "shared", "real-data", "gdelt2", "20180326044500.export.CSV"));
        Assert.True(File.Exists(file), $"real-data file missing: {file} (CI has ../shared beside the checkout)");
        var output = Path.Combine(_seed.Path, "gdelt");
        var import = await CliRunner.RunAsync(["import", "gdelt", file, "--out", output]);
        Assert.True(import.ExitCode == 0, import.Error);
        return output;
    }

    [Fact]
    public async Task Every_answer_on_imported_gdelt_fits_the_screen()
    {
        var seed = await ImportAsync();
        string[][] commands =
        [
            ["show", "United States"], ["show", "United States", "-v"], ["paths", "United States", "Germany"],
            ["paths", "United States", "Germany", "-v"], ["mediators", "United States", "Germany"], ["clusters"],
            ["centrality"], ["brokerage"], ["actors"], ["validate"],
        ];
        foreach (var args in commands)
        {
            var result = await CliRunner.RunAsync([.. args, "--seed", seed]);
            Assert.True(result.ExitCode == 0, $"{string.Join(' ', args)}: {result.Error}");
            // A URL alone on its line is the one exception: it is printed whole so that it can be copied.
            var lines = result.Out.Split('\n').Where(l => !UrlAlone().IsMatch(l));
            Assert.All(lines, l => Assert.True(l.Length <= 100, $"{string.Join(' ', args)}: {l.Length} columns: {l}"));
        }
    }

    [Theory]
    [InlineData("paths", "United States", "Germany")]
    [InlineData("show", "United States", null)]
    public async Task The_default_answer_cites_each_source_shown_with_its_date_and_full_url(string command, string a, string? b)
    {
        var seed = await ImportAsync();
        string[] args = b is null ? [command, a, "--seed", seed] : [command, a, b, "--seed", seed];
        var result = await CliRunner.RunAsync(args);
        Assert.True(result.ExitCode == 0, result.Error);
        var lines = result.Out.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        var evidence = lines.Where(l => Regex.IsMatch(l, @"^  \[\d+\] ")).Count();
        var tagged = lines.Count(l => Regex.IsMatch(l, @" \[S\d+\]$"));
        Assert.True(evidence > 1 && tagged == evidence, $"{tagged} of {evidence} evidence items end with a source tag:\n{result.Out}");
        var start = Array.FindIndex(lines, l => l.StartsWith("Sources", StringComparison.Ordinal));
        Assert.True(start > 0, $"no Sources block:\n{result.Out}");
        var block = lines[(start + 1)..].TakeWhile(l => l.Length > 0).ToArray();
        // Each source: a line with its tag, its date and its title, then its URL alone on the next line, whole.
        Assert.True(block.Length >= 4 && block.Length % 2 == 0, string.Join('\n', block));
        for (var i = 0; i < block.Length; i += 2)
        {
            Assert.Matches(@"^  \[S\d+\] +\d{4}-\d{2}-\d{2}  \S", block[i]);
            Assert.Matches(@"^ +https?://\S+$", block[i + 1]);
            Assert.True(block[i].Length <= 100, block[i]);
        }
        // Every tag used by an item is listed once.
        var used = lines.SelectMany(l => Regex.Matches(l, @" (\[S\d+\])$").Select(m => m.Groups[1].Value)).Distinct().Order();
        var listed = block.Where((_, i) => i % 2 == 0).Select(l => l.Trim().Split(' ')[0]).Order();
        Assert.Equal(used, listed);
        // The URLs printed are the imported sources' own, unbroken.
        var urls = File.ReadAllText(Path.Combine(seed, "sources.csv"));
        Assert.All(block.Where((_, i) => i % 2 == 1), u =>
        {
            Assert.DoesNotContain("…", u, StringComparison.Ordinal);
            Assert.Contains(u.Trim(), urls, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task The_full_profile_cites_each_event_with_its_url()
    {
        var seed = await ImportAsync();
        var full = await CliRunner.RunAsync(["show", "United States", "-v", "--seed", seed]);
        var sources = full.Out.Split('\n').Count(l => l.TrimStart().StartsWith("source:", StringComparison.Ordinal));
        Assert.True(sources > 8, $"only {sources} source lines");
        // Each source line: title (id), date, URL (wrapped onto the next line when long), locator.
        var cited = Regex.Matches(full.Out, @"source: [^\n]*, \d{4}-\d{2}-\d{2},\s+https?://");
        Assert.Equal(sources, cited.Count);
    }

    [GeneratedRegex(@"^ +[a-z]+://\S+$")]
    private static partial Regex UrlAlone();
}
