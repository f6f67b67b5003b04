using System.CommandLine;
using ActorGraph.Cli.Infrastructure;
using ActorGraph.Core.Model;
using ActorGraph.Seed;
using ActorGraph.Core.Text;

namespace ActorGraph.Cli.Commands.Graph;

/// <summary><c>actorgraph validate</c>: checks a seed folder and prints counts, or every error.</summary>
public sealed class ValidateCommand : ICliCommand
{
    /// <inheritdoc />
    public int Order => 10;

    /// <summary>The JSON printed by <c>validate --format json</c>.</summary>
    public sealed record ValidationReport(
        string Seed,
        bool Valid,
        IReadOnlyList<SeedError> Errors,
        int Actors,
        IReadOnlyDictionary<string, int> ActorsByKind,
        int Relations,
        IReadOnlyDictionary<string, int> RelationsBySign,
        IReadOnlyDictionary<string, int> RelationsByKind,
        int Processes,
        IReadOnlyDictionary<string, int> ProcessesByStatus,
        int Sources);

    /// <inheritdoc />
    public Command Build(CliContext context)
    {
        var source = new GraphSourceOptions { ReadsNeo4j = false };
        var format = FormatOption.Create();
        var command = new Command("validate",
            "Check a seed folder: every problem is listed as file:line:column, and nothing loads if there is any.\n" +
            "On success, prints what the folder holds, counted by kind.\n\n" +
            "Example:\n  actorgraph validate --seed ./graph-seed");
        source.AddTo(command);
        command.Options.Add(format);
        command.SetAction((parse, cancellationToken) =>
        {
            var directory = source.ExistingSeedDirectory(parse, context);
            var result = SeedLoader.Load(directory, SeedLimitsVariables.Read(context), new StderrProgress(context.Error), cancellationToken);
            var report = Report(directory, result);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                FormatOption.WriteJson(context, report);
            }
            else if (!result.Succeeded)
            {
                GraphSourceOptions.PrintErrors(context.Error, directory, result.Errors);
                context.Error.WriteLine($"{result.Errors.Length} error(s) in '{directory}'; nothing was loaded.");
            }
            else
            {
                FormatOption.WriteText(context, o => WriteSummary(o, report));
            }
            return Task.FromResult(result.Succeeded ? ExitCodes.Ok : ExitCodes.InputError);
        });
        return command;
    }

    private static ValidationReport Report(string directory, SeedLoadResult result)
    {
        var graph = result.Graph ?? ActorGraphData.Empty;
        static SortedDictionary<string, int> Count<T>(IEnumerable<T> items, Func<T, string> key) =>
            new(items.GroupBy(key).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);
        return new ValidationReport(
            directory,
            result.Succeeded,
            result.Errors,
            graph.Actors.Length,
            Count(graph.Actors, a => EnumText.Name(a.Kind)),
            graph.Relations.Length,
            Count(graph.Relations, r => EnumText.Name(r.Sign)),
            Count(graph.Relations, r => r.Kind.Name),
            graph.Processes.Length,
            Count(graph.Processes, p => EnumText.Name(p.Status)),
            graph.Sources.Length);
    }

    private static void WriteSummary(TextWriter output, ValidationReport report)
    {
        output.WriteLine($"{report.Seed}: valid");
        output.WriteLine($"  {report.Actors} actors ({Join(report.ActorsByKind)})");
        output.WriteLine($"  {report.Relations} relations ({Join(report.RelationsBySign)})");
        output.WriteLine($"    by kind: {Join(report.RelationsByKind)}");
        output.WriteLine($"  {report.Processes} mediation processes ({Join(report.ProcessesByStatus)})");
        output.WriteLine($"  {report.Sources} sources");
    }

    private static string Join(IReadOnlyDictionary<string, int> counts) =>
        counts.Count == 0 ? "none" : string.Join(", ", counts.Select(kv => $"{kv.Value} {kv.Key}"));

}
