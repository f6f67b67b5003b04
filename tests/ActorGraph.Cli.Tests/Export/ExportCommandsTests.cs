using System.Text.Json;
using System.Xml.Linq;
using ActorGraph.Cli.Tests.Support;
using ActorGraph.TestSupport;

namespace ActorGraph.Cli.Tests.Export;

public sealed class ExportCommandsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("actorgraph-export-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Dot_goes_to_standard_output_with_every_seed_actor()
    {
        var result = await CliRunner.RunOnSeedAsync("export", "dot");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("// Written by ActorGraph", result.Out, StringComparison.Ordinal);
        Assert.Contains("\"a:hamas\" [label=\"Hamas\", shape=\"octagon\"", result.Out, StringComparison.Ordinal);
        Assert.Contains("\"p:gaza-ceasefire-talks\"", result.Out, StringComparison.Ordinal);
        Assert.Contains("layout=\"dot\"", result.Out, StringComparison.Ordinal);
        // Grouped by influence cluster by default; --group kind boxes by kind instead.
        Assert.Contains("subgraph \"cluster_c1\"", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("cluster_kind_", result.Out, StringComparison.Ordinal);
        Assert.Equal("", result.Error);

        var byKind = await CliRunner.RunOnSeedAsync("export", "dot", "--group", "kind");
        Assert.Equal(0, byKind.ExitCode);
        Assert.Contains("subgraph \"cluster_kind_state\"", byKind.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("cluster_c1", byKind.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_lists_influence_clusters_unless_told_not_to()
    {
        var result = await CliRunner.RunOnSeedAsync("export", "json");
        using var doc = JsonDocument.Parse(result.Out);
        var clusters = doc.RootElement.GetProperty("clusters").EnumerateArray()
            .ToDictionary(c => c.GetProperty("id").GetInt32(), c => c.GetProperty("members").EnumerateArray().Select(m => m.GetString()!).ToList());
        Assert.True(clusters.Count >= 2);
        var hamas = clusters.Single(c => c.Value.Contains("hamas")).Key;
        var israel = clusters.Single(c => c.Value.Contains("israel")).Key;
        Assert.NotEqual(hamas, israel);
        var node = doc.RootElement.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == "hamas");
        Assert.Equal(hamas, node.GetProperty("cluster").GetInt32());

        var without = await CliRunner.RunOnSeedAsync("export", "json", "--no-clusters");
        using var bare = JsonDocument.Parse(without.Out);
        Assert.Equal(0, bare.RootElement.GetProperty("clusters").GetArrayLength());
    }

    [Fact]
    public async Task Dot_focus_by_name_keeps_the_sides_and_their_mediators_only()
    {
        var result = await CliRunner.RunOnSeedAsync("export", "dot", "--focus", "Hamas", "Israel", "--group", "none");
        Assert.Equal(0, result.ExitCode);
        foreach (var id in new[] { "hamas", "israel", "egypt", "qatar", "turkey" })
            Assert.Contains($"\"a:{id}\" [", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\"a:hezbollah\" [", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("cluster_kind_", result.Out, StringComparison.Ordinal);
        Assert.Contains("focus: Hamas and Israel", result.Out, StringComparison.Ordinal);

        var context = await CliRunner.RunOnSeedAsync("export", "dot", "--focus", "Hamas", "Israel", "--focus-context");
        Assert.Contains("\"a:hezbollah\" [", context.Out, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Dot_to_a_file_and_rendered_to_svg()
    {
        RequiredTools.Graphviz();
        var dotPath = Path.Combine(_dir, "seed.dot");
        var written = await CliRunner.RunOnSeedAsync("export", "dot", "--out", dotPath, "--layout", "neato");
        Assert.Equal(0, written.ExitCode);
        Assert.Empty(written.Out);
        Assert.Contains("layout=\"neato\"", File.ReadAllText(dotPath), StringComparison.Ordinal);

        var svgPath = Path.Combine(_dir, "focus.svg");
        var rendered = await CliRunner.RunOnSeedAsync("export", "dot", "--focus", "hamas", "israel", "--render", "svg", "--out", svgPath);
        Assert.Equal(0, rendered.ExitCode);
        Assert.Contains("wrote " + svgPath, rendered.Error, StringComparison.Ordinal);
        var svg = XDocument.Load(svgPath);
        Assert.Contains(svg.Descendants(), e => e.Name.LocalName == "text" && e.Value == "Hamas");
    }

    [Fact]
    public async Task Render_without_graphviz_says_how_to_install_it()
    {
        var result = await CliRunner.RunAsync(
            ["export", "dot", "--render", "png", "--out", Path.Combine(_dir, "x.png"), "--seed", RepositoryPaths.SeedDirectory],
            new Dictionary<string, string> { ["ACTORGRAPH_DOT"] = "/nonexistent/dot" });
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("apt-get install graphviz", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "x.png")));
    }

    [Fact]
    public async Task As_of_filters_the_drawing_and_focus_context_needs_a_focus()
    {
        // Most seed ties are undated (valid at any date); the war's dated ties began on 2023-10-07.
        var early = await CliRunner.RunOnSeedAsync("export", "dot", "--as-of", "2000-01-01", "--group", "none");
        Assert.Equal(0, early.ExitCode);
        Assert.Contains("as of 2000-01-01", early.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("2023-10-07", early.Out, StringComparison.Ordinal);
        var all = await CliRunner.RunOnSeedAsync("export", "dot", "--group", "none");
        Assert.Contains("2023-10-07", all.Out, StringComparison.Ordinal);
        Assert.True(early.Out.Split(" -> ").Length < all.Out.Split(" -> ").Length, "fewer ties as of 2000");

        var alone = await CliRunner.RunOnSeedAsync("export", "dot", "--focus-context");
        Assert.Equal(2, alone.ExitCode);
        Assert.Contains("--focus-context needs --focus A B", alone.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_needs_an_output_file()
    {
        var result = await CliRunner.RunOnSeedAsync("export", "dot", "--render", "svg");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--out FILE", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forcing_dot_on_a_large_graph_warns_and_the_default_switches_to_sfdp()
    {
        using var seed = new TempSeed();
        var actors = string.Join("\n", Enumerable.Range(0, 250).Select(i => $"  - id: a{i}\n    name: Actor {i}\n    kind: state"));
        seed.Write("actors.yaml", "actors:\n" + actors + "\n");
        var chosen = await CliRunner.RunAsync(["export", "dot", "--seed", seed.Path]);
        Assert.Equal(0, chosen.ExitCode);
        Assert.Contains("layout=\"sfdp\"", chosen.Out, StringComparison.Ordinal);
        Assert.Contains("using the 'sfdp' layout", chosen.Error, StringComparison.Ordinal);

        var forced = await CliRunner.RunAsync(["export", "dot", "--layout", "dot", "--seed", seed.Path]);
        Assert.Equal(0, forced.ExitCode);
        Assert.Contains("layout=\"dot\"", forced.Out, StringComparison.Ordinal);
        Assert.Contains("warning: 'dot' layout of 250 nodes", forced.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Very_large_drawings_group_by_kind_unless_clusters_are_asked_for()
    {
        using var seed = new TempSeed();
        var rows = string.Concat(Enumerable.Range(0, 20_001).Select(i => $"a{i},Actor {i},state,,,\n"));
        seed.Write("actors.csv", "id,name,kind,aliases,country,description\n" + rows);
        // fdp: a layout that draws group boxes (sfdp, the default at this size, shows groups by fill colour).
        var chosen = await CliRunner.RunAsync(["export", "dot", "--no-legend", "--layout", "fdp", "--seed", seed.Path]);
        Assert.Equal(0, chosen.ExitCode);
        Assert.Contains("grouping by kind", chosen.Error, StringComparison.Ordinal);
        Assert.Contains("subgraph \"cluster_kind_state\"", chosen.Out, StringComparison.Ordinal);

        var asked = await CliRunner.RunAsync(["export", "dot", "--no-legend", "--layout", "fdp", "--group", "cluster", "--seed", seed.Path]);
        Assert.Equal(0, asked.ExitCode);
        Assert.DoesNotContain("grouping by kind", asked.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("cluster_kind_", asked.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_focus_actor_fails_with_suggestions()
    {
        var result = await CliRunner.RunOnSeedAsync("export", "dot", "--focus", "Hamass", "Israel");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("unknown actor 'Hamass'", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task Bad_as_of_date_is_a_usage_error()
    {
        var result = await CliRunner.RunOnSeedAsync("export", "json", "--as-of", "01/12/2024");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("YYYY-MM-DD", result.Error + result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Graphml_json_and_cypher_describe_the_same_graph()
    {
        var graphml = await CliRunner.RunOnSeedAsync("export", "graphml");
        var json = await CliRunner.RunOnSeedAsync("export", "json");
        var cypher = await CliRunner.RunOnSeedAsync("export", "cypher");
        Assert.Equal(0, graphml.ExitCode);
        Assert.Equal(0, json.ExitCode);
        Assert.Equal(0, cypher.ExitCode);

        XNamespace g = "http://graphml.graphdrawing.org/xmlns";
        var xml = XDocument.Parse(graphml.Out);
        var actorNodes = xml.Descendants(g + "node").Count(n => n.Elements(g + "data").Any(d => (string)d.Attribute("key")! == "n_type" && d.Value == "actor"));
        using var doc = JsonDocument.Parse(json.Out);
        var nodes = doc.RootElement.GetProperty("nodes").GetArrayLength();
        var edges = doc.RootElement.GetProperty("edges").GetArrayLength();
        Assert.Equal(nodes, actorNodes);
        Assert.True(nodes >= 15);
        var relationEdges = xml.Descendants(g + "edge").Count(e => e.Elements(g + "data").Any(d => (string)d.Attribute("key")! == "e_kind"));
        Assert.Equal(edges, relationEdges);
        Assert.Contains("MERGE (n:Actor {id: row.id})", cypher.Out, StringComparison.Ordinal);
        Assert.Contains("'hamas'", cypher.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unwritable_output_is_a_clear_error()
    {
        var result = await CliRunner.RunOnSeedAsync("export", "json", "--out", Path.Combine(_dir, "missing-dir", "x.json"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cannot write", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_shows_examples()
    {
        var result = await CliRunner.RunAsync(["export", "dot", "--help"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--render", result.Out, StringComparison.Ordinal);
        Assert.Contains("actorgraph export dot --focus Hamas Israel", result.Out, StringComparison.Ordinal);
    }
}
