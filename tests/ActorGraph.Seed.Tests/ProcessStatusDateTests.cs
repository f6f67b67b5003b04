using ActorGraph.Seed.Tests.Support;

namespace ActorGraph.Seed.Tests;

/// <summary>A process's status and its dates must tell the same story: a process still under way has not ended,
/// and one that ended or collapsed says when.</summary>
public sealed class ProcessStatusDateTests
{
    private static string Process(string status, string dates) =>
        TempSeed.Base + $"\nprocesses:\n  - id: talks\n    name: Talks\n    parties: [alpha, beta]\n    mediators: [gamma]\n    status: {status}\n{dates}";

    [Theory]
    [InlineData("ongoing")]
    [InlineData("proposed")]
    public void A_process_under_way_cannot_have_an_end_date(string status)
    {
        using var seed = new TempSeed().With("seed.yaml", Process(status, "    start: 2020-01-01\n    end: 2021-01-01\n"));
        var error = Assert.Single(seed.Load().Errors);
        Assert.Equal("seed.yaml", error.File);
        Assert.Equal(24, error.Line);
        Assert.Contains($"status '{status}' but an end date (2021-01-01)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ended")]
    [InlineData("collapsed")]
    public void An_ended_or_collapsed_process_needs_its_end_date(string status)
    {
        using var seed = new TempSeed().With("seed.yaml", Process(status, "    start: 2020-01-01\n"));
        var error = Assert.Single(seed.Load().Errors);
        Assert.Equal(22, error.Line);
        Assert.Contains($"status '{status}' needs an end date", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_outcome_before_the_start_is_reported()
    {
        var yaml = Process("agreed", "    start: 2020-01-01\n    outcomes:\n      - date: 2019-06-01\n        description: Deal\n");
        using var seed = new TempSeed().With("seed.yaml", yaml);
        var error = Assert.Single(seed.Load().Errors);
        Assert.Contains("outcome dated 2019-06-01 is before the process start 2020-01-01", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("agreed", "    start: 2020-01-01\n    end: 2021-01-01\n")]
    [InlineData("agreed", "    start: 2020-01-01\n")]
    [InlineData("ongoing", "    start: 2020-01-01\n")]
    [InlineData("ended", "    end: 2021-01-01\n")]
    [InlineData("ongoing", "")]
    public void Agreeing_status_and_dates_load(string status, string dates)
    {
        using var seed = new TempSeed().With("seed.yaml", Process(status, dates));
        Assert.Empty(seed.Load().Errors);
    }
}
