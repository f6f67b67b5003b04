using ActorGraph.Seed.Tests.Support;

namespace ActorGraph.Seed.Tests;

/// <summary>One test per class of bad YAML input: the message and its file:line:column.</summary>
public sealed class YamlErrorTests
{
    [Fact]
    public void Syntax_error_is_reported_at_its_position()
    {
        using var seed = new TempSeed().With("seed.yaml", "actors:\n  - id: a\n    name: [unclosed\n");
        var error = Expect.Error(seed.Load(), "seed.yaml", 4, 1, "YAML syntax error");
        Assert.DoesNotContain("   at ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_field_suggests_the_nearest_name()
    {
        using var seed = new TempSeed().With("seed.yaml", TempSeed.Base + "\n  - id: eps\n    nmae: Eps\n    kind: state\n");
        Expect.Error(seed.Load(), "seed.yaml", 18, 5, "unknown actor field 'nmae'; did you mean 'name'?");
    }

    [Fact]
    public void Unknown_top_level_key_suggests_the_nearest_section()
    {
        using var seed = new TempSeed().With("seed.yaml", TempSeed.Base + "\nrelation:\n  - source: alpha\n");
        Expect.Error(seed.Load(), "seed.yaml", 17, 1, "unknown top-level key 'relation'; did you mean 'relations'?");
    }

    [Fact]
    public void Missing_required_field_names_the_field()
    {
        using var seed = new TempSeed().With("seed.yaml", TempSeed.Base + "\n  - id: eps\n    kind: state\n");
        Expect.Error(seed.Load(), "seed.yaml", 17, 5, "actor is missing the required field 'name'");
    }

    [Fact]
    public void Unknown_actor_reference_suggests_the_nearest_ids()
    {
        using var seed = new TempSeed().With("seed.yaml", TempSeed.Base + "\nrelations:\n  - source: alpah\n    target: beta\n    kind: meets\n");
        Expect.Error(seed.Load(), "seed.yaml", 18, 13, "relation source 'alpah' is not a known actor id; did you mean 'alpha'?");
    }

    [Fact]
    public void Reference_by_name_instead_of_id_points_at_the_id()
    {
        using var seed = new TempSeed().With("seed.yaml", TempSeed.Base + "\nrelations:\n  - source: Alpha\n    target: beta\n    kind: meets\n");
        Expect.Error(seed.Load(), "seed.yaml", 18, 13, "did you mean 'alpha'? (refer to actors by id)");
    }

    [Fact]
    public void Unknown_evidence_source_is_reported()
    {
        using var seed = new TempSeed().With("seed.yaml", TempSeed.Base + """

            relations:
              - source: alpha
                target: beta
                kind: meets
                evidence:
                  - source: rpe
                    locator: para 1
            """);
        Expect.Error(seed.Load(), "seed.yaml", 22, 17, "evidence source 'rpe' is not a known source id; did you mean 'rep'?");
    }

    [Fact]
    public void Duplicate_id_says_where_the_first_one_is()
    {
        using var seed = new TempSeed().With("seed.yaml", TempSeed.Base + "\n  - id: beta\n    name: Beta again\n    kind: state\n");
        Expect.Error(seed.Load(), "seed.yaml", 17, 9, "duplicate actor id 'beta' (first defined at seed.yaml:8:9)");
    }

    [Fact]
    public void Duplicate_id_across_files_names_the_other_file()
    {
        using var seed = new TempSeed().With("a.yaml", TempSeed.Base).With("b.yaml", "actors:\n  - id: alpha\n    name: A2\n    kind: state\n");
        Expect.Error(seed.Load(), "b.yaml", 2, 9, "duplicate actor id 'alpha' (first defined at a.yaml:5:9)");
    }

    [Fact]
    public void Colliding_aliases_after_normalisation_are_reported()
    {
        using var seed = new TempSeed().With("seed.yaml", TempSeed.Base.Replace("    kind: armed-group", "    kind: armed-group\n    aliases: [A.L.P.H.A]"));
        Expect.Error(seed.Load(), "seed.yaml", 11, 15, "alias 'A.L.P.H.A' of 'beta' also names actor 'alpha' (Alpha)");
    }

    [Fact]
    public void Same_alias_on_two_actors_is_reported_at_the_second()
    {
        var yaml = TempSeed.Base
            .Replace("    kind: armed-group", "    kind: armed-group\n    aliases: [The Group]")
            .Replace("    kind: person", "    kind: person\n    aliases: [the-group]");
        using var seed = new TempSeed().With("seed.yaml", yaml);
        Expect.Error(seed.Load(), "seed.yaml", 18, 15, "alias 'the-group' of 'delta' is also an alias of 'beta' (at seed.yaml:11:15)");
    }

    [Fact]
    public void Invalid_date_expects_iso_format()
    {
        using var seed = new TempSeed().With("seed.yaml", TempSeed.Base + "\nrelations:\n  - source: alpha\n    target: beta\n    kind: meets\n    date: 2024-13-01\n");
        Expect.Error(seed.Load(), "seed.yaml", 21, 11, "invalid date '2024-13-01': expected a date as YYYY-MM-DD");
    }

    [Fact]
    public void End_before_start_is_reported_at_the_end()
    {
        using var seed = new TempSeed().With("seed.yaml", TempSeed.Base + "\nrelations:\n  - source: alpha\n    target: beta\n    kind: meets\n    start: 2024-05-02\n    end: 2024-05-01\n");
        Expect.Error(seed.Load(), "seed.yaml", 22, 10, "end 2024-05-01 is before start 2024-05-02");
    }

    [Theory]
    [InlineData("strength: 1.5", "strength 1.5 is outside 0..1")]
    [InlineData("strength: -0.1", "strength -0.1 is outside 0..1")]
    [InlineData("confidence: high", "confidence 'high' is not a number")]
    [InlineData("strength: '0,5'", "strength '0,5' is not a number")]
    public void Strength_and_confidence_must_be_numbers_in_zero_to_one(string line, string message)
    {
        using var seed = new TempSeed().With("seed.yaml", TempSeed.Base + $"\nrelations:\n  - source: alpha\n    target: beta\n    kind: meets\n    {line}\n");
        var column = 5 + line.IndexOf(':', StringComparison.Ordinal) + 2;
        Expect.Error(seed.Load(), "seed.yaml", 21, column, message);
    }

    [Fact]
    public void Unknown_relation_kind_suggests_and_lists_the_vocabulary()
    {
        using var seed = new TempSeed().With("seed.yaml", TempSeed.Base + "\nrelations:\n  - source: alpha\n    target: beta\n    kind: negociates\n");
        var error = Expect.Error(seed.Load(), "seed.yaml", 20, 11, "unknown relation kind 'negociates'; did you mean 'negotiates'?");
        Assert.Contains("known kinds: leads, part-of", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_actor_kind_lists_the_kinds()
    {
        using var seed = new TempSeed().With("seed.yaml", TempSeed.Base + "\n  - id: eps\n    name: Eps\n    kind: militia\n");
        Expect.Error(seed.Load(), "seed.yaml", 19, 11, "unknown actor kind 'militia'; known values: state, armed-group, agency");
    }

    [Fact]
    public void Actor_id_must_be_kebab_case_with_a_proposal()
    {
        using var seed = new TempSeed().With("seed.yaml", TempSeed.Base + "\n  - id: Eps Ilon\n    name: Eps\n    kind: state\n");
        var error = Expect.Error(seed.Load(), "seed.yaml", 17, 9, "actor id 'Eps Ilon' must be kebab case");
        Assert.EndsWith("(e.g. 'eps-ilon')", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mediator_who_is_also_a_party_is_reported_at_the_mediator()
    {
        using var seed = new TempSeed().With("seed.yaml", TempSeed.Base + Process("[alpha, beta]", "[gamma, alpha]"));
        Expect.Error(seed.Load(), "seed.yaml", 21, 24, "'alpha' is both a party and a mediator of this process");
    }

    [Fact]
    public void Process_needs_two_parties()
    {
        using var seed = new TempSeed().With("seed.yaml", TempSeed.Base + Process("[alpha]", "[gamma]"));
        Expect.Error(seed.Load(), "seed.yaml", 20, 14, "a process needs at least 2 parties; found 1");
    }

    [Fact]
    public void Process_needs_a_mediator()
    {
        using var seed = new TempSeed().With("seed.yaml", TempSeed.Base + Process("[alpha, beta]", "[]"));
        Expect.Error(seed.Load(), "seed.yaml", 21, 16, "a process needs at least 1 mediator");
    }

    [Fact]
    public void Relation_to_itself_is_rejected()
    {
        using var seed = new TempSeed().With("seed.yaml", TempSeed.Base + "\nrelations:\n  - source: alpha\n    target: alpha\n    kind: meets\n");
        Expect.Error(seed.Load(), "seed.yaml", 19, 13, "relation links actor 'alpha' to itself");
    }

    [Fact]
    public void A_list_where_one_value_belongs_is_reported()
    {
        using var seed = new TempSeed().With("seed.yaml", TempSeed.Base + "\n  - id: eps\n    name: [Eps, Epsilon]\n    kind: state\n");
        Expect.Error(seed.Load(), "seed.yaml", 18, 11, "expected a single value here, not a list or map");
    }

    private static string Process(string parties, string mediators) => $"""

        processes:
          - id: talks
            name: Talks
            parties: {parties}
            mediators: {mediators}
            status: ongoing
        """;
}
