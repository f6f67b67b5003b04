using System.Diagnostics;
using ActorGraph.Fuzz.Targets;

namespace ActorGraph.Fuzz;

/// <summary>
/// <c>actorgraph-fuzz TARGET</c>: the AFL++ entry point (through SharpFuzz; run it under afl-fuzz, see
/// scripts/fuzz.sh). <c>actorgraph-fuzz TARGET --replay PATH...</c>: runs files or folders of inputs
/// in-process (corpus checks, crash reproduction). <c>actorgraph-fuzz TARGET --mutate SECONDS SEED
/// CORPUS</c>: a bounded random-mutation fuzzer without coverage feedback, for machines without AFL++.
/// Exit code 0: no failure; 1: a failure (its input is saved under ./fuzz-failures/); 2: usage.
/// </summary>
internal static class FuzzProgram
{
    public static readonly string[] Names = ["yaml", "csv", "packstream", "chunks", "dot", "graphml"];

    public static IFuzzTarget Create(string name) => name switch
    {
        "yaml" or "csv" => new SeedTarget(name),
        "packstream" or "chunks" => new BoltTarget(name),
        "dot" or "graphml" => new ExportEscapeTarget(name),
        _ => throw new ArgumentException($"unknown target '{name}'; targets: {string.Join(", ", Names)}"),
    };

    public static int Run(string[] args)
    {
        if (args.Length == 0 || !Names.Contains(args[0]))
        {
            Console.Error.WriteLine($"usage: actorgraph-fuzz TARGET [--replay PATH... | --mutate SECONDS SEED CORPUS]\ntargets: {string.Join(", ", Names)}");
            return 2;
        }
        var target = Create(args[0]);
        if (args.Length == 1)
        {
            SharpFuzz.Fuzzer.OutOfProcess.Run(stream =>
            {
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                target.Run(copy.ToArray());
            });
            return 0;
        }
        return args[1] switch
        {
            "--replay" => Replay(target, args[2..]),
            "--mutate" when args.Length == 5 => Mutate(target, int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture), args[4]),
            _ => Usage(),
        };
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: actorgraph-fuzz TARGET [--replay PATH... | --mutate SECONDS SEED CORPUS]");
        return 2;
    }

    private static int Replay(IFuzzTarget target, string[] paths)
    {
        var files = paths.SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories) : [p]).Order(StringComparer.Ordinal).ToList();
        var failures = 0;
        foreach (var file in files)
        {
            if (Try(target, File.ReadAllBytes(file)) is { } error)
            {
                failures++;
                Console.Error.WriteLine($"{file}: {error}");
            }
        }
        Console.WriteLine($"{target.Name}: {files.Count} input(s), {failures} failure(s)");
        return failures == 0 ? 0 : 1;
    }

    private static int Mutate(IFuzzTarget target, int seconds, int seed, string corpus)
    {
        var inputs = Directory.EnumerateFiles(corpus).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        if (inputs.Count == 0) inputs.Add([]);
        var random = new Random(seed);
        var clock = Stopwatch.StartNew();
        long runs = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            var input = Mutator.Mutate(inputs[random.Next(inputs.Count)], inputs, random);
            runs++;
            if (Try(target, input) is not { } error) continue;
            Directory.CreateDirectory("fuzz-failures");
            var path = Path.Combine("fuzz-failures", $"{target.Name}-{seed}-{runs}");
            File.WriteAllBytes(path, input);
            Console.Error.WriteLine($"{target.Name}: failure after {runs} runs, input saved to {path}: {error}");
            return 1;
        }
        Console.WriteLine($"{target.Name}: {runs:N0} runs in {seconds} s (seed {seed}), no failure");
        return 0;
    }

    /// <summary>Null when the target handled the input; otherwise what went wrong.</summary>
    internal static string? Try(IFuzzTarget target, byte[] input)
    {
        try
        {
            target.Run(input);
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
    }
}
