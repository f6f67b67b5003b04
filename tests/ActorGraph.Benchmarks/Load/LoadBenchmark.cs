using System.Diagnostics;
using System.Globalization;
using ActorGraph.Seed;

namespace ActorGraph.Benchmarks.Load;

/// <summary>Generates a CSV seed (default 100k actors, 1M relations) and loads it with
/// <see cref="SeedLoader"/>, each run in a fresh process as the CLI does (cold JIT, its own peak working
/// set). Reports the median wall and CPU time, peak working set and GC figures, and as the peer in the
/// same run the time merely to decode the same files' characters.</summary>
/// <remarks>Arguments: <c>--actors N --relations M --runs R --keep --json FILE</c> (keep the generated folder in
/// the temp directory for the next run; write the medians to FILE). The child mode <c>--child DIR</c> is for internal use.</remarks>
public sealed class LoadBenchmark : IBenchmark
{
    public string Name => "load";

    public string Description => "load a generated CSV seed (100k actors, 1M relations) in fresh processes: median time, peak memory";

    public Task<int> RunAsync(string[] args)
    {
        var child = Array.IndexOf(args, "--child");
        if (child >= 0) return Task.FromResult(Child(args[child + 1]));

        var actors = Arg(args, "--actors", 100_000);
        var relations = Arg(args, "--relations", 1_000_000);
        var runs = Math.Max(1, Arg(args, "--runs", 3));
        var directory = Path.Combine(Path.GetTempPath(), $"actorgraph-load-{actors}-{relations}");

        var generate = Stopwatch.StartNew();
        if (!File.Exists(Path.Combine(directory, "processes.csv"))) SyntheticSeed.Write(directory, actors, relations, seed: 20241201);
        generate.Stop();
        var bytes = Directory.GetFiles(directory).Sum(f => new FileInfo(f).Length);
        Console.WriteLine(Invariant($"seed: {actors:N0} actors, {relations:N0} relations, {bytes / 1e6:F1} MB of CSV in {directory} (generated in {generate.Elapsed.TotalSeconds:F1} s)"));
        Console.WriteLine(Invariant($"machine: .NET {Environment.Version}, {Environment.ProcessorCount} cores, load average before: {LoadAverage()}"));

        var results = new List<RunResult>();
        var batchGc = new List<RunResult>();
        var reads = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            reads.Add(ReadOnly(directory));
            var result = RunChild(directory, concurrentGc: true);
            var batch = RunChild(directory, concurrentGc: false);
            if (result is null || batch is null) return Task.FromResult(1);
            results.Add(result);
            batchGc.Add(batch);
            Print($"run {run}", result);
            Print($"run {run}, non-concurrent GC", batch);
            Console.WriteLine(Invariant($"run {run}, read-only peer: {reads[^1]:F3} s"));
        }

        var wall = Median(results.Select(r => r.WallSeconds));
        var cpu = Median(results.Select(r => r.CpuSeconds));
        var peak = results.Max(r => r.PeakWorkingSetBytes);
        var read = Median(reads);
        Console.WriteLine(Invariant($"median over {runs} runs: load {wall:F2} s wall, {cpu:F2} s CPU (target < 5 s: {(wall < 5 ? "met" : "NOT met")})"));
        Console.WriteLine(Invariant($"peak working set, worst run: {peak / 1e6:F0} MB (target < 2000 MB: {(peak < 2_000_000_000 ? "met" : "NOT met")})"));
        Console.WriteLine(Invariant($"peer: decoding the same files without parsing, median {read:F3} s; load/decode ratio {wall / read:F0}x"));
        var batchWall = Median(batchGc.Select(r => r.WallSeconds));
        Console.WriteLine(Invariant($"variant: non-concurrent GC (DOTNET_gcConcurrent=0), median {batchWall:F2} s wall, {Median(batchGc.Select(r => r.CpuSeconds)):F2} s CPU, peak {batchGc.Max(r => r.PeakWorkingSetBytes) / 1e6:F0} MB; ratio to default {batchWall / wall:F2}"));
        Console.WriteLine(Invariant($"load average after: {LoadAverage()}"));
        var json = Array.IndexOf(args, "--json") is var j and >= 0 && j + 1 < args.Length ? args[j + 1] : null;
        if (json is not null)
        {
            File.WriteAllText(json, System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["actors"] = actors, ["relations"] = relations, ["runs"] = runs, ["wall_s"] = wall, ["cpu_s"] = cpu,
                ["peak_mb"] = peak / 1048576.0, ["decode_s"] = read,
            }));
        }
        if (!args.Contains("--keep")) Directory.Delete(directory, recursive: true);
        return Task.FromResult(0);
    }

    /// <summary>The figures of one load, as the child prints them.</summary>
    private sealed record RunResult(double WallSeconds, double CpuSeconds, long PeakWorkingSetBytes, long AllocatedBytes, long HeldBytes, int Gen0, int Gen1, int Gen2);

    /// <summary>Runs one load in a fresh process of this program and reads its figures line.</summary>
    private static RunResult? RunChild(string directory, bool concurrentGc)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        if (!concurrentGc) start.Environment["DOTNET_gcConcurrent"] = "0";
        var entry = typeof(LoadBenchmark).Assembly.Location;
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet") start.ArgumentList.Add(entry);
        foreach (var a in new[] { "load", "--child", directory }) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        foreach (var phase in output.Split('\n').Where(l => l.StartsWith("phase ", StringComparison.Ordinal))) Console.WriteLine("  " + phase);
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("figures ", StringComparison.Ordinal));
        if (process.ExitCode != 0 || line is null)
        {
            Console.Error.WriteLine($"load failed (exit {process.ExitCode}):\n{output}");
            return null;
        }
        var v = line["figures ".Length..].Split(' ').Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray();
        return new RunResult(v[0], v[1], (long)v[2], (long)v[3], (long)v[4], (int)v[5], (int)v[6], (int)v[7]);
    }

    private static void Print(string label, RunResult r) => Console.WriteLine(
        Invariant($"{label}: load {r.WallSeconds:F2} s wall, {r.CpuSeconds:F2} s CPU; peak working set {r.PeakWorkingSetBytes / 1e6:F0} MB; ") +
        Invariant($"allocated {r.AllocatedBytes / 1e6:F0} MB, graph held {r.HeldBytes / 1e6:F0} MB; GCs gen0 {r.Gen0} gen1 {r.Gen1} gen2 {r.Gen2}"));

    /// <summary>Child: one load, then one line of figures.</summary>
    private static int Child(string directory)
    {
        using var self = Process.GetCurrentProcess();
        var cpu0 = self.TotalProcessorTime;
        var allocated0 = GC.GetTotalAllocatedBytes(precise: true);
        var sw = Stopwatch.StartNew();
        var result = SeedLoader.Load(directory, new PhaseProgress(sw, self));
        sw.Stop();
        Console.WriteLine(Invariant($"phase graph built at {sw.Elapsed.TotalSeconds:F2} s"));
        self.Refresh();
        var cpu = (self.TotalProcessorTime - cpu0).TotalSeconds;
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors.Take(20)) Console.WriteLine(e);
            return 1;
        }
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated0;
        var held = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(result);
        self.Refresh();
        Console.WriteLine(Invariant(
            $"figures {sw.Elapsed.TotalSeconds} {cpu} {self.PeakWorkingSet64} {allocated} {held} {GC.CollectionCount(0)} {GC.CollectionCount(1)} {GC.CollectionCount(2) - 1}"));
        return 0;
    }

    /// <summary>Prints when each section of the folder is read (wall and CPU seconds since the load began), synchronously.</summary>
    private sealed class PhaseProgress(Stopwatch clock, Process self) : IProgress<ActorGraph.Core.Storage.StoreProgress>
    {
        private readonly TimeSpan _cpu0 = self.TotalProcessorTime;

        public void Report(ActorGraph.Core.Storage.StoreProgress value)
        {
            if (value.Total is null) return;
            self.Refresh();
            Console.WriteLine(Invariant($"phase {value.Stage} read at {clock.Elapsed.TotalSeconds:F2} s, {(self.TotalProcessorTime - _cpu0).TotalSeconds:F2} s CPU"));
        }
    }

    /// <summary>The peer: decode every character of the seed files and count line breaks, no parsing.</summary>
    private static double ReadOnly(string directory)
    {
        var sw = Stopwatch.StartNew();
        var buffer = new char[1 << 16];
        long lines = 0;
        foreach (var file in Directory.GetFiles(directory, "*.csv"))
        {
            using var reader = new StreamReader(file);
            int n;
            while ((n = reader.Read(buffer, 0, buffer.Length)) > 0) lines += buffer.AsSpan(0, n).Count('\n');
        }
        sw.Stop();
        GC.KeepAlive(lines);
        return sw.Elapsed.TotalSeconds;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static int Arg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : fallback;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
