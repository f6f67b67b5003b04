using ActorGraph.Import.Diagnostics;
using ActorGraph.Import.Gdelt;
using ActorGraph.Import.Plover;
using ActorGraph.Import.Tests.Support;

namespace ActorGraph.Import.Tests.RealData;

/// <summary>An import that reads nothing usable fails with a message that says why, instead of a seed with no actors.</summary>
public class NothingUsableTests
{
    [Theory]
    [InlineData(57)]
    [InlineData(58)]
    public void Unusable_gdelt_1_rows_fail_and_say_they_were_read_as_gdelt_1(int columns)
    {
        var row = string.Join('\t', Enumerable.Range(0, columns).Select(i => i == 1 ? "20130401" : "x"));

        var ex = Assert.Throws<ImportFailedException>(() => Run.Gdelt([row, row]));

        Assert.Contains("none of 2 rows", ex.Message, StringComparison.Ordinal);
        Assert.Contains("GDELT 1.0", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"a GDELT 1.0 row of {columns} columns", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_fails()
    {
        var ex = Assert.Throws<ImportFailedException>(() => Run.Import(new PloverEventReader(), [""], "empty.jsonl"));
        Assert.Contains("no PLOVER", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_that_all_lack_an_actor_fail_and_name_the_reason()
    {
        var row = Fixtures.Row(1, "20240518", "USA", "UNITED STATES", "", "", "010", 1, 0.0).ToString();

        var ex = Assert.Throws<ImportFailedException>(() => Run.Gdelt([row]));

        Assert.Contains("1 no actor on one side", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_role_code_without_a_country_is_no_actor()
    {
        var rows = new[]
        {
            new GdeltRow(1, "20240101", "GOV", "PRESIDENT", "", "USA", "UNITED STATES", "USA", "040", 1, 1.0, Actor1Type: "GOV").ToString(),
            Fixtures.Row(2, "20240101", "EGY", "EGYPT", "QAT", "QATAR", "040", 1, 1.0).ToString(),
        };

        var result = Run.Gdelt(rows);

        Assert.Equal(1, result.Summary.SkippedByReason[SkipReason.UnscopedRole]);
        Assert.DoesNotContain(result.Graph.Actors, a => a.Name == "Government" || a.Name == "President");
    }
}
