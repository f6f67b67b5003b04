using System.CommandLine;
using ActorGraph.Seed;

namespace ActorGraph.Cli.Infrastructure;

/// <summary>Where a command reads the graph from: <c>--seed DIR</c>, else <c>ACTORGRAPH_SEED</c>,
/// else <c>./graph-seed</c>. A seed with any error loads nothing: every error is printed with
/// file:line:column and the command fails.</summary>
public sealed class GraphSourceOptions
{
    /// <summary>The environment variable naming the default seed folder.</summary>
    public const string SeedEnvironmentVariable = "ACTORGRAPH_SEED";

    /// <summary>The seed folder used when neither the option nor the environment names one.</summary>
    public const string DefaultSeedDirectory = "graph-seed";

    /// <summary><c>--seed DIR</c> (also <c>--seed-dir</c>).</summary>
    public Option<string?> Seed { get; } = new("--seed", "--seed-dir")
    {
        Description = $"Seed folder to read (YAML/CSV). Default: ${SeedEnvironmentVariable}, else ./{DefaultSeedDirectory}.",
        HelpName = "DIR",
    };

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Seed);
    }

    /// <summary>The seed folder this invocation names.</summary>
    public string SeedDirectory(ParseResult parse, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(context);
        return parse.GetValue(Seed)
            ?? context.GetEnvironmentVariable(SeedEnvironmentVariable)
            ?? DefaultSeedDirectory;
    }

    /// <summary>Loads and validates the seed folder; prints every error and throws
    /// <see cref="CliException"/> when there is any.</summary>
    public Task<LoadedGraph> LoadAsync(ParseResult parse, CliContext context, CancellationToken cancellationToken)
    {
        var directory = SeedDirectory(parse, context);
        var result = LoadSeed(directory, context, cancellationToken);
        return Task.FromResult(new LoadedGraph(result.Graph!, directory));
    }

    /// <summary>Loads a seed folder, printing errors; throws when it does not load.</summary>
    internal static SeedLoadResult LoadSeed(string directory, CliContext context, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(directory))
        {
            throw new CliException(
                $"no seed folder at '{directory}'. Pass --seed DIR or set {SeedEnvironmentVariable}; " +
                "run from the repository root to use its graph-seed/.");
        }
        var result = SeedLoader.Load(directory, new StderrProgress(context.Error), cancellationToken);
        if (result.Succeeded) return result;
        PrintErrors(context.Error, directory, result.Errors);
        throw new CliException($"{result.Errors.Length} error(s) in seed folder '{directory}'; nothing was loaded.");
    }

    /// <summary>At most this many errors are printed; the count of the rest follows.</summary>
    public const int MaxPrintedErrors = 100;

    /// <summary>Prints seed errors as <c>path:line:column: message</c>, paths joined to the seed folder, at most
    /// <see cref="MaxPrintedErrors"/> of them.</summary>
    internal static void PrintErrors(TextWriter error, string directory, IReadOnlyList<SeedError> errors)
    {
        foreach (var e in errors.Take(MaxPrintedErrors))
        {
            // Folder-level problems name the folder itself and have no line.
            var located = e.Line > 0 ? e with { File = Path.Combine(directory, e.File) } : e;
            error.WriteLine(located.ToString());
        }
        if (errors.Count > MaxPrintedErrors)
            error.WriteLine($"... and {errors.Count - MaxPrintedErrors} more error(s); fix these first, or use --format json with validate for all of them.");
    }
}
