using System.Text.Json;
using ActorGraph.Cli.Tests.Support;
using ActorGraph.TestSupport;

namespace ActorGraph.Cli.Tests.Output;

/// <summary>Real files (../shared/real-data) imported with the CLI and queried as an analyst types: countries in
/// the inverted and abbreviated forms of other lists, actors that only the naming audit made importable, and no
/// mediator where the data show the parties talking directly.</summary>
public sealed class RealDataQueryTests : IDisposable
{
    private readonly TempSeed _seed = new();

    public void Dispose() => _seed.Dispose();

    private async Task<string> ImportAsync(string format, string relative)
    {
        var file = Path.GetFullPath(RepositoryPaths.Combine("..", "shared", "real-data", relative));
        Assert.True(File.Exists(file), $"real-data file missing: {file} (CI has ../shared beside the checkout)");
        var output = Path.Combine(_seed.Path, format);
        var import = await CliRunner.RunAsync(["import", format, file, "--out", output]);
        Assert.True(import.ExitCode == 0, import.Error);
        return output;
    }

    [Fact]
    public async Task The_koreas_typed_as_the_world_bank_and_iso_write_them_have_no_mediator_but_their_own_talks()
    {
        var seed = await ImportAsync("icews", "icews/events.2018.sample.tab");

        var result = await CliRunner.RunAsync(["mediators", "Korea, Rep.", "Korea, Democratic People's Republic of", "--seed", seed, "--format", "json"]);

        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(["kor", "prk"], root.GetProperty("sides").EnumerateArray().Select(e => e.GetString()));
        foreach (var group in new[] { "explicit", "past", "inferred", "structural" })
            Assert.Equal(0, root.GetProperty(group).GetArrayLength());
        Assert.Contains(root.GetProperty("directTies").EnumerateArray(), t => t.GetProperty("kind").GetString() == "negotiates");
    }

    [Fact]
    public async Task A_country_typed_in_a_form_no_file_used_finds_the_state_in_paths()
    {
        var seed = await ImportAsync("icews", "icews/events.2018.sample.tab");

        var result = await CliRunner.RunAsync(["paths", "Korea, Republic of", "United States of America", "--seed", seed]);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("Paths from South Korea to United States", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_community_role_of_the_real_export_is_an_actor_named_for_the_community()
    {
        // The 2018-03-26 04:45 export codes the Catalan parliament catLEG, with no country: once dropped as a role
        // without a country, now the Catalan legislature, which an analyst can look up by name.
        var seed = await ImportAsync("gdelt", "gdelt2/20180326044500.export.CSV");

        var result = await CliRunner.RunAsync(["show", "catalan legislature", "--seed", seed]);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.StartsWith("Catalan legislature (cat-leg)", result.Out, StringComparison.Ordinal);
    }
}
