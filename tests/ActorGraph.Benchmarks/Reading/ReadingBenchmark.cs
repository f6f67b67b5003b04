using System.Diagnostics;
using System.Globalization;
using ActorGraph.Reading;
using ActorGraph.Reading.Output;
using ActorGraph.Reading.Scoring;
using ActorGraph.Reading.Text;
using ActorGraph.Seed;

namespace ActorGraph.Benchmarks.Reading;

/// <summary>The reader's quality and speed: scores on the shared reports against their gold readings and on
/// the seed article against graph-seed; PLOVER gold-record accuracy per category; sentences per second on
/// one thread over all the texts repeated, with sentence splitting alone as the peer in the same run.</summary>
/// <remarks>Arguments: <c>--shared DIR</c> (default ../shared), <c>--seed DIR</c> (default graph-seed),
/// <c>--repeat N</c> (default 200), <c>--runs R</c> (default 12), <c>--warmup W</c> (runs left out of the steady-state
/// median, default min(8, R-1); the first run is printed apart as the fresh figure), <c>--plover</c> (only the PLOVER table, per category
/// and half, and the PLOVER coding speed over the records repeated <c>--repeat</c> times, default 10).</remarks>
public sealed class ReadingBenchmark : IBenchmark
{
    private static readonly string[] Reports = ["01-yemen-un-truce", "04-ethiopia-pretoria-au-talks", "08-cambodia-thailand-kl-declaration", "11-portsmouth-1905-encyclopedic"];

    // Every report of the project's own folder that has a gold reading (21-70 and on), in name order.
    private static string[] OwnReports(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.gold.yaml").Select(f => Path.GetFileName(f)[..^".gold.yaml".Length])
            .Where(n => File.Exists(Path.Combine(folder, n + ".txt"))).Order(StringComparer.Ordinal)];

    /// <summary>Whether the report's leading number lies in the range "FROM-TO".</summary>
    private static bool InPool(string name, string range)
    {
        var dash = range.IndexOf('-', StringComparison.Ordinal);
        var digits = new string(name.TakeWhile(char.IsAsciiDigit).ToArray());
        return dash > 0 && int.TryParse(digits, CultureInfo.InvariantCulture, out var n)
            && int.TryParse(range[..dash], CultureInfo.InvariantCulture, out var from) && int.TryParse(range[(dash + 1)..], CultureInfo.InvariantCulture, out var to)
            && n >= from && n <= to;
    }

    public string Name => "reading";

    public string Description => "actorgraph read: scores vs gold readings and graph-seed, PLOVER accuracy, sentences/s";

    public Task<int> RunAsync(string[] args)
    {
        var shared = Arg(args, "--shared", "../shared");
        if (args.Contains("--plover"))
        {
            Plover(Path.Combine(shared, "real-data", "plover", "PLOVER_GSR_CAMEO.json"));
            PloverSpeed(Path.Combine(shared, "real-data", "plover", "PLOVER_GSR_CAMEO.json"), int.Parse(Arg(args, "--repeat", "10"), CultureInfo.InvariantCulture));
            return Task.FromResult(0);
        }
        var seed = Arg(args, "--seed", "graph-seed");
        var repeat = int.Parse(Arg(args, "--repeat", "200"), CultureInfo.InvariantCulture);
        var runs = int.Parse(Arg(args, "--runs", "12"), CultureInfo.InvariantCulture);
        var warmup = int.Parse(Arg(args, "--warmup", Math.Min(8, runs - 1).ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
        if (runs < 1 || warmup < 0 || warmup >= runs) throw new ArgumentException($"--runs {runs} --warmup {warmup}: need runs >= 1 and 0 <= warmup < runs");

        Console.WriteLine("| text | actors R | actors P | relations R | relations P | rel. R/P, modality ignored | roles R | roles P | must-not |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        var total = (Actors: new Measure(0, 0, 0, 0), Relations: new Measure(0, 0, 0, 0), Roles: new Measure(0, 0, 0, 0));
        foreach (var name in Reports)
        {
            var result = ReportReader.ReadFile(Path.Combine(shared, "reports", name + ".txt"));
            var card = GraphScorer.Score(GraphMerger.Merge([result]).Graph, GoldFiles.FromYaml(Path.Combine(shared, "reports", name + ".gold.yaml")));
            Row(name, card);
            total = (total.Actors + card.Actors, total.Relations + card.Relations, total.Roles + card.ProcessRoles);
        }
        var own = (Actors: new Measure(0, 0, 0, 0), Relations: new Measure(0, 0, 0, 0), Roles: new Measure(0, 0, 0, 0));
        var ownFolder = Path.Combine("tests", "ActorGraph.Reading.Tests", "Reports");
        // "--pool 87-96": counts pooled over the own reports numbered in that range (found/required, right/produced).
        var pool = Arg(args, "--pool", "21-999");
        var pooled = (Relations: new Measure(0, 0, 0, 0), Roles: new Measure(0, 0, 0, 0));
        foreach (var name in OwnReports(ownFolder))
        {
            var path = Path.Combine(ownFolder, name);
            var card = GraphScorer.Score(GraphMerger.Merge([ReportReader.ReadFile(path + ".txt")]).Graph, GoldFiles.FromYaml(path + ".gold.yaml"));
            Row(name + " (own)", card);
            own = (own.Actors + card.Actors, own.Relations + card.Relations, own.Roles + card.ProcessRoles);
            if (InPool(name, pool)) pooled = (pooled.Relations + card.Relations, pooled.Roles + card.ProcessRoles);
        }
        var article = ReportReader.ReadFile(Path.Combine(shared, "seed", "article.txt"));
        var seedGraph = SeedLoader.Load(seed).Graph ?? throw new InvalidOperationException($"{seed} does not load");
        var articleCard = GraphScorer.Score(GraphMerger.Merge([article]).Graph, GoldFiles.FromGraph("graph-seed", seedGraph));
        Row("article.txt vs graph-seed", articleCard);
        Console.WriteLine(Invariant($"| **own reports pooled** | {own.Actors.Recall:P0} | {own.Actors.Precision:P0} | {own.Relations.Recall:P0} | {own.Relations.Precision:P0} | | {own.Roles.Recall:P0} | {own.Roles.Precision:P0} | |"));
        Console.WriteLine(Invariant($"own reports {pool} pooled counts: relations R {pooled.Relations.Found}/{pooled.Relations.Expected} ({pooled.Relations.Recall:P1}) P {pooled.Relations.Correct}/{pooled.Relations.Produced} ({pooled.Relations.Precision:P1}); roles R {pooled.Roles.Found}/{pooled.Roles.Expected} ({pooled.Roles.Recall:P1}) P {pooled.Roles.Correct}/{pooled.Roles.Produced} ({pooled.Roles.Precision:P1})"));
        Console.WriteLine(Invariant($"| **four reports pooled** | {total.Actors.Recall:P0} | {total.Actors.Precision:P0} | {total.Relations.Recall:P0} | {total.Relations.Precision:P0} | | {total.Roles.Recall:P0} | {total.Roles.Precision:P0} | |"));

        Plover(Path.Combine(shared, "real-data", "plover", "PLOVER_GSR_CAMEO.json"));

        Speed(shared, repeat, runs, warmup);
        return Task.FromResult(0);
    }

    /// <summary>PLOVER accuracy per category and per half (<see cref="PloverEvaluation.HalfOf"/>: the development half
    /// the rules were written on, the held-out half, all records): category, source actor and target actor right,
    /// each as a rate of the category's records in that half; a last row over all categories.</summary>
    private static void Plover(string path)
    {
        var halves = new[] { PloverEvaluation.DevelopmentHalf, PloverEvaluation.HeldOutHalf, null }
            .Select(h => PloverEvaluation.Run(path, h).ToDictionary(c => c.Category)).ToList();
        Console.WriteLine();
        Console.WriteLine("PLOVER gold records: category / source / target right, per half (dev = development, held = held-out)");
        Console.WriteLine("| category | dev n | dev cat | dev src | dev tgt | held n | held cat | held src | held tgt | all n | all cat | all src | all tgt |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var category in halves[2].Keys.Order(StringComparer.Ordinal))
            Console.WriteLine($"| {category} | " + string.Join(" | ", halves.Select(h => Cells(h.TryGetValue(category, out var c) ? [c] : []))) + " |");
        Console.WriteLine("| **all** | " + string.Join(" | ", halves.Select(h => Cells(h.Values.ToList()))) + " |");
    }

    /// <summary>PLOVER coding speed: every record's text coded <paramref name="repeat"/> times on this thread, by process
    /// CPU time (the figure that holds on a busy machine) and by wall clock.</summary>
    private static void PloverSpeed(string path, int repeat)
    {
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
        var texts = document.RootElement.EnumerateArray().Select(r => r.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "").Where(t => t.Length > 0).ToList();
        texts.ForEach(t => ActorGraph.Reading.Plover.PloverClassifier.Code(t)); // warm-up: JIT and regex construction
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var r = 0; r < repeat; r++) texts.ForEach(t => ActorGraph.Reading.Plover.PloverClassifier.Code(t));
        var seconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var n = texts.Count * repeat;
        Console.WriteLine(Invariant($"PLOVER coding speed: {n:N0} sentences, {n / seconds:N0} per CPU-second, {n / clock.Elapsed.TotalSeconds:N0} per wall-second (target >= 1,000); load average: {LoadAverage()}"));
    }

    /// <summary>Records, then category, source and target rates over <paramref name="scores"/>.</summary>
    private static string Cells(IReadOnlyCollection<PloverEvaluation.CategoryScore> scores)
    {
        var n = scores.Sum(c => c.Records);
        string Rate(Func<PloverEvaluation.CategoryScore, int> right) => n == 0 ? "-" : Invariant($"{(double)scores.Sum(right) / n:F2}");
        return Invariant($"{n} | {Rate(c => c.CategoryRight)} | {Rate(c => c.SourceRight)} | {Rate(c => c.TargetRight)}");
    }

    private static void Speed(string shared, int repeat, int runs, int warmup)
    {
        var texts = Reports.Select(r => File.ReadAllText(Path.Combine(shared, "reports", r + ".txt")))
            .Append(File.ReadAllText(Path.Combine(shared, "seed", "article.txt"))).ToList();
        var body = string.Join("\n\n", Enumerable.Repeat(string.Join("\n\n", texts.Select(t => string.Join('\n', t.Split('\n').Where(l => !l.StartsWith('#'))))), repeat));
        var sentences = 0;
        var read = new List<double>();
        var split = new List<double>();
        var readCpu = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var result = ReportReader.ReadText(body, "bench.txt", new ActorGraph.Reading.Input.ReadingOptions { Date = new DateOnly(2024, 12, 1) });
            read.Add(clock.Elapsed.TotalSeconds);
            readCpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
            sentences = result.Sentences;
            clock.Restart();
            var count = body.Split("\n\n").Sum(p => SentenceSplitter.Split(p).Count());
            split.Add(clock.Elapsed.TotalSeconds);
            GC.KeepAlive(count);
        }
        // The first run is a fresh process's: it pays the JIT and runs tier-0 code. The tiered JIT then recompiles the hot
        // methods over the next runs, so a median over all runs sits somewhere on that climb and moves with --runs and
        // --repeat. The steady figure is the median of the runs after the first `warmup`; both are printed.
        var steady = read.Skip(warmup).ToList();
        var steadyCpu = readCpu.Skip(warmup).ToList();
        var splitMedian = Median(split.Skip(warmup).ToList());
        Console.WriteLine();
        Console.WriteLine(Invariant($"speed, steady state: {sentences:N0} sentences ({body.Length / 1e6:F1} MB), median of runs {warmup + 1}-{runs} of {runs} on one thread: {Median(steadyCpu):F2} s CPU, {sentences / Median(steadyCpu):N0} sentences per CPU-second; wall {Median(steady):F2} s, {sentences / Median(steady):N0} sentences/s (target >= 1,000: {(sentences / Median(steadyCpu) >= 1000 ? "met" : "NOT met")})"));
        Console.WriteLine(Invariant($"speed, fresh (run 1, JIT and tier-0 code included): {readCpu[0]:F2} s CPU, {sentences / readCpu[0]:N0} sentences per CPU-second; wall {read[0]:F2} s, {sentences / read[0]:N0} sentences/s"));
        // On a shared machine the wall clock counts the time other processes held the cores; the process's CPU time does not.
        Console.WriteLine(Invariant($"reading CPU per run: {string.Join(", ", readCpu.Select(c => c.ToString("F2", CultureInfo.InvariantCulture)))} s"));
        Console.WriteLine(Invariant($"peer: sentence splitting alone {splitMedian:F3} s ({sentences / splitMedian:N0} sentences/s); reading/splitting ratio {Median(steady) / splitMedian:F0}x"));
        Console.WriteLine($"machine: .NET {Environment.Version}, {Environment.ProcessorCount} cores, load average: {LoadAverage()}");
    }

    private static void Row(string name, ScoreCard c) =>
        Console.WriteLine(Invariant($"| {name} | {c.Actors.Recall:P0} | {c.Actors.Precision:P0} | {c.Relations.Recall:P0} | {c.Relations.Precision:P0} | {c.RelationsIgnoringModality.Recall:P0} / {c.RelationsIgnoringModality.Precision:P0} | {c.ProcessRoles.Recall:P0} | {c.ProcessRoles.Precision:P0} | {c.ForbiddenActors.Count} |"));

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";

    private static string Arg(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
