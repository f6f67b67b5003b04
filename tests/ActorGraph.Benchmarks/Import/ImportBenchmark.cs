using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ActorGraph.Import.Aggregation;
using ActorGraph.Import.Diagnostics;
using ActorGraph.Import.Gdelt;
using ActorGraph.Import.Reading;

namespace ActorGraph.Benchmarks.Import;

/// <summary><c>import</c>: parse-and-aggregate throughput of the GDELT importer on a generated 61-column
/// file, beside pandas read_csv + groupby on the same file in the same run.</summary>
/// <remarks>Arguments: <c>--rows N</c> (default 5,000,000), <c>--file PATH</c> (default
/// /tmp/ag-import-bench/gdelt-N.tsv), <c>--runs K</c> (default 3), <c>--no-pandas</c>,
/// <c>--no-build</c> (skip the one timed graph build), <c>--python PATH</c> (default /usr/bin/python3), <c>--script PATH</c> (default: the copy in the repository,
/// from the current directory).</remarks>
public sealed class ImportBenchmark : IBenchmark
{
    /// <inheritdoc />
    public string Name => "import";

    /// <inheritdoc />
    public string Description => "GDELT 2.0 parse+aggregate rows/s vs pandas read_csv+groupby (same file, same run)";

    /// <inheritdoc />
    public async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var rows = long.Parse(Arg(args, "--rows") ?? "5000000", CultureInfo.InvariantCulture);
        var runs = int.Parse(Arg(args, "--runs") ?? "3", CultureInfo.InvariantCulture);
        var file = Arg(args, "--file") ?? $"/tmp/ag-import-bench/gdelt-{rows}.tsv";
        var python = Arg(args, "--python") ?? "/usr/bin/python3";
        var pandas = !args.Contains("--no-pandas");

        var clock = Stopwatch.StartNew();
        var bytes = GdeltFileGenerator.EnsureFile(file, rows);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"file: {file} ({rows:N0} rows, {bytes / 1e6:N0} MB; ready in {clock.Elapsed.TotalSeconds:0.0} s)"));
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");

        // Parse + aggregate (the streaming part) every run; the graph build (relation ids, evidence
        // notes and source ids, mediation triangles, graph indexes) once, timed on its own.
        var ours = new List<double>();
        var oursCpu = new List<double>();
        double? buildSeconds = null;
        using var self = Process.GetCurrentProcess();
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            self.Refresh();
            var cpuBefore = self.TotalProcessorTime;
            clock.Restart();
            var reader = new GdeltEventReader();
            var aggregator = new EventAggregator(reader.Style, new AggregationOptions());
            var diagnostics = new ImportDiagnostics(strict: false);
            foreach (var part in InputFiles.Open(file))
            {
                using (part) reader.Read(part, aggregator, diagnostics, null, CancellationToken.None);
            }
            var seconds = clock.Elapsed.TotalSeconds;
            self.Refresh();
            var cpu = (self.TotalProcessorTime - cpuBefore).TotalSeconds;
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            ours.Add(seconds);
            oursCpu.Add(cpu);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"actorgraph run {i + 1}: parse+aggregate {seconds:0.00} s = {diagnostics.RowsRead / seconds:N0} rows/s (CPU {cpu:0.00} s, both threads); {diagnostics.RowsImported:N0} rows into {aggregator.TieCount:N0} ties; skipped {diagnostics.RowsRead - diagnostics.RowsImported:N0}; allocated {allocated / 1e6:N0} MB; working set {Environment.WorkingSet / 1e6:N0} MB"));
            if (i == 0 && !args.Contains("--no-build"))
            {
                clock.Restart();
                var graph = aggregator.Build(reader.DescribeActor, (key, facts) => reader.DescribeEvidence(key, facts)!);
                buildSeconds = clock.Elapsed.TotalSeconds;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"actorgraph graph build (run 1 only): {buildSeconds:0.00} s; {graph.Actors.Length} actors, {graph.Relations.Length:N0} relations, {graph.Sources.Length:N0} sources, {graph.Processes.Length:N0} inferred processes; working set {Environment.WorkingSet / 1e6:N0} MB"));
            }
        }
        var ourMedian = Median(ours);
        var ourCpu = Median(oursCpu);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"actorgraph median parse+aggregate: {ourMedian:0.00} s = {rows / ourMedian:N0} rows/s; median CPU {ourCpu:0.00} s = {rows / ourCpu:N0} rows per CPU-second"));

        if (!pandas) return 0;
        var script = Arg(args, "--script") ?? Path.Combine(Directory.GetCurrentDirectory(), "tests", "ActorGraph.Benchmarks", "Import", "pandas_groupby.py");
        if (!File.Exists(script))
        {
            Console.WriteLine($"pandas script not found at {script}: run from the repository root or pass --script PATH");
            return 1;
        }
        var theirs = new List<double>();
        var theirsCpu = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var psi = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true };
            psi.ArgumentList.Add(script);
            psi.ArgumentList.Add(file);
            clock.Restart();
            using var process = Process.Start(psi)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var wall = clock.Elapsed.TotalSeconds;
            if (process.ExitCode != 0)
            {
                Console.WriteLine($"pandas failed ({process.ExitCode}): {error.Trim()}");
                return 1;
            }
            using var json = JsonDocument.Parse(output);
            var total = json.RootElement.GetProperty("total_s").GetDouble();
            theirs.Add(total);
            var theirCpu = json.RootElement.GetProperty("cpu_s").GetDouble();
            theirsCpu.Add(theirCpu);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"pandas run {i + 1}: {total:0.00} s (read {json.RootElement.GetProperty("read_s").GetDouble():0.00} s + groupby {json.RootElement.GetProperty("groupby_s").GetDouble():0.00} s; CPU {theirCpu:0.00} s; process wall {wall:0.00} s), {rows / total:N0} rows/s, {json.RootElement.GetProperty("groups").GetInt64():N0} groups, pandas {json.RootElement.GetProperty("pandas").GetString()}"));
        }
        var theirMedian = Median(theirs);
        var theirCpuMedian = Median(theirsCpu);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pandas median: {theirMedian:0.00} s = {rows / theirMedian:N0} rows/s; median CPU {theirCpuMedian:0.00} s = {rows / theirCpuMedian:N0} rows per CPU-second"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio by CPU time (pandas / actorgraph): {theirCpuMedian / ourCpu:0.00}x"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio parse+aggregate (pandas read+groupby time / actorgraph time): {theirMedian / ourMedian:0.00}x"));
        if (buildSeconds is { } b)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio including our graph build: {theirMedian / (ourMedian + b):0.00}x"));
        Console.WriteLine($"load average at end: {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a")}");
        return 0;
    }

    private static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
