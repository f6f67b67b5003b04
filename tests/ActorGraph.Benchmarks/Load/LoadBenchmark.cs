using System.Diagnostics;
using System.Globalization;
using ActorGraph.Seed;

namespace ActorGraph.Benchmarks.Load;

/// <summary>Generates a CSV seed (default 100k actors, 1M relations) and loads it with
/// <see cref="SeedLoader"/> several times; reports the median load time, peak working set and GC
/// figures, and, as the peer in the same run, the time just to read the same files' characters.</summary>
/// <remarks>Arguments: <c>--actors N --relations M --runs R --keep</c> (keep the generated folder).</remarks>
public sealed class LoadBenchmark : IBenchmark
{
    public string Name => "load";

    public string Description => "load a generated CSV seed (100k actors, 1M relations): median time, peak memory";

    public Task<int> RunAsync(string[] args)
    {
        var actors = Arg(args, "--actors", 100_000);
        var relations = Arg(args, "--relations", 1_000_000);
        var runs = Math.Max(1, Arg(args, "--runs", 3));
        var directory = Path.Combine(Path.GetTempPath(), $"actorgraph-load-{actors}-{relations}");

        var generate = Stopwatch.StartNew();
        if (!File.Exists(Path.Combine(directory, "processes.csv"))) SyntheticSeed.Write(directory, actors, relations, seed: 20241201);
        generate.Stop();
        var bytes = Directory.GetFiles(directory).Sum(f => new FileInfo(f).Length);
        Console.WriteLine(Invariant($"seed: {actors:N0} actors, {relations:N0} relations, {bytes / 1e6:F1} MB CSV in {directory} (generated in {generate.Elapsed.TotalSeconds:F1} s)"));
        Console.WriteLine(Invariant($"runtime: .NET {Environment.Version}, {Environment.ProcessorCount} cores, server GC {System.Runtime.GCSettings.IsServerGC}"));

        var readTimes = new List<double>();
        var loadTimes = new List<double>();
        var peakAfterFirst = 0L;
        for (var run = 1; run <= runs; run++)
        {
            readTimes.Add(ReadOnly(directory));

            var (seconds, peak) = LoadOnce(directory, run, readTimes[^1]);
            if (seconds < 0) return Task.FromResult(1);
            if (run == 1) peakAfterFirst = peak;
            loadTimes.Add(seconds);
        }

        using var self = Process.GetCurrentProcess();
        var median = Median(loadTimes);
        var readMedian = Median(readTimes);
        Console.WriteLine(Invariant($"median load {median:F2} s over {runs} runs (target < 5 s: {(median < 5 ? "met" : "NOT met")})"));
        Console.WriteLine(Invariant($"peer: median read-only pass over the same files {readMedian:F3} s; load/read ratio {median / readMedian:F1}x"));
        Console.WriteLine(Invariant($"peak working set {peakAfterFirst / 1e6:F0} MB after run 1, {self.PeakWorkingSet64 / 1e6:F0} MB overall (target < 2000 MB: {(self.PeakWorkingSet64 < 2_000_000_000 ? "met" : "NOT met")})"));
        if (!args.Contains("--keep")) Directory.Delete(directory, recursive: true);
        return Task.FromResult(0);
    }

    /// <summary>One load, in its own frame so that the previous run's graph is garbage before the next starts.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (double Seconds, long PeakWorkingSet) LoadOnce(string directory, int run, double readSeconds)
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var gen0 = GC.CollectionCount(0);
        var gen2 = GC.CollectionCount(2);
        var sw = Stopwatch.StartNew();
        var result = SeedLoader.Load(directory);
        sw.Stop();
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors.Take(20)) Console.Error.WriteLine(e);
            return (-1, 0);
        }
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        var heldBytes = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(Invariant(
            $"run {run}: load {sw.Elapsed.TotalSeconds:F2} s, read-only {readSeconds:F3} s, graph {result.Graph!.Actors.Length:N0} actors / {result.Graph.Relations.Length:N0} relations, ") +
            Invariant($"allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1e6:F0} MB, graph held {heldBytes / 1e6:F0} MB, ") +
            Invariant($"GCs gen0 {GC.CollectionCount(0) - gen0} gen2 {GC.CollectionCount(2) - gen2}, max pause {info.PauseDurations.ToArray().Max().TotalMilliseconds:F0} ms, peak working set {process.PeakWorkingSet64 / 1e6:F0} MB"));
        GC.KeepAlive(result);
        return (sw.Elapsed.TotalSeconds, process.PeakWorkingSet64);
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

    private static double Median(List<double> values)
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
