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
/// <c>--profile events|articles</c> (the generated file's shape, <see cref="GdeltFileGenerator.Profile"/>), <c>--in-process</c> (all runs in this process instead of a fresh process each), <c>--python PATH</c> (default /usr/bin/python3), <c>--script PATH</c> (default: the copy in the repository,
/// from the current directory), <c>--jit NAME=VALUE[,NAME=VALUE]</c> (repeatable: each round also runs our import in a fresh
/// process with these runtime settings in its environment, e.g. <c>DOTNET_TieredPGO=0</c>, and reports it beside the plain
/// run under its own label).</remarks>
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
        var profile = Arg(args, "--profile") is { } named ? Enum.Parse<GdeltFileGenerator.Profile>(named, ignoreCase: true) : GdeltFileGenerator.Profile.Events;
        var file = Arg(args, "--file") ?? $"/tmp/ag-import-bench/gdelt-{rows}{(profile == GdeltFileGenerator.Profile.Events ? "" : "-" + profile.ToString().ToLowerInvariant())}.tsv";
        // One import in this process, figures as JSON on the last line: what a fresh run spawns.
        if (args.Contains("--once")) return PrintOnce(file);
        var inProcess = args.Contains("--in-process");
        var python = Arg(args, "--python") ?? "/usr/bin/python3";
        var pandas = !args.Contains("--no-pandas");
        var script = Arg(args, "--script") ?? Path.Combine(Directory.GetCurrentDirectory(), "tests", "ActorGraph.Benchmarks", "Import", "pandas_groupby.py");
        if (pandas && !File.Exists(script))
        {
            Console.WriteLine($"pandas script not found at {script}: run from the repository root or pass --script PATH");
            return 1;
        }

        var clock = Stopwatch.StartNew();
        var bytes = GdeltFileGenerator.EnsureFile(file, rows, profile);
        Say($"file: {file} ({profile} profile, {rows:N0} rows, {bytes / 1e6:N0} MB; ready in {clock.Elapsed.TotalSeconds:0.0} s)");
        Say($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}; GC server={System.Runtime.GCSettings.IsServerGC}");
        Say($"uptime at start: {Uptime()}");

        var ours = new List<Figures>();
        var theirs = new List<Figures>();
        // Runtime settings to measure beside the plain run (fresh processes only: a setting is read at start-up).
        var variants = Args(args, "--jit").Select(v => (Label: v, Env: v.Split(',').Select(kv => kv.Split('=', 2)).ToArray())).ToList();
        if (inProcess && variants.Count > 0)
        {
            Console.WriteLine("--jit needs fresh processes: drop --in-process");
            return 1;
        }
        var ofVariant = variants.Select(_ => new List<Figures>()).ToList();
        for (var i = 0; i < runs; i++)
        {
            if ((inProcess ? RunOurs(file, i + 1) : await RunFreshAsync(file, i + 1, null)) is not { } o) return 1;
            ours.Add(o);
            for (var v = 0; v < variants.Count; v++)
            {
                if (await RunFreshAsync(file, i + 1, variants[v]) is not { } f) return 1;
                ofVariant[v].Add(f);
            }
            if (pandas)
            {
                if (await RunPandasAsync(python, script, file, rows, i + 1) is not { } p) return 1;
                theirs.Add(p);
            }
        }

        Say($"uptime at end: {Uptime()}");
        var pWall = theirs.Count == 0 ? 0 : Median(theirs.Select(f => f.Wall));
        var pCpu = theirs.Count == 0 ? 0 : Median(theirs.Select(f => f.Cpu));
        Summarise("actorgraph", ours, rows, pWall, pCpu);
        for (var v = 0; v < variants.Count; v++) Summarise($"actorgraph with {variants[v].Label}", ofVariant[v], rows, pWall, pCpu);
        if (theirs.Count == 0) return 0;
        Say($"pandas median, read_csv+groupby: {pWall:0.00} s = {rows / pWall:N0} rows/s; CPU {pCpu:0.00} s = {rows / pCpu:N0} rows per CPU-second");
        return 0;
    }

    /// <summary>Prints the medians of one configuration's runs and, when pandas ran (<paramref name="pCpu"/> above 0), the ratios.</summary>
    private static void Summarise(string label, List<Figures> runs, long rows, double pWall, double pCpu)
    {
        var wall = Median(runs.Select(f => f.Wall));
        var cpu = Median(runs.Select(f => f.Cpu));
        var parse = Median(runs.Select(f => f.Parse));
        var parseCpu = Median(runs.Select(f => f.ParseCpu));
        var buildCpu = Median(runs.Select(f => f.Cpu - f.ParseCpu));
        Say($"{label} median, file to loaded graph: {wall:0.00} s = {rows / wall:N0} rows/s (target 500,000: {(rows / wall >= 500_000 ? "met" : "NOT met")}); CPU {cpu:0.00} s = {rows / cpu:N0} rows per CPU-second; of which read+parse+aggregate {parse:0.00} s = {rows / parse:N0} rows/s, {parseCpu:0.00} s CPU; graph build and indexes {buildCpu:0.00} s CPU");
        if (pCpu <= 0) return;
        Say($"{label}: ratio by CPU time, pandas / actorgraph end to end: {pCpu / cpu:0.00}x (target 3x: {(pCpu / cpu >= 3 ? "met" : "NOT met")}); by wall time {pWall / wall:0.00}x; pandas / actorgraph read+parse+aggregate by wall {pWall / parse:0.00}x");
    }

    /// <summary>One run's figures: wall and CPU seconds, and (ours) the streaming part's wall and CPU seconds.</summary>
    private sealed record Figures(double Wall, double Cpu, double Parse, double ParseCpu);

    /// <summary>Our import in a new process, as <c>actorgraph import</c> runs it: JIT compilation and a heap that
    /// grows from nothing are paid on every run (in one long process they are paid once and later runs look
    /// cheaper). Runtime start-up is not counted, as pandas' interpreter start and imports are not.</summary>
    /// <param name="variant">Runtime settings put in the process's environment (<c>--jit</c>), or null for the plain run.</param>
    private static async Task<Figures?> RunFreshAsync(string file, int run, (string Label, string[][] Env)? variant)
    {
        var host = Environment.ProcessPath!;
        var psi = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var kv in variant?.Env ?? []) psi.Environment[kv[0]] = kv.Length > 1 ? kv[1] : "";
        if (Path.GetFileNameWithoutExtension(host) == "dotnet") psi.ArgumentList.Add(typeof(ImportBenchmark).Assembly.Location);
        foreach (var a in (string[])["import", "--once", "--file", file]) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var lines = output.TrimEnd().Split('\n');
        if (process.ExitCode != 0 || lines.Length == 0)
        {
            Console.WriteLine($"import run {run} failed ({process.ExitCode}): {error.Trim()} {output.Trim()}");
            return null;
        }
        var label = variant is { } v ? $"actorgraph run {run} (fresh process, {v.Label})" : $"actorgraph run {run} (fresh process)";
        foreach (var line in lines[..^1]) Console.WriteLine(line.Replace("actorgraph run 1", label, StringComparison.Ordinal));
        using var json = JsonDocument.Parse(lines[^1]);
        var r = json.RootElement;
        return new Figures(r.GetProperty("wall").GetDouble(), r.GetProperty("cpu").GetDouble(), r.GetProperty("parse").GetDouble(), r.GetProperty("parseCpu").GetDouble());
    }

    private static int PrintOnce(string file)
    {
        var f = RunOurs(file, 1);
        Console.WriteLine(JsonSerializer.Serialize(new { wall = f.Wall, cpu = f.Cpu, parse = f.Parse, parseCpu = f.ParseCpu }));
        return 0;
    }

    private static Figures RunOurs(string file, int run)
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        using var self = Process.GetCurrentProcess();
        var load = Uptime();
        var cpuBefore = self.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var pauseBefore = GC.GetTotalPauseDuration();
        var gcBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var clock = Stopwatch.StartNew();
        var result = EventImporter.Import(new GdeltEventReader(), [file], ImportOptions.Default);
        // Loaded means ready to answer queries: the endpoint and incidence indexes every query reads are built too.
        result.Graph.PrepareIndexes();
        var wall = clock.Elapsed.TotalSeconds;
        self.Refresh();
        var cpu = (self.TotalProcessorTime - cpuBefore).TotalSeconds;
        var s = result.Summary;
        var parse = s.ParseElapsed.TotalSeconds;
        var parseCpu = s.ParseCpu.TotalSeconds;
        var pause = (GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds;
        var collections = $"{GC.CollectionCount(0) - gcBefore.Item1}/{GC.CollectionCount(1) - gcBefore.Item2}/{GC.CollectionCount(2) - gcBefore.Item3}";
        Say($"actorgraph run {run}: file to loaded graph {wall:0.00} s = {s.RowsRead / wall:N0} rows/s, CPU {cpu:0.00} s (all threads); read+parse+aggregate {parse:0.00} s wall, {parseCpu:0.00} s CPU; graph build and indexes {wall - parse:0.00} s wall, {cpu - parseCpu:0.00} s CPU; import thread CPU {s.ThreadCpu.TotalSeconds:0.00} s (read+parse+aggregate {s.ParseThreadCpu.TotalSeconds:0.00} s); GC pauses {pause:0.00} s, collections gen0/1/2 {collections}; {s.RowsImported:N0} rows into {s.Relations:N0} relations, {result.Graph.SourceCount:N0} sources, {s.ProcessesInferred:N0} inferred processes, {s.Actors:N0} actors; allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1e9:0.0} GB, peak working set {self.PeakWorkingSet64 / 1e9:0.0} GB; uptime before: {load}");
        return new Figures(wall, cpu, parse, parseCpu);
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
        return new Figures(total, cpu, total, cpu);
    }

    private static void Say(FormattableString line) => Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));

    private static string Uptime() => File.Exists("/proc/loadavg") ? "load average " + string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    /// <summary>Every value given after <paramref name="name"/>, in order (a repeatable option).</summary>
    private static List<string> Args(string[] args, string name)
    {
        var values = new List<string>();
        for (var i = 0; i + 1 < args.Length; i++)
        {
            if (args[i] == name) values.Add(args[i + 1]);
        }
        return values;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
