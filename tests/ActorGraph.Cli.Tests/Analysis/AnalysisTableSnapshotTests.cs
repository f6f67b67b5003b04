using ActorGraph.Cli.Tests.Support;
using Snapshooter.Xunit;

namespace ActorGraph.Cli.Tests.Analysis;

/// <summary>The analysts' tables, on a small fixed seed (not graph-seed/, which others edit), as snapshots.</summary>
public sealed class AnalysisTableSnapshotTests : IDisposable
{
    private readonly TempSeed _seed = new();

    public AnalysisTableSnapshotTests()
    {
        _seed.Write("sources.yaml", """
            sources:
              - id: wire
                title: Wire report
                date: 2024-06-01
            """);
        _seed.Write("actors.yaml", """
            actors:
              - { id: north, name: Northland, kind: state }
              - { id: south, name: Southland, kind: state }
              - { id: broker, name: Brokerstan, kind: state }
              - { id: envoy, name: Envoy Office, kind: organisation }
              - { id: island, name: Island Republic, kind: state }
            """);
        _seed.Write("relations.yaml", """
            relations:
              - source: north
                target: south
                kind: armed-conflict
                strength: 1
                start: 2023-01-01
                evidence: [{ source: wire, locator: para 1, note: The two are at war. }]
              - source: broker
                target: north
                kind: mediates
                strength: 0.8
                confidence: 0.9
                start: 2024-03-01
                evidence: [{ source: wire, locator: para 2, note: Brokerstan carries messages to Northland. }]
              - source: broker
                target: south
                kind: meets
                strength: 0.6
                start: 2024-04-01
                end: 2024-04-02
                evidence: [{ source: wire, locator: para 3, note: Brokerstan hosted a Southland delegation. }]
              - source: envoy
                target: broker
                kind: engages
                strength: 0.5
                start: 2024-05-01
                evidence: [{ source: wire, locator: para 4, note: The envoy office consults Brokerstan. }]
              - source: envoy
                target: north
                kind: pressures
                strength: 0.5
                confidence: 0.5
                modality: hoped
                evidence: [{ source: wire, locator: para 4, note: Southland hopes the envoy will press Northland. }]
            """);
        _seed.Write("processes.yaml", """
            processes:
              - id: truce-talks
                name: Truce talks
                parties: [north, south]
                mediators: [broker]
                status: ongoing
                start: 2024-03-01
                confidence: 0.9
                evidence: [{ source: wire, locator: para 2, note: Talks on a truce through Brokerstan. }]
            """);
    }

    public void Dispose() => _seed.Dispose();

    [Fact]
    public async Task Mediators_table()
    {
        var result = await CliRunner.RunAsync(["mediators", "Southland", "Northland", "--as-of", "2024-06-01", "--seed", _seed.Path]);
        Assert.True(result.ExitCode == 0, result.Error);
        result.Out.MatchSnapshot();
    }

    [Fact]
    public async Task Paths_table()
    {
        var result = await CliRunner.RunAsync(["paths", "north", "south", "--as-of", "2024-04-01", "--seed", _seed.Path]);
        Assert.True(result.ExitCode == 0, result.Error);
        result.Out.MatchSnapshot();
    }

    [Fact]
    public async Task Paths_table_before_the_talks_began()
    {
        // Before the truce talks (2024-03-01) and the meeting, the two are joined only by their war.
        var result = await CliRunner.RunAsync(["paths", "north", "south", "--as-of", "2024-02-01", "--seed", _seed.Path]);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("only-hostile-connections", result.Out, StringComparison.Ordinal);
        result.Out.MatchSnapshot();
    }

    [Fact]
    public async Task Centrality_table()
    {
        var result = await CliRunner.RunAsync(["centrality", "--measure", "degree", "--as-of", "2024-06-01", "--seed", _seed.Path]);
        Assert.True(result.ExitCode == 0, result.Error);
        result.Out.MatchSnapshot();
    }
}
