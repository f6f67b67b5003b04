using System.CommandLine;
using ActorGraph.Cli.Infrastructure;
using ActorGraph.Export;
using ActorGraph.Hosting.Exports;

namespace ActorGraph.Cli.Commands.Export;

/// <summary>The options every export subcommand shares: where the graph comes from, --as-of, --focus and
/// --out; and turning them into <see cref="ExportOptions"/>.</summary>
internal sealed class ExportInputs
{
    public GraphSourceOptions Source { get; } = new();

    public Option<DateOnly?> AsOf { get; } = AsOfOption.Create();

    public Option<string[]> Focus { get; } = new("--focus")
    {
        Description = "Two actors (id, name or alias): only they, their mediators and the mediation paths between them.",
        Arity = new ArgumentArity(2, 2),
        AllowMultipleArgumentsPerToken = true,
        HelpName = "A B",
    };

    public Option<bool> FocusContext { get; } = new("--focus-context")
    {
        Description = "With --focus: keep the rest of the graph, greyed out, instead of leaving it out.",
    };

    public Option<string?> Out { get; } = new("--out", "-o")
    {
        Description = "File to write (UTF-8); default: standard output.",
        HelpName = "FILE",
    };

    public void AddTo(Command command)
    {
        Source.AddTo(command);
        command.Options.Add(AsOf);
        command.Options.Add(Focus);
        command.Options.Add(FocusContext);
        command.Options.Add(Out);
    }

    /// <summary>Loads the graph and builds the options the writers need (focus resolved and computed).</summary>
    public async Task<(LoadedGraph Graph, ExportOptions Options)> ResolveAsync(ParseResult parse, CliContext context, CancellationToken cancellationToken)
    {
        if (parse.GetValue(FocusContext) && parse.GetValue(Focus) is not { Length: 2 })
            throw new CliException("--focus-context needs --focus A B", ExitCodes.Usage);
        var graph = await Source.LoadAsync(parse, context, cancellationToken);
        var asOf = parse.GetValue(AsOf);
        if (parse.GetValue(Focus) is not { Length: 2 } pair) return (graph, ExportViews.Create(graph, asOf));
        var a = graph.Resolve(pair[0]);
        var b = graph.Resolve(pair[1]);
        if (a.Id == b.Id) throw new CliException($"--focus names {a.Name} ({a.Id}) twice; name two different actors.", ExitCodes.Usage);
        return (graph, ExportViews.Create(graph, asOf, a.Id, b.Id, parse.GetValue(FocusContext)));
    }

    /// <summary>Writes the output through <paramref name="write"/> to --out (UTF-8, no BOM) or standard output.
    /// A file is written beside its final name and moved into place at the end, so a failure leaves no half-written file.</summary>
    public static void WriteOutput(string? path, CliContext context, Action<TextWriter> write)
    {
        if (path is null)
        {
            write(context.Out);
            context.Out.Flush();
            return;
        }
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full) ?? ".", "." + Path.GetFileName(full) + ".tmp-" + Environment.ProcessId);
        try
        {
            using (var file = new StreamWriter(temp, append: false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" })
            {
                write(file);
            }
            File.Move(temp, full, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write '{path}': {ex.Message}");
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
