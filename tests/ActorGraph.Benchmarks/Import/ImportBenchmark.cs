using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ActorGraph.Import;
using ActorGraph.Import.Gdelt;

namespace ActorGraph.Benchmarks.Import;

/// <summary><c>import</c>: a GDELT 2.0 events file to a loaded graph (the <c>ActorGraphData</c> every query
/// runs on), end to end through <see cref="EventImporter"/>, beside pandas read_csv + groupby on the same
/// file; the two alternate run by run so that both see the same load.</summary>
/// <remarks>Arguments: <c>--rows N</c> (default 5,000,000), <c>--file PATH</c> (default
/// /tmp/ag-import-bench/gdelt-N.tsv), <c>--runs K</c> (default 3), <c>--no-pandas</c>,
/// <c>--python PATH</c> (default /usr/bin/python3), <c>--script PATH</c> (default: the copy in the repository,
/// from the current directory).</remarks>
public sealed class ImportBenchmark : IBenchmark
{
    /// <inheritdoc />
    public string Name => "import";

    /// <inheritdoc />
    public string Description => "GDELT 2.0 file to loaded graph, rows/s and CPU time, vs pandas read_csv+groupby (same file, same run)";

    /// <inheritdoc />
    public async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var rows = long.Parse(Arg(args, "--rows") ?? "5000000", CultureInfo.InvariantCulture);
        var runs = int.Parse(Arg(args, "--runs") ?? "3", CultureInfo.InvariantCulture);
        var file = Arg(args, "--file") ?? $"/tmp/ag-import-bench/gdelt-{rows}.tsv";
        var python = Arg(args, "--python") ?? "/usr/bin/python3";
        var pandas = !args.Contains("--no-pandas");
        var script = Arg(args, "--script") ?? Path.Combine(Directory.GetCurrentDirectory(), "tests", "ActorGraph.Benchmarks", "Import", "pandas_groupby.py");
        if (pandas && !File.Exists(script))
        {
            Console.WriteLine($"pandas script not found at {script}: run from the repository root or pass --script PATH");
            return 1;
        }

        var clock = Stopwatch.StartNew();
        var bytes = GdeltFileGenerator.EnsureFile(file, rows);
        Say($"file: {file} ({rows:N0} rows, {bytes / 1e6:N0} MB; ready in {clock.Elapsed.TotalSeconds:0.0} s)");
        Say($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}; GC server={System.Runtime.GCSettings.IsServerGC}");
        Say($"uptime at start: {Uptime()}");

        var ours = new List<Figures>();
        var theirs = new List<Figures>();
        for (var i = 0; i < runs; i++)
        {
            ours.Add(RunOurs(file, i + 1));
            if (pandas)
            {
                if (await RunPandasAsync(python, script, file, rows, i + 1) is not { } p) return 1;
                theirs.Add(p);
            }
        }

        Say($"uptime at end: {Uptime()}");
        var wall = Median(ours.Select(f => f.Wall));
        var cpu = Median(ours.Select(f => f.Cpu));
        var parse = Median(ours.Select(f => f.Parse));
        Say($"actorgraph median, file to loaded graph: {wall:0.00} s = {rows / wall:N0} rows/s (target 500,000: {(rows / wall >= 500_000 ? "met" : "NOT met")}); CPU {cpu:0.00} s = {rows / cpu:N0} rows per CPU-second; of which read+parse+aggregate {parse:0.00} s = {rows / parse:N0} rows/s");
        if (theirs.Count == 0) return 0;
        var pWall = Median(theirs.Select(f => f.Wall));
        var pCpu = Median(theirs.Select(f => f.Cpu));
        Say($"pandas median, read_csv+groupby: {pWall:0.00} s = {rows / pWall:N0} rows/s; CPU {pCpu:0.00} s = {rows / pCpu:N0} rows per CPU-second");
        Say($"ratio by CPU time, pandas / actorgraph end to end: {pCpu / cpu:0.00}x (target 3x: {(pCpu / cpu >= 3 ? "met" : "NOT met")})");
        Say($"ratio by wall time, pandas / actorgraph end to end: {pWall / wall:0.00}x; pandas / actorgraph read+parse+aggregate: {pWall / parse:0.00}x");
        return 0;
    }

    /// <summary>One run's figures: wall and CPU seconds, and (ours) the streaming part's wall seconds.</summary>
    private sealed record Figures(double Wall, double Cpu, double Parse);

    private static Figures RunOurs(string file, int run)
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        using var self = Process.GetCurrentProcess();
        var load = Uptime();
        var cpuBefore = self.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = EventImporter.Import(new GdeltEventReader(), [file], ImportOptions.Default);
        var wall = clock.Elapsed.TotalSeconds;
        self.Refresh();
        var cpu = (self.TotalProcessorTime - cpuBefore).TotalSeconds;
        var s = result.Summary;
        var parse = s.ParseElapsed.TotalSeconds;
        Say($"actorgraph run {run}: file to loaded graph {wall:0.00} s = {s.RowsRead / wall:N0} rows/s, CPU {cpu:0.00} s (all threads); read+parse+aggregate {parse:0.00} s, graph build {wall - parse:0.00} s; {s.RowsImported:N0} rows into {s.Relations:N0} relations, {result.Graph.Sources.Length:N0} sources, {s.ProcessesInferred:N0} inferred processes, {s.Actors:N0} actors; allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1e9:0.0} GB, peak working set {self.PeakWorkingSet64 / 1e9:0.0} GB; uptime before: {load}");
        return new Figures(wall, cpu, parse);
    }

    private static async Task<Figures?> RunPandasAsync(string python, string script, string file, long rows, int run)
    {
        var load = Uptime();
        var psi = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(script);
        psi.ArgumentList.Add(file);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(psi)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var wall = clock.Elapsed.TotalSeconds;
        if (process.ExitCode != 0)
        {
            Console.WriteLine($"pandas failed ({process.ExitCode}): {error.Trim()}");
            return null;
        }
        using var json = JsonDocument.Parse(output);
        var r = json.RootElement;
        var total = r.GetProperty("total_s").GetDouble();
        var cpu = r.GetProperty("cpu_s").GetDouble();
        Say($"pandas run {run}: {total:0.00} s = {rows / total:N0} rows/s (read {r.GetProperty("read_s").GetDouble():0.00} s + groupby {r.GetProperty("groupby_s").GetDouble():0.00} s), CPU {cpu:0.00} s; process wall {wall:0.00} s; {r.GetProperty("groups").GetInt64():N0} groups; pandas {r.GetProperty("pandas").GetString()}; uptime before: {load}");
        return new Figures(total, cpu, total);
    }

    private static void Say(FormattableString line) => Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));

    private static string Uptime() => File.Exists("/proc/loadavg") ? "load average " + string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
