using ActorGraph.Core.Storage;
using ActorGraph.Seed.Tests.Support;

namespace ActorGraph.Seed.Tests;

/// <summary>Less common bad input: each is still a clear message at its place, never an exception.</summary>
public sealed class MoreErrorTests
{
    private static string Relation(string extra) => TempSeed.Base + "\nrelations:\n  - source: alpha\n    target: beta\n    kind: meets\n" + extra;

    [Fact]
    public void Duplicate_key_in_a_yaml_map_is_a_syntax_error_not_a_crash()
    {
        using var seed = new TempSeed().With("seed.yaml", TempSeed.Base + "\n  - id: eps\n    name: Eps\n    name: Epsilon\n    kind: state\n");
        var result = seed.Load();
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("seed.yaml", 19), (error.File, error.Line));
        Assert.Contains("name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Undefined_yaml_alias_is_reported()
    {
        using var seed = new TempSeed().With("seed.yaml", Relation("    evidence: *nowhere\n"));
        Expect.Error(seed.Load(), "seed.yaml", 21, 15, "YAML syntax error: The anchor 'nowhere' does not exist");
    }

    [Fact]
    public void Absurdly_deep_nesting_is_refused_before_it_can_overflow_the_stack()
    {
        using var seed = new TempSeed().With("seed.yaml", "actors: " + new string('[', 100_000) + new string(']', 100_000) + "\n");
        Expect.Error(seed.Load(), "seed.yaml", 1, 72, "YAML nesting too deep: lists or maps nested more than 64 deep");
    }

    [Fact]
    public void Brackets_and_quotes_inside_text_do_not_trip_the_depth_guard()
    {
        var notes = string.Concat(Enumerable.Range(0, 100).Select(i => $"  - id: a{i}\n    name: \"[[[[ {i}\"\n    kind: state\n    description: it's [{i}] {{ok}} 'x [[[['\n"));
        using var seed = new TempSeed().With("seed.yaml", "actors:\n" + notes);
        var result = seed.Load();
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(100, result.Graph!.Actors.Length);
    }

    [Fact]
    public void Top_level_list_instead_of_a_map_is_reported()
    {
        using var seed = new TempSeed().With("seed.yaml", "- id: alpha\n  name: Alpha\n");
        Expect.Error(seed.Load(), "seed.yaml", 1, 1, "a YAML seed file must be a map with the keys sources, actors, relations, processes");
    }

    [Fact]
    public void Section_that_is_not_a_list_is_reported()
    {
        using var seed = new TempSeed().With("seed.yaml", "actors:\n  id: alpha\n");
        Expect.Error(seed.Load(), "seed.yaml", 2, 3, "'actors' must be a list of maps");
    }

    [Fact]
    public void Duplicate_relation_source_and_process_ids_are_reported()
    {
        var yaml = TempSeed.Base + """

              - id: rep
                title: Again
            relations:
              - id: r1
                source: alpha
                target: beta
                kind: meets
              - id: r1
                source: alpha
                target: gamma
                kind: meets
            processes:
              - {id: p, name: P, parties: [alpha, beta], mediators: [gamma], status: ongoing}
              - {id: p, name: P2, parties: [alpha, beta], mediators: [delta], status: ongoing}
            """;
        // The second 'rep' is under 'actors' (it follows the actor list), so it is an actor with bad fields;
        // the relation and process duplicates are what this test is about.
        using var seed = new TempSeed().With("seed.yaml", yaml);
        var result = seed.Load();
        Expect.Error(result, "seed.yaml", 24, 9, "duplicate relation id 'r1' (first defined at seed.yaml:20:9)");
        Expect.Error(result, "seed.yaml", 30, 10, "duplicate process id 'p' (first defined at seed.yaml:29:10)");
    }

    [Fact]
    public void Date_and_start_together_are_rejected()
    {
        using var seed = new TempSeed().With("seed.yaml", Relation("    date: 2024-01-01\n    start: 2024-01-01\n"));
        Expect.Error(seed.Load(), "seed.yaml", 21, 11, "give either 'date' (a one-day event) or 'start'/'end', not both");
    }

    [Theory]
    [InlineData("weight: 0", "weight '0' must be a whole number of at least 1")]
    [InlineData("weight: 2.5", "weight '2.5' must be a whole number of at least 1")]
    [InlineData("modality: rumoured", "unknown relation modality 'rumoured'")]
    public void Weight_and_modality_are_checked(string line, string message)
    {
        using var seed = new TempSeed().With("seed.yaml", Relation($"    {line}\n"));
        Expect.Error(seed.Load(), "seed.yaml", 21, 5 + line.IndexOf(':', StringComparison.Ordinal) + 2, message);
    }

    [Fact]
    public void Process_status_is_required_and_checked()
    {
        using var seed = new TempSeed().With("seed.yaml", TempSeed.Base + """

            processes:
              - id: p
                name: P
                parties: [alpha, beta]
                mediators: [gamma]
              - id: q
                name: Q
                parties: [alpha, beta]
                mediators: [gamma]
                status: stalled
            """);
        var result = seed.Load();
        Expect.Error(result, "seed.yaml", 18, 5, "process is missing the required field 'status' (one of proposed, ongoing, agreed, collapsed, ended)");
        Expect.Error(result, "seed.yaml", 26, 13, "unknown process status 'stalled'");
    }

    [Fact]
    public void Outcome_without_description_and_actor_listed_twice_are_reported()
    {
        using var seed = new TempSeed().With("seed.yaml", TempSeed.Base + """

            processes:
              - id: p
                name: P
                parties: [alpha, beta, alpha]
                mediators: [gamma]
                status: agreed
                outcomes:
                  - date: 2024-01-01
            """);
        var result = seed.Load();
        Expect.Error(result, "seed.yaml", 20, 28, "'alpha' is listed twice as a party");
        Expect.Error(result, "seed.yaml", 24, 9, "outcome is missing the required field 'description'");
    }

    [Fact]
    public void Source_url_must_be_http()
    {
        using var seed = new TempSeed().With("seed.yaml", TempSeed.Base.Replace("    title: A report", "    title: A report\n    url: ftp://x"));
        Expect.Error(seed.Load(), "seed.yaml", 4, 10, "url 'ftp://x' must be an absolute http or https address");
    }

    [Fact]
    public void Quoted_null_is_text_but_plain_null_is_absent()
    {
        using var seed = new TempSeed().With("seed.yaml", TempSeed.Base.Replace("    name: Alpha", "    name: \"null\"").Replace("    name: Beta", "    name: null"));
        Expect.Error(seed.Load(), "seed.yaml", 9, 11, "actor is missing the required field 'name'");
        Assert.DoesNotContain(seed.Load().Errors, e => e.Line == 5 || e.Line == 6);
    }

    [Fact]
    public void Csv_with_bom_crlf_and_a_multiline_quoted_field_keeps_line_numbers()
    {
        var csv = "id,name,kind,description\r\nalpha,Alpha,state,\"two\r\nlines\"\r\nbeta,Beta,planet,\r\n";
        using var seed = new TempSeed();
        File.WriteAllText(Path.Combine(seed.Path, "actors.csv"), csv, new System.Text.UTF8Encoding(true));
        var result = seed.Load();
        Expect.Error(result, "actors.csv", 4, 11, "unknown actor kind 'planet'");
    }

    [Fact]
    public void Stray_byte_order_mark_in_a_csv_header_is_ignored()
    {
        using var seed = new TempSeed().With("actors.csv", "\uFEFFid,name,kind\nalpha,Alpha,state\n");
        Assert.True(seed.Load().Succeeded);
    }

    [Fact]
    public void Good_csv_with_multiline_field_loads_the_text_intact()
    {
        using var seed = new TempSeed().With("actors.csv", "id,name,kind,description\nalpha,Alpha,state,\"said \"\"no\"\",\nthen left\"\n");
        var result = seed.Load();
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal("said \"no\",\nthen left", result.Graph!.Actors[0].Description);
    }

    [Fact]
    public void Progress_reports_each_stage_with_its_count()
    {
        using var seed = new TempSeed().With("seed.yaml", Relation(""));
        var reports = new List<StoreProgress>();
        var result = SeedLoader.Load(seed.Path, new SyncProgress(reports.Add));
        Assert.True(result.Succeeded);
        Assert.Equal(["actors:4", "sources:1", "relations:1", "processes:0"], reports.Where(r => r.Total is not null).Select(r => $"{r.Stage}:{r.Done}"));
    }

    private sealed class SyncProgress(Action<StoreProgress> report) : IProgress<StoreProgress>
    {
        public void Report(StoreProgress value) => report(value);
    }
}
