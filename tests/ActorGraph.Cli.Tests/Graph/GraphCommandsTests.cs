using System.Text.Json;
using ActorGraph.Cli.Tests.Support;
using ActorGraph.Seed;
using ActorGraph.Cli.Infrastructure;

namespace ActorGraph.Cli.Tests.Graph;

public class GraphCommandsTests
{
    private static readonly Core.Model.ActorGraphData Seed = SeedLoader.Load(RepositoryPaths.SeedDirectory).Graph
        ?? throw new InvalidOperationException("graph-seed does not load");

    [Fact]
    public async Task Validate_prints_counts_of_the_seed()
    {
        var result = await CliRunner.RunOnSeedAsync("validate");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("valid", result.Out, StringComparison.Ordinal);
        Assert.Contains($"{Seed.Actors.Length} actors", result.Out, StringComparison.Ordinal);
        Assert.Contains($"{Seed.Processes.Length} mediation processes", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_json_reports_counts_by_kind()
    {
        var result = await CliRunner.RunOnSeedAsync("validate", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        Assert.True(doc.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal(Seed.Relations.Length, doc.RootElement.GetProperty("relations").GetInt32());
        var byKind = doc.RootElement.GetProperty("actorsByKind").EnumerateObject().Sum(p => p.Value.GetInt32());
        Assert.Equal(Seed.Actors.Length, byKind);
    }

    [Fact]
    public async Task Validate_lists_every_error_with_file_and_line_and_fails()
    {
        using var dir = new TempSeed();
        dir.Write("actors.yaml", """
            actors:
              - id: a
                name: A
                kind: state
              - id: b
                name: B
                kind: stat
            """);
        dir.Write("relations.yaml", """
            relations:
              - source: a
                target: nobody
                kind: meets
            """);
        var result = await CliRunner.RunAsync(["validate", "--seed", dir.Path]);
        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"actors\.yaml:7:\d+: .*stat", result.Error);
        Assert.Matches(@"relations\.yaml:3:\d+: .*nobody", result.Error);
        Assert.Contains("nothing was loaded", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Out);

        var json = await CliRunner.RunAsync(["validate", "--seed", dir.Path, "--format", "json"]);
        using var doc = JsonDocument.Parse(json.Out);
        Assert.False(doc.RootElement.GetProperty("valid").GetBoolean());
        Assert.True(doc.RootElement.GetProperty("errors").GetArrayLength() >= 2);
    }

    [Fact]
    public async Task Missing_seed_folder_is_a_clear_error()
    {
        var result = await CliRunner.RunAsync(["actors", "--seed", "/nonexistent/seed"]);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no seed folder at '/nonexistent/seed'", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_folder_comes_from_the_environment_when_no_option()
    {
        var env = new Dictionary<string, string> { ["ACTORGRAPH_SEED"] = RepositoryPaths.SeedDirectory };
        var result = await CliRunner.RunAsync(["actors", "--format", "json"], env);
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        Assert.Equal(Seed.Actors.Length, doc.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Actors_filters_by_kind()
    {
        var result = await CliRunner.RunOnSeedAsync("actors", "--kind", "state", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        var kinds = doc.RootElement.EnumerateArray().Select(a => a.GetProperty("kind").GetString()).Distinct().ToList();
        Assert.Equal(["state"], kinds);
        Assert.Equal(Seed.Actors.Count(a => a.Kind == Core.Model.ActorKind.State), doc.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Actors_rejects_an_unknown_kind_with_a_suggestion()
    {
        var result = await CliRunner.RunOnSeedAsync("actors", "--kind", "stat");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("did you mean 'state'", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("u.s.", "United States")]
    [InlineData("turkiye", "Turkey")]
    [InlineData("Netanyahu", "Netanyahu")]
    public async Task Show_resolves_names_users_type(string query, string expectedName)
    {
        var result = await CliRunner.RunOnSeedAsync("show", query);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(expectedName, result.Out.Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains("Relations", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_lists_the_processes_an_actor_mediates_with_evidence()
    {
        var result = await CliRunner.RunOnSeedAsync("show", "Egypt", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        var processes = doc.RootElement.GetProperty("processes").EnumerateArray().ToList();
        Assert.Contains(processes, p => p.GetProperty("role").GetString() == "mediator");
        var evidence = doc.RootElement.GetProperty("relations").EnumerateArray()
            .SelectMany(r => r.GetProperty("evidence").EnumerateArray()).ToList();
        Assert.NotEmpty(evidence);
        Assert.All(evidence, e => Assert.False(string.IsNullOrEmpty(e.GetProperty("locator").GetString())));
    }

    [Fact]
    public async Task Show_unknown_actor_names_the_closest_matches()
    {
        var result = await CliRunner.RunOnSeedAsync("show", "Egipt");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("unknown actor 'Egipt'; did you mean Egypt", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_as_of_date_is_a_usage_error()
    {
        var result = await CliRunner.RunOnSeedAsync("show", "hamas", "--as-of", "31/12/2024");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("use YYYY-MM-DD", result.Error, StringComparison.Ordinal);
    }
}

public class SeedErrorPrintingTests
{
    [Fact]
    public async Task Empty_folder_error_names_the_folder_once_without_a_line()
    {
        using var dir = new TempSeed();
        var result = await CliRunner.RunAsync(["validate", "--seed", dir.Path]);
        Assert.Equal(1, result.ExitCode);
        var first = result.Error.Split('\n')[0];
        Assert.DoesNotContain(":0:0", first, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(first, Path.GetFileName(dir.Path)));
    }

    [Fact]
    public async Task Thousands_of_errors_are_cut_after_a_hundred_with_a_count()
    {
        using var dir = new TempSeed();
        var rows = string.Join("\n", Enumerable.Range(0, 150).Select(i => $"a{i},A{i},bogus-kind,,,"));
        dir.Write("actors.csv", "id,name,kind,aliases,country,description\n" + rows + "\n");
        var result = await CliRunner.RunAsync(["validate", "--seed", dir.Path]);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("... and 50 more error(s)", result.Error, StringComparison.Ordinal);
        Assert.Equal(100, result.Error.Split('\n').Count(l => l.Contains("actors.csv:", StringComparison.Ordinal)));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
