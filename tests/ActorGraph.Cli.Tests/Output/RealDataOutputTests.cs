using System.Text.RegularExpressions;
using ActorGraph.Cli.Tests.Support;
using ActorGraph.TestSupport;

namespace ActorGraph.Cli.Tests.Output;

/// <summary>The answers on a graph nobody here wrote: a real GDELT 2.0 file (../shared/real-data, provenance
/// in its README) imported, then asked as an analyst would. Every line fits 100 columns, no table is broken,
/// evidence is folded, and -v cites each event's source with its date and URL.</summary>
public sealed class RealDataOutputTests : IDisposable
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
            var lines = result.Out.Split('\n');
            Assert.All(lines, l => Assert.True(l.Length <= 100, $"{string.Join(' ', args)}: {l.Length} columns: {l}"));
        }
    }

    [Fact]
    public async Task The_full_profile_cites_each_event_with_its_url_and_the_compact_one_does_not()
    {
        var seed = await ImportAsync();
        var compact = await CliRunner.RunAsync(["show", "United States", "--seed", seed]);
        var full = await CliRunner.RunAsync(["show", "United States", "-v", "--seed", seed]);
        Assert.DoesNotContain("http", compact.Out, StringComparison.Ordinal);
        Assert.Contains("… and ", compact.Out, StringComparison.Ordinal);
        var sources = full.Out.Split('\n').Count(l => l.TrimStart().StartsWith("source:", StringComparison.Ordinal));
        Assert.True(sources > 8, $"only {sources} source lines");
        // Each source line: title (id), date, URL (wrapped onto the next line when long), locator.
        var cited = Regex.Matches(full.Out, @"source: [^\n]*, \d{4}-\d{2}-\d{2},\s+https?://");
        Assert.Equal(sources, cited.Count);
    }
}
