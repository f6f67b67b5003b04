using System.CommandLine;
using System.Reflection;
using ActorGraph.Core.Text;

namespace ActorGraph.Cli.Infrastructure;

/// <summary>Builds the <c>actorgraph</c> command tree and runs it.</summary>
public static class CliApp
{
    /// <summary>The root command with every <see cref="ICliCommand"/> in this assembly.</summary>
    public static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand(
            "ActorGraph: who mediates between whom in a conflict, through which contacts, and on what evidence.\n" +
            "Reads a seed folder (default ./graph-seed) or Neo4j; every query command takes --format table|json.");
        var commands = typeof(CliApp).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICliCommand).IsAssignableFrom(t))
            .Select(t => (ICliCommand)Activator.CreateInstance(t)!)
            .OrderBy(c => c.Order)
            .ThenBy(c => c.GetType().Name, StringComparer.Ordinal);
        foreach (var command in commands) root.Subcommands.Add(command.Build(context));
        HelpLayout.Apply(root, TableWriter.DefaultWidth);
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; returns the exit code.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        RunAsync(args, CliContext.FromConsole(output, error), cancellationToken);

    /// <summary>Parses and runs <paramref name="args"/> with a given context (tests use this).</summary>
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = BuildRoot(context);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0) return await ReportUsageErrorsAsync(parsed, context);
        HelpLayout.SummariseListedCommands(parsed);
        var configuration = new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parsed.InvokeAsync(configuration, cancellationToken);
        }
        catch (CliException ex)
        {
            await context.Error.WriteLineAsync($"error: {ex.Message}");
            return ex.ExitCode;
        }
        catch (OperationCanceledException)
        {
            await context.Error.WriteLineAsync("cancelled");
            return 130;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            await context.Error.WriteLineAsync($"internal error ({ex.GetType().Name}): {ex.Message}");
            await context.Error.WriteLineAsync("This is a bug in ActorGraph; please report it with the command you ran.");
            return ExitCodes.Internal;
        }
    }

    /// <summary>A command line that does not parse: each problem on one line naming what was typed, a
    /// pointer to the command's help (not the whole help text), and <see cref="ExitCodes.Usage"/>.</summary>
    private static async Task<int> ReportUsageErrorsAsync(ParseResult parsed, CliContext context)
    {
        var names = new List<string>();
        for (var result = parsed.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
            names.Insert(0, result.Command is RootCommand ? "actorgraph" : result.Command.Name);
        var path = string.Join(' ', names);
        if (UnknownCommand(parsed, path) is { } unknown)
        {
            await context.Error.WriteLineAsync($"error: {unknown}");
            await context.Error.WriteLineAsync($"Run '{path} --help' for the list of commands.");
            return ExitCodes.Usage;
        }
        foreach (var message in parsed.Errors.Select(e => e.Message).Distinct(StringComparer.Ordinal))
            await context.Error.WriteLineAsync($"error: {message}");
        await context.Error.WriteLineAsync($"Run '{path} --help' for the options and an example.");
        return ExitCodes.Usage;
    }

    /// <summary>One message for a command name that does not exist ("'mediatorz' is not an actorgraph command;
    /// did you mean 'mediators'?", and likewise under a command with subcommands such as <c>export</c>) or a
    /// missing one, instead of the parser's two; null for other errors.</summary>
    private static string? UnknownCommand(ParseResult parsed, string path)
    {
        var command = parsed.CommandResult.Command;
        var subcommands = command.Subcommands.Where(c => !c.Hidden).ToList();
        if (subcommands.Count == 0) return null;
        var list = string.Join(", ", subcommands.Select(c => c.Name));
        var typed = parsed.UnmatchedTokens.FirstOrDefault();
        if (typed is null)
            return command.Action is null ? $"'{path}' needs a command: {list}" : null;
        if (typed.StartsWith('-')) return null;
        var names = subcommands.SelectMany(c => c.Aliases.Prepend(c.Name));
        return Suggestions.Closest(typed, names, 1) is [var closest]
            ? $"'{typed}' is not an {path} command; did you mean '{closest}'?"
            : $"'{typed}' is not an {path} command; the commands are {list}.";
    }

    /// <summary>The version printed by <c>--version</c>.</summary>
    public static string Version =>
        typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
