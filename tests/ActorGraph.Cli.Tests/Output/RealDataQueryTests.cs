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

    [Theory]
    // Iran's only contact with each side is one GDELT row (events 741917840 and 741918238, one source each).
    [InlineData("gdelt", "gdelt2/20180326044500.export.CSV", "Israel", "Syria", "irn")]
    // ICEWS's "Ministry (India)" is India's own: never a broker between India and an Indian politician.
    [InlineData("icews", "icews/events.2018.sample.tab", "India", "Abhishek Manu Singhvi", "ministry-india")]
    public async Task One_row_of_contact_or_an_agency_of_a_side_makes_no_structural_candidate(
        string format, string file, string first, string second, string notCandidate)
    {
        var seed = await ImportAsync(format, file);

        var result = await CliRunner.RunAsync(["mediators", first, second, "--seed", seed, "--format", "json"]);

        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.True(root.GetProperty("opposed").GetBoolean());
        Assert.DoesNotContain(root.GetProperty("structural").EnumerateArray(), e => e.GetProperty("actorId").GetString() == notCandidate);
        Assert.Equal(0, root.GetProperty("structural").GetArrayLength());
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

    [Theory]
    // PLOVER: "Arab League Secretary General Chadli Klibi undertook mediation mission between Syria and Palestinian
    // leader Yasser Arafat" (PSE GOV): typed as the states, answered through the Government of Palestine.
    [InlineData("plover", "plover/PLOVER_GSR_CAMEO.json", "Syria", "Palestine", "arl", "PLOVER record PLOVER-GSR01-CONSULT-0008", "2000-01-01")]
    [InlineData("plover", "plover/PLOVER_GSR_CAMEO.json", "Saudi Arabia", "UAE", "qat-gov", "PLOVER record PLOVER-GSR01-CONSULT-0009", "2000-01-01")]
    // ICEWS: the one 045 row, a Catholic bishop mediating with Daniel Ortega in a story of Ortega's quarrel with the opposition.
    [InlineData("icews", "icews/events.2018.sample.tab", "Daniel Ortega", "People Associated with the Opposition (Nicaragua)", "catholic-bishop-nicaragua", "ICEWS story 47404367", "2018-06-01")]
    public async Task A_mediator_a_real_file_codes_is_found_with_its_dated_source(
        string format, string file, string first, string second, string mediator, string sourceTitle, string date)
    {
        var seed = await ImportAsync(format, file);

        var json = await CliRunner.RunAsync(["mediators", first, second, "--seed", seed, "--format", "json"]);
        var table = await CliRunner.RunAsync(["mediators", first, second, "--seed", seed, "-v"]);

        Assert.True(json.ExitCode == 0, json.Error);
        Assert.True(table.ExitCode == 0, table.Error);
        using var doc = JsonDocument.Parse(json.Out);
        var entry = Assert.Single(doc.RootElement.GetProperty("inferred").EnumerateArray(), e => e.GetProperty("actorId").GetString() == mediator);
        var evidence = entry.GetProperty("processes").EnumerateArray().SelectMany(p => p.GetProperty("evidence").EnumerateArray()).ToList();
        Assert.Contains(evidence, e => e.GetProperty("sourceTitle").GetString() == sourceTitle && e.GetProperty("sourceDate").GetString() == date);
        var name = entry.GetProperty("name").GetString()!;
        Assert.Contains(name[..Math.Min(20, name.Length)], table.Out, StringComparison.Ordinal);
        Assert.Contains($"{sourceTitle} (", table.Out, StringComparison.Ordinal);
        Assert.Contains(date, table.Out, StringComparison.Ordinal);
    }
}
