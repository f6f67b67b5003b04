using ActorGraph.Seed.Tests.Support;

namespace ActorGraph.Seed.Tests;

/// <summary>One test per class of bad CSV input: the message and its file:line:column.</summary>
public sealed class CsvErrorTests
{
    private const string Actors = "id,name,kind\nalpha,Alpha,state\nbeta,Beta,armed-group\n";

    [Fact]
    public void Unterminated_quote_is_reported_where_the_field_opens()
    {
        using var seed = new TempSeed().With("actors.csv", Actors + "gamma,\"Gamma,state\n");
        Expect.Error(seed.Load(), "actors.csv", 4, 7, "a quoted field is never closed");
    }

    [Fact]
    public void Quote_inside_an_unquoted_field_is_reported_and_later_rows_still_checked()
    {
        using var seed = new TempSeed().With("actors.csv", Actors + "gamma,Gam\"ma,state\ndelta,Delta,statee\n");
        var result = seed.Load();
        Expect.Error(result, "actors.csv", 4, 10, "a quote inside an unquoted field");
        Expect.Error(result, "actors.csv", 5, 13, "unknown actor kind 'statee'; did you mean 'state'?");
    }

    [Fact]
    public void Text_after_a_closing_quote_is_reported()
    {
        using var seed = new TempSeed().With("actors.csv", Actors + "gamma,\"Gam\"ma,state\n");
        Expect.Error(seed.Load(), "actors.csv", 4, 12, "unexpected 'm' after the closing quote");
    }

    [Fact]
    public void Wrong_number_of_fields_is_reported_per_row()
    {
        using var seed = new TempSeed().With("actors.csv", Actors + "gamma,Gamma,state,extra\n");
        Expect.Error(seed.Load(), "actors.csv", 4, 1, "row has 4 fields but the header has 3");
    }

    [Fact]
    public void Unknown_header_column_suggests_the_nearest_name()
    {
        using var seed = new TempSeed().With("actors.csv", "id,name,kind,contry\nalpha,Alpha,state,EGY\n");
        Expect.Error(seed.Load(), "actors.csv", 1, 14, "unknown actor field 'contry'; did you mean 'country'?");
    }

    [Fact]
    public void A_note_column_suggests_evidence_note_never_an_unrelated_short_name()
    {
        using var seed = new TempSeed()
            .With("actors.csv", Actors)
            .With("relations.csv", "id,source,target,kind,strength,confidence,date,note\nr1,alpha,beta,meets,0.5,0.9,2024-01-01,talks\n");
        var result = seed.Load();
        var error = Assert.Single(result.Errors, e => e.File == "relations.csv" && e.Line == 1);
        Assert.Contains("unknown relation field 'note'; did you mean 'evidence_note'?", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'date'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tpye", "type")]
    [InlineData("contry", "country")]
    [InlineData("strenght", "strength")]
    public void Suggestions_forgive_one_swap_or_a_few_letters_in_a_long_word(string typed, string expected) =>
        Assert.Equal(expected, ActorGraph.Core.Text.Suggestions.Closest(typed, ["type", "country", "strength", "date", "note"], 1).Single());

    [Theory]
    [InlineData("note")]
    [InlineData("ab")]
    [InlineData("xyz")]
    public void Short_words_two_edits_away_get_no_suggestion(string typed) =>
        Assert.Empty(ActorGraph.Core.Text.Suggestions.Closest(typed, ["date", "id", "kind"]));

    [Fact]
    public void Missing_required_column_is_reported_once_at_the_header()
    {
        using var seed = new TempSeed().With("actors.csv", "id,name\nalpha,Alpha\nbeta,Beta\n");
        var result = seed.Load();
        Expect.Error(result, "actors.csv", 1, 1, "the header has no 'kind' column");
        Assert.Single(result.Errors, e => e.File == "actors.csv");
    }

    [Fact]
    public void Yaml_only_field_in_csv_says_to_use_yaml()
    {
        using var seed = new TempSeed()
            .With("actors.csv", Actors + "gamma,Gamma,state\n")
            .With("processes.csv", "id,name,parties,mediators,status,outcomes\np,P,alpha;beta,gamma,agreed,deal\n");
        Expect.Error(seed.Load(), "processes.csv", 1, 34, "field 'outcomes' is not supported in CSV process files; put these process records in a YAML file");
    }

    [Fact]
    public void Relation_errors_point_at_the_cell()
    {
        using var seed = new TempSeed()
            .With("actors.csv", Actors)
            .With("relations.csv", "source,target,kind,strength\nalpha,beta,meets,0.5\nalpha,betta,meets,2\n");
        var result = seed.Load();
        Expect.Error(result, "relations.csv", 3, 7, "relation target 'betta' is not a known actor id; did you mean 'beta'?");
        Expect.Error(result, "relations.csv", 3, 19, "strength 2 is outside 0..1");
    }

    [Fact]
    public void List_items_in_a_cell_point_at_their_own_column()
    {
        using var seed = new TempSeed()
            .With("actors.csv", Actors + "gamma,Gamma,state\n")
            .With("processes.csv", "id,name,parties,mediators,status\np,P,alpha; beta,gamma;zeta,ongoing\n");
        Expect.Error(seed.Load(), "processes.csv", 2, 23, "process mediator 'zeta' is not a known actor id");
    }

    [Fact]
    public void Csv_file_with_an_unknown_name_is_rejected()
    {
        using var seed = new TempSeed().With("actors.csv", Actors).With("people.csv", "id\n");
        var error = Expect.Error(seed.Load(), "people.csv", 0, 0, "cannot tell what this CSV file holds");
        Assert.Equal("people.csv: cannot tell what this CSV file holds; name it actors*.csv, sources*.csv, relations*.csv or processes*.csv", error.ToString());
    }
}
