using ActorGraph.Seed.Tests.Support;

namespace ActorGraph.Seed.Tests.Hostile;

/// <summary>Every size limit of <see cref="SeedLimits"/> is a located error with the limit named, and the
/// folder loads nothing.</summary>
public sealed class SizeLimitTests
{
    [Fact]
    public void A_yaml_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        using var seed = new TempSeed().With("actors.yaml", TempSeed.Base + "\n# " + new string('x', 1_100_000) + "\n");
        var error = Assert.Single(SeedLoader.Load(seed.Path, new SeedLimits { MaxYamlFileMegabytes = 1 }).Errors);
        Assert.StartsWith("actors.yaml: cannot read the file: the file has 1,100,", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("more than the limit of 1,048,576", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_csv_file_over_the_size_limit_is_refused()
    {
        using var seed = new TempSeed().With("actors.yaml", TempSeed.Base)
            .With("relations.csv", "source,target,kind\n" + string.Concat(Enumerable.Repeat("alpha,beta,meets\n", 70_000)));
        var error = Assert.Single(SeedLoader.Load(seed.Path, new SeedLimits { MaxCsvFileMegabytes = 1 }).Errors);
        Assert.Contains("relations.csv: cannot read the file: the file has", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_yaml_line_over_the_limit_is_a_located_error()
    {
        using var seed = new TempSeed().With("actors.yaml", TempSeed.Base + "\n  - id: long\n    name: " + new string('n', 5000) + "\n    kind: state\n");
        Expect.Error(SeedLoader.Load(seed.Path, new SeedLimits { MaxLineCharacters = 4096 }), "actors.yaml", 18, 4097, "line longer than 4,096 characters");
    }

    [Fact]
    public void An_unclosed_csv_quote_stops_at_the_record_limit_not_at_the_end_of_memory()
    {
        using var seed = new TempSeed().With("actors.yaml", TempSeed.Base)
            .With("relations.csv", "source,target,kind\nalpha,beta,meets\n\"alpha,beta,meets\n" + string.Concat(Enumerable.Repeat("gamma,delta,meets\n", 1000)));
        var result = SeedLoader.Load(seed.Path, new SeedLimits { MaxLineCharacters = 1000 });
        Expect.Error(result, "relations.csv", 3, 1, "a record longer than 1,000 characters (is a closing quote missing?)");
        Assert.Single(result.Errors);
    }

    [Fact]
    public void The_record_limit_stops_loading_at_the_record_that_passes_it()
    {
        using var seed = new TempSeed().With("actors.yaml", TempSeed.Base);
        var result = SeedLoader.Load(seed.Path, new SeedLimits { MaxRecords = 4 });
        // Actors are read first (four of them), so the fifth record is the source on line 2.
        Expect.Error(result, "actors.yaml", 2, 5, "more than 4 records in the seed folder");
    }

    [Fact]
    public void The_actor_limit_stops_loading_at_the_actor_that_passes_it()
    {
        using var seed = new TempSeed().With("actors.yaml", TempSeed.Base);
        Expect.Error(SeedLoader.Load(seed.Path, new SeedLimits { MaxActors = 3 }), "actors.yaml", 14, 5, "more than 3 actors in the seed folder");
    }

    [Fact]
    public void The_defaults_are_valid_and_bad_values_are_named()
    {
        Assert.Empty(SeedLimits.Default.Validate());
        var problems = new SeedLimits { MaxNestingDepth = 2, MaxRecords = 0 }.Validate();
        Assert.Equal(["MaxNestingDepth must be between 8 and 1000 (it is 2)", "MaxRecords must be between 1 and 2147483647 (it is 0)"], problems);
    }
}
