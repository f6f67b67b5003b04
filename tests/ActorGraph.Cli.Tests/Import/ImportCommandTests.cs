using System.Text.Json;
using ActorGraph.Cli.Tests.Support;
using ActorGraph.Seed;

namespace ActorGraph.Cli.Tests.Import;

public class ImportCommandTests
{
    /// <summary>A GDELT 2.0 events row: 61 tab-separated columns with the fields the importer reads.</summary>
    private static string Row(long id, string date, string a1, string a2, string code, int quad, double goldstein, string url)
    {
        var cells = new string[61];
        Array.Fill(cells, "");
        cells[0] = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        cells[1] = date;
        cells[5] = a1; cells[6] = a1 + " NAME"; cells[7] = a1;
        cells[15] = a2; cells[16] = a2 + " NAME"; cells[17] = a2;
        cells[26] = code; cells[27] = code[..Math.Min(3, code.Length)]; cells[28] = code[..2];
        cells[29] = quad.ToString(System.Globalization.CultureInfo.InvariantCulture);
        cells[30] = goldstein.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
        cells[32] = "2";
        cells[60] = url;
        return string.Join('\t', cells);
    }

    private static readonly string[] Good =
    [
        Row(1, "20240512", "ISR", "LBN", "190", 4, -10, "https://news.example/fighting"),
        Row(5, "20240512", "LBN", "ISR", "190", 4, -10, "https://news.example/fighting-back"),
        Row(2, "20240513", "FRA", "ISR", "045", 1, 5, "https://news.example/fra-isr"),
        Row(3, "20240514", "FRA", "LBN", "045", 1, 5, "https://news.example/fra-lbn"),
        Row(4, "20240514", "USA", "ISR", "046", 1, 7, "https://news.example/usa-isr"),
    ];

    private static string WriteEvents(TempSeed dir, params string[] extra)
    {
        var path = Path.Combine(dir.Path, "events.export.CSV");
        File.WriteAllText(path, string.Join('\n', Good.Concat(extra)) + "\n");
        return path;
    }

    [Fact]
    public async Task Gdelt_import_writes_a_seed_folder_that_loads_and_reports_bad_rows_with_file_and_line()
    {
        using var dir = new TempSeed();
        var events = WriteEvents(dir, "broken\trow");
        var seed = Path.Combine(dir.Path, "seed");

        var result = await CliRunner.RunAsync(["import", "gdelt", events, "--out", seed]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("rows read", result.Out, StringComparison.Ordinal);
        Assert.Contains($"{events}:6: wrong column count", result.Error, StringComparison.Ordinal);
        var loaded = SeedLoader.Load(seed);
        Assert.True(loaded.Succeeded, string.Join('\n', loaded.Errors));
        var process = Assert.Single(loaded.Graph!.Processes);
        Assert.True(process.Inferred);
        Assert.Equal(new[] { "isr", "lbn" }, process.Parties.AsEnumerable());
        Assert.Equal(new[] { "fra" }, process.Mediators.AsEnumerable());
    }

    [Fact]
    public async Task Strict_mode_fails_on_a_bad_row_and_writes_nothing()
    {
        using var dir = new TempSeed();
        var events = WriteEvents(dir, Row(9, "2024-05-14", "USA", "ISR", "046", 1, 7, "https://news.example/x"));
        var seed = Path.Combine(dir.Path, "seed");

        var result = await CliRunner.RunAsync(["import", "gdelt", events, "--out", seed, "--strict"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"error: {events}:6: bad date: SQLDATE '2024-05-14'", result.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was written", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(seed));
        Assert.Equal(["events.export.CSV"], Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Json_summary_counts_rows_by_reason()
    {
        using var dir = new TempSeed();
        var events = WriteEvents(dir, Row(9, "20240514", "USA", "", "046", 1, 7, ""), Row(10, "20240514", "USA", "ISR", "046", 1, 99, ""));

        var result = await CliRunner.RunAsync(["import", "gdelt", events, "--dry-run", "--format", "json", "--window", "7d"]);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(7, root.GetProperty("rowsRead").GetInt64());
        Assert.Equal(5, root.GetProperty("rowsImported").GetInt64());
        Assert.Equal(1, root.GetProperty("rowsSkipped").GetProperty("no-actor-on-one-side").GetInt64());
        Assert.Equal(1, root.GetProperty("rowsSkipped").GetProperty("non-numeric-field").GetInt64());
        Assert.Equal(7, root.GetProperty("malformed")[0].GetProperty("line").GetInt64());
        Assert.Equal(1, root.GetProperty("processesInferred").GetInt32());
        Assert.Equal("1.1b3", root.GetProperty("cameoVersion").GetString());
        Assert.False(root.TryGetProperty("output", out var output) && output.ValueKind != JsonValueKind.Null, "a dry run has no output");
    }

    [Fact]
    public async Task An_existing_output_folder_is_refused_before_reading()
    {
        using var dir = new TempSeed();
        var events = WriteEvents(dir);
        dir.Write("keep.txt", "x");

        var result = await CliRunner.RunAsync(["import", "gdelt", events, "--out", dir.Path]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--force", result.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir.Path, "keep.txt")));
    }

    [Fact]
    public async Task Csv_import_with_a_bad_map_is_a_usage_error()
    {
        using var dir = new TempSeed();
        dir.Write("e.csv", "a,b,c\nx,y,2024-01-01\n");

        var result = await CliRunner.RunAsync(["import", "csv", Path.Combine(dir.Path, "e.csv"), "--map", "source=a,target=b", "--dry-run"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'date' field is required", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_import_with_a_map_reads_relation_kinds()
    {
        using var dir = new TempSeed();
        dir.Write("e.csv", "who,whom,when,what\nFrance,Lebanon,2024-01-01,mediates\nFrance,Israel,2024-01-02,mediates\nIsrael,Lebanon,2024-01-01,attacks\nLebanon,Israel,2024-01-01,attacks\n");
        var seed = Path.Combine(dir.Path, "seed");

        var result = await CliRunner.RunAsync(["import", "csv", Path.Combine(dir.Path, "e.csv"), "--map", "source=who,target=whom,date=when,kind=what", "--out", seed]);

        Assert.Equal(0, result.ExitCode);
        var graph = SeedLoader.Load(seed).Graph!;
        Assert.Equal(4, graph.Relations.Length);
        Assert.Single(graph.Processes);
    }

    [Theory]
    [InlineData("--window", "fortnight", "--window: 'fortnight' is not a duration")]
    [InlineData("--window", "0d", "--window: '0d' is not a duration")]
    [InlineData("--triangle-window", "-3", "is not a duration")]
    public async Task Bad_windows_are_refused(string option, string value, string message)
    {
        using var dir = new TempSeed();
        var events = WriteEvents(dir);

        var result = await CliRunner.RunAsync(["import", "gdelt", events, "--dry-run", option, value]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_input_file_is_a_clear_error()
    {
        var result = await CliRunner.RunAsync(["import", "plover", "/nonexistent/events.jsonl", "--dry-run"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("/nonexistent/events.jsonl: no such file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_destination_the_command_says_where_to_put_the_result()
    {
        using var dir = new TempSeed();
        var result = await CliRunner.RunAsync(["import", "gdelt", WriteEvents(dir)]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("exactly one of --out DIR, --into-store or --dry-run", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_with_no_usable_row_exits_1_and_writes_no_folder()
    {
        using var dir = new TempSeed();
        var path = Path.Combine(dir.Path, "v1.export.CSV");
        File.WriteAllText(path, string.Join('\t', Enumerable.Repeat("x", 57)) + "\n");
        var seed = Path.Combine(dir.Path, "seed");

        var result = await CliRunner.RunAsync(["import", "gdelt", path, "--out", seed]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("none of 1 rows could be imported", result.Error, StringComparison.Ordinal);
        Assert.Contains("GDELT 1.0", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(seed));
        Assert.Empty(Directory.GetDirectories(dir.Path));
    }

    [Fact]
    public async Task A_truncated_gzip_stops_the_import_with_exit_1_even_without_strict()
    {
        using var dir = new TempSeed();
        var rows = Enumerable.Range(0, 300).Select(i => Row(100 + i, "20240512", "ISR", "LBN", "190", 4, -10, $"https://news.example/{i}"));
        var gz = Path.Combine(dir.Path, "events.export.CSV.gz");
        using (var buffer = new MemoryStream())
        {
            using (var zip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
                zip.Write(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', rows) + "\n"));
            File.WriteAllBytes(gz, buffer.ToArray()[..(int)(buffer.Length * 2 / 3)]);
        }
        var seed = Path.Combine(dir.Path, "seed");

        var result = await CliRunner.RunAsync(["import", "gdelt", gz, "--out", seed]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("damaged", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(seed));
    }

    [Fact]
    public async Task Work_folders_of_a_killed_import_are_removed_by_the_next_one()
    {
        using var dir = new TempSeed();
        var events = WriteEvents(dir);
        var seed = Path.Combine(dir.Path, "seed");
        // What a kill -9 during the write leaves: a hidden work folder of a process that no longer runs.
        var stale = Path.Combine(dir.Path, ".seed.import-999999999-0123456789abcdef0123456789abcdef");
        Directory.CreateDirectory(stale);
        File.WriteAllText(Path.Combine(stale, "relations.csv"), "half");
        var unrelated = Path.Combine(dir.Path, ".other.import-999999999-0123");
        Directory.CreateDirectory(unrelated);

        var result = await CliRunner.RunAsync(["import", "gdelt", events, "--out", seed]);

        Assert.Equal(0, result.ExitCode);
        Assert.False(Directory.Exists(stale));
        Assert.True(Directory.Exists(unrelated));
        Assert.True(Directory.Exists(seed));
    }

    [Fact]
    public async Task A_mediation_data_set_imports_as_reported_processes()
    {
        using var dir = new TempSeed();
        dir.Write("cwm.csv",
            "Conflict,Side A,Side B,Third parties,Start,End,Outcome\n" +
            "Aceh,Indonesia,Free Aceh Movement,Crisis Management Initiative; Finland,1/27/2005,8/15/2005,Memorandum of Understanding signed\n" +
            "Sri Lanka,Government of Sri Lanka,LTTE,Norway,2/??/02,,\"Ceasefire agreement; talks broke down, 2006\"\n");
        var seed = Path.Combine(dir.Path, "seed");

        var result = await CliRunner.RunAsync(["import", "mediation", Path.Combine(dir.Path, "cwm.csv"), "--out", seed, "--format", "json",
            "--map", "conflict=Conflict,side-a=Side A,side-b=Side B,mediators=Third parties,start=Start,end=End,outcome=Outcome"]);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(2, json.RootElement.GetProperty("processesReported").GetInt32());
        var loaded = SeedLoader.Load(seed);
        Assert.True(loaded.Succeeded, string.Join('\n', loaded.Errors));
        Assert.All(loaded.Graph!.Processes, p => Assert.False(p.Inferred));
        Assert.Contains(loaded.Graph.Processes, p => p.Mediators.Contains("nor"));
    }

    [Fact]
    public async Task A_column_map_split_over_several_map_options_reads_as_one()
    {
        using var dir = new TempSeed();
        dir.Write("cwm.csv",
            "Conflict,Side A,Side B,Third parties,Start\n" +
            "Aceh,Indonesia,Free Aceh Movement,Finland,1/27/2005\n");
        var file = Path.Combine(dir.Path, "cwm.csv");

        var split = await CliRunner.RunAsync(["import", "mediation", file, "--dry-run", "--format", "json",
            "--map", "conflict=Conflict,side-a=Side A,side-b=Side B", "--map", "mediators=Third parties,start=Start"]);
        var missing = await CliRunner.RunAsync(["import", "mediation", file, "--dry-run", "--format", "json",
            "--map", "conflict=Conflict,side-a=Side A,side-b=Side B"]);

        Assert.Equal(0, split.ExitCode);
        using var json = JsonDocument.Parse(split.Out);
        Assert.Equal(1, json.RootElement.GetProperty("processesReported").GetInt32());
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("mediators", missing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Country_names_resolve_on_an_imported_gdelt_file_despite_role_actors_of_the_same_country()
    {
        using var dir = new TempSeed();
        var path = Path.Combine(dir.Path, "events.export.CSV");
        File.WriteAllText(path, string.Join('\n',
            Row(1, "20240301", "TUR", "SYR", "190", 4, -10, "https://news.example/1"),
            Row(2, "20240301", "TURMED", "SYRGOV", "111", 3, -2, "https://news.example/2"),
            Row(3, "20240302", "SYR", "TUR", "190", 4, -10, "https://news.example/3")) + "\n");
        var seed = Path.Combine(dir.Path, "seed");
        Assert.Equal(0, (await CliRunner.RunAsync(["import", "gdelt", path, "--out", seed])).ExitCode);

        var result = await CliRunner.RunAsync(["mediators", "Turkey", "Syria", "--seed", seed]);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("ambiguous", result.Error, StringComparison.Ordinal);
        Assert.Contains("Syria and Turkey", result.Out, StringComparison.Ordinal);
    }
}
