using ActorGraph.Core.Model;
using ActorGraph.Import.Diagnostics;
using ActorGraph.Import.Gdelt;
using ActorGraph.Import.Tests.Support;

namespace ActorGraph.Import.Tests.Gdelt;

public class GdeltImportTests
{
    [Fact]
    public void Column_constants_match_the_codebook_order()
    {
        Assert.Equal(GdeltColumns.Count, GdeltRow.Header.Length);
        Assert.Equal("SQLDATE", GdeltRow.Header[GdeltColumns.SqlDate]);
        Assert.Equal("Actor1Code", GdeltRow.Header[GdeltColumns.Actor1Code]);
        Assert.Equal("Actor1KnownGroupCode", GdeltRow.Header[GdeltColumns.Actor1KnownGroupCode]);
        Assert.Equal("Actor1Type1Code", GdeltRow.Header[GdeltColumns.Actor1Type1Code]);
        Assert.Equal("Actor2Code", GdeltRow.Header[GdeltColumns.Actor2Code]);
        Assert.Equal("Actor2Type1Code", GdeltRow.Header[GdeltColumns.Actor2Type1Code]);
        Assert.Equal("EventCode", GdeltRow.Header[GdeltColumns.EventCode]);
        Assert.Equal("QuadClass", GdeltRow.Header[GdeltColumns.QuadClass]);
        Assert.Equal("GoldsteinScale", GdeltRow.Header[GdeltColumns.GoldsteinScale]);
        Assert.Equal("NumSources", GdeltRow.Header[GdeltColumns.NumSources]);
        Assert.Equal("ActionGeo_FullName", GdeltRow.Header[GdeltColumns.ActionGeoFullName]);
        Assert.Equal("DATEADDED", GdeltRow.Header[GdeltColumns.DateAdded]);
        Assert.Equal("SOURCEURL", GdeltRow.Header[GdeltColumns.SourceUrl]);
    }

    [Fact]
    public void Reciprocal_visit_pair_becomes_one_meets_tie_with_both_reports_as_evidence()
    {
        var result = Run.Gdelt(Fixtures.GoodRows());

        var meets = Assert.Single(result.Graph.Relations, r => r.Kind == RelationVocabulary.Meets);
        Assert.Equal(("egy", "qat"), (meets.Source, meets.Target));
        Assert.Equal(2, meets.Weight);
        Assert.Equal(new DateOnly(2024, 5, 10), meets.When.Start);
        Assert.Equal(2, meets.Evidence.Length);
        var urls = meets.Evidence.Select(e => result.Graph.SourcesById[e.SourceId].Url).ToList();
        Assert.Contains("https://news.example/egypt-visits-qatar", urls);
        Assert.Contains("https://news.example/qatar-hosts-egypt", urls);
        Assert.Contains(meets.Evidence, e => e.Note!.Contains("CAMEO 043 host a visit", StringComparison.Ordinal));
        // Mean Goldstein (1.9 + 2.8) / 2 = 2.35 -> 0.1 + 0.9 * 0.235; sources 3 + 2 = 5 -> 1 - 0.6^5.
        Assert.Equal(0.312, meets.Strength, 3);
        Assert.Equal(0.922, meets.Confidence, 3);
    }

    [Fact]
    public void Actors_come_from_the_actor_fields_with_ids_from_the_cameo_code()
    {
        var result = Run.Gdelt(
        [
            new GdeltRow(1, "20240101", "USAGOV", "UNITED STATES", "USA", "PSEREB", "PALESTINIAN REBEL", "PSE", "130", 3, -4.4, Actor1Type: "GOV", Actor2Type: "REB").ToString(),
        ]);

        var usa = result.Graph.FindActor("usa-gov");
        Assert.NotNull(usa);
        Assert.Equal("Government of the United States", usa.Name);
        Assert.Contains("USAGOV", usa.Aliases);
        Assert.Equal(ActorKind.Government, usa.Kind);
        Assert.Equal("USA", usa.Country);
        Assert.Equal(ActorKind.ArmedGroup, result.Graph.FindActor("pse-reb")!.Kind);
        var threat = Assert.Single(result.Graph.Relations);
        Assert.Equal(RelationVocabulary.Threatens, threat.Kind);
        Assert.Equal(("usa-gov", "pse-reb"), (threat.Source, threat.Target));
    }

    [Fact]
    public void Events_of_a_pair_are_aggregated_per_window()
    {
        string[] rows =
        [
            Fixtures.Row(1, "20240506", "EGY", "EGYPT", "ISR", "ISRAEL", "010", 1, 0.0).ToString(),
            Fixtures.Row(2, "20240507", "EGY", "EGYPT", "ISR", "ISRAEL", "010", 1, 2.0).ToString(),
            Fixtures.Row(3, "20240508", "EGY", "EGYPT", "ISR", "ISRAEL", "010", 1, 4.0).ToString(),
        ];

        var daily = Run.Gdelt(rows);
        var weekly = Run.Gdelt(rows, Run.Window(7));

        Assert.Equal(3, daily.Graph.Relations.Length);
        Assert.All(daily.Graph.Relations, r => Assert.Equal(1, r.Weight));
        var week = Assert.Single(weekly.Graph.Relations);
        Assert.Equal(3, week.Weight);
        Assert.Equal(new DateOnly(2024, 5, 6), week.When.Start);
        Assert.Equal(0.1 + (0.9 * 0.2), week.Strength, 3);
    }

    [Fact]
    public void Directed_kinds_keep_both_directions_apart()
    {
        var result = Run.Gdelt(
        [
            Fixtures.Row(1, "20240506", "EGY", "EGYPT", "ISR", "ISRAEL", "111", 3, -2.0).ToString(),
            Fixtures.Row(2, "20240506", "ISR", "ISRAEL", "EGY", "EGYPT", "111", 3, -2.0).ToString(),
        ]);

        Assert.Equal(2, result.Graph.Relations.Count(r => r.Kind == RelationVocabulary.Accuses));
    }

    [Fact]
    public void Malformed_rows_are_counted_reported_with_file_and_line_and_the_import_goes_on()
    {
        var lines = Fixtures.GoodRows().Concat(Fixtures.BadRows()).ToList();

        var result = Run.Gdelt(lines);

        var s = result.Summary;
        Assert.Equal(11, s.RowsRead);
        Assert.Equal(7, s.RowsImported);
        Assert.Equal(1, s.SkippedByReason[SkipReason.WrongColumnCount]);
        Assert.Equal(1, s.SkippedByReason[SkipReason.BadDate]);
        Assert.Equal(1, s.SkippedByReason[SkipReason.BadNumber]);
        Assert.Equal(1, s.SkippedByReason[SkipReason.MissingActor]);
        Assert.Equal(3, s.RowsMalformed);
        Assert.Equal([9L, 10L, 11L], s.Issues.Select(i => i.Line));
        Assert.EndsWith("events.export.CSV", s.Issues[0].File, StringComparison.Ordinal);
        Assert.Contains("61 tab-separated columns expected, found 4", s.Issues[0].Detail, StringComparison.Ordinal);
        Assert.Contains("'2024-05-10'", s.Issues[1].Detail, StringComparison.Ordinal);
        Assert.Contains("GoldsteinScale 'abc'", s.Issues[2].Detail, StringComparison.Ordinal);
        Assert.Equal(s.Relations, result.Graph.Relations.Length);
    }

    [Fact]
    public void Strict_mode_stops_at_the_first_malformed_row()
    {
        var lines = Fixtures.GoodRows().Concat(Fixtures.BadRows()).ToList();

        var ex = Assert.Throws<ImportFailedException>(() => Run.Gdelt(lines, Run.Window(1, strict: true)));

        Assert.Equal(9, ex.Issue!.Line);
        Assert.Equal(SkipReason.WrongColumnCount, ex.Issue.Reason);
        Assert.Contains("events.export.CSV:9", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_comma_separated_file_gets_a_hint()
    {
        var ex = Assert.Throws<ImportFailedException>(() => Run.Gdelt([Fixtures.Row(1, "20240101", "EGY", "EGYPT", "ISR", "ISRAEL", "040", 1, 1).ToString().Replace('\t', ',')]));

        Assert.Contains("comma-separated?", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_line_from_a_database_export_is_not_a_row()
    {
        var result = Run.Gdelt(new[] { string.Join('\t', GdeltRow.Header) }.Concat(Fixtures.GoodRows()));

        Assert.Equal(8, result.Summary.RowsRead);
        Assert.Empty(result.Summary.Issues);
    }

    [Fact]
    public void Evidence_per_tie_is_capped_and_distinct()
    {
        var rows = Enumerable.Range(0, 20).Select(i =>
            Fixtures.Row(i, "20240506", "EGY", "EGYPT", "ISR", "ISRAEL", "040", 1, 1.0, url: $"https://news.example/{i % 8}").ToString());

        var result = Run.Gdelt(rows);

        var tie = Assert.Single(result.Graph.Relations);
        Assert.Equal(20, tie.Weight);
        Assert.Equal(5, tie.Evidence.Length);
        Assert.Equal(5, tie.Evidence.Select(e => e.SourceId).Distinct().Count());
        Assert.Equal(5, result.Graph.Sources.Length);
    }

    [Fact]
    public void Same_input_gives_the_same_graph()
    {
        var a = Run.Gdelt(Fixtures.GoodRows()).Graph;
        var b = Run.Gdelt(Fixtures.GoodRows().Reverse()).Graph;

        Assert.Equal(a.Actors.Select(x => x.Id), b.Actors.Select(x => x.Id));
        Assert.Equal(a.Relations.Select(x => (x.Id, x.Weight)), b.Relations.Select(x => (x.Id, x.Weight)));
        Assert.Equal(a.Processes.Select(x => x.Id), b.Processes.Select(x => x.Id));
    }
}
