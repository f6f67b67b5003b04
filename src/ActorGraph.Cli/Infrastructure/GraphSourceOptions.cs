using System.CommandLine;
using ActorGraph.Cli.Commands.Neo4j;
using ActorGraph.Seed;
using ActorGraph.Hosting.Options;
using ActorGraph.Hosting.Sources;

namespace ActorGraph.Cli.Infrastructure;

/// <summary>Where a command reads the graph from: <c>--neo4j URI</c> (a graph loaded there with
/// <c>actorgraph load</c>), else <c>--seed DIR</c>, else <c>ACTORGRAPH_SEED</c>, else <c>./graph-seed</c>.
/// A seed with any error loads nothing: every error is printed with file:line:column and the command fails.</summary>
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

    /// <summary><c>--neo4j URI</c>: read the graph from Neo4j instead of a seed folder (read access mode).</summary>
    public Option<string?> Neo4j { get; } = new("--neo4j")
    {
        Description = $"Read the graph from Neo4j (loaded there with 'actorgraph load') instead of a seed folder. " +
                      $"User from ${Neo4jOptions.UserVariable} (default neo4j), password from ${Neo4jOptions.PasswordVariable}.",
        HelpName = "URI",
    };

    /// <summary>False for commands that only ever read a seed folder (validate, serve, load).</summary>
    public bool ReadsNeo4j { get; init; } = true;

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Seed);
        if (ReadsNeo4j) command.Options.Add(Neo4j);
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

    /// <summary>The graph source this invocation names: Neo4j with --neo4j, else the seed folder.</summary>
    public IGraphSource CreateSource(ParseResult parse, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(context);
        if (ReadsNeo4j && parse.GetValue(Neo4j) is { } uri)
        {
            // A query should fail fast when the server is down, not retry for the driver's default 30 s.
            return new Neo4jGraphSource(new Neo4jOptions
            {
                Uri = Neo4jConnectionOptions.Validate(uri),
                User = context.GetEnvironmentVariable(Neo4jOptions.UserVariable) ?? "neo4j",
                Password = context.GetEnvironmentVariable(Neo4jOptions.PasswordVariable),
                Database = null,
                MaxRetrySeconds = 3,
            });
        }
        return new SeedFolderSource(SeedDirectory(parse, context), new StderrProgress(context.Error));
    }

    /// <summary>Loads the graph; prints every seed error and throws <see cref="CliException"/> when there is any,
    /// and explains an unreachable server or refused credentials.</summary>
    public async Task<LoadedGraph> LoadAsync(ParseResult parse, CliContext context, CancellationToken cancellationToken)
    {
        var source = CreateSource(parse, context);
        try
        {
            return await source.LoadAsync(cancellationToken);
        }
        catch (GraphSourceException e)
        {
            throw Explain(e, context);
        }
        catch (Exception e) when (Neo4jConnectionOptions.IsDriverError(e))
        {
            throw Neo4jConnectionOptions.Explain(e, source.Description);
        }
    }

    /// <summary>Loads a seed folder, printing errors; throws when it does not load.</summary>
    internal static SeedLoadResult LoadSeed(string directory, CliContext context, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(directory)) throw Explain(new GraphSourceException("", directory, []), context);
        var result = SeedLoader.Load(directory, new StderrProgress(context.Error), cancellationToken);
        if (result.Succeeded) return result;
        throw Explain(new GraphSourceException($"{result.Errors.Length} error(s) in seed folder '{directory}'; nothing was loaded.", directory, [.. result.Errors]), context);
    }

    private static CliException Explain(GraphSourceException e, CliContext context)
    {
        if (e.FolderMissing)
        {
            return new CliException(
                $"no seed folder at '{e.Folder}'. Pass --seed DIR or set {SeedEnvironmentVariable}; " +
                "run from the repository root to use its graph-seed/.");
        }
        PrintErrors(context.Error, e.Folder, e.Errors);
        return new CliException(e.Message);
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
