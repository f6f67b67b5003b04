using System.CommandLine;
using System.Globalization;
using ActorGraph.Analysis.Clusters;
using ActorGraph.Analysis.Mediation;
using ActorGraph.Analysis.Projection;
using ActorGraph.Cli.Infrastructure;
using ActorGraph.Core.Text;
using ActorGraph.Hosting.Queries;

namespace ActorGraph.Cli.Commands.Analysis;

/// <summary><c>actorgraph mediators A B</c>: who mediates between two actors, on what evidence.</summary>
public sealed class MediatorsCommand : ICliCommand
{
    /// <inheritdoc />
    public int Order => 100;

    /// <inheritdoc />
    public Command Build(CliContext context)
    {
        var source = new GraphSourceOptions();
        var format = FormatOption.Create();
        var asOf = AsOfOption.Create();
        var first = new Argument<string>("A") { Description = "First side: id, name or alias (\"Hamas\", \"u.s.\")." };
        var second = new Argument<string>("B") { Description = "Second side. The order of A and B does not change the answer." };
        var byCluster = new Option<bool>("--by-cluster")
        {
            Description = "Give Gould-Fernandez roles (coordinator, itinerant, gatekeeper-representative, liaison) against the\n" +
                          "influence clusters (as 'actorgraph clusters' with its defaults) instead of relative to the two sides.",
        };
        var command = new Command("mediators",
            "Who mediates between A and B, in three labelled groups: reported mediators (of processes in which\n" +
            "both are parties, with the process, status and dates), structural candidates (cooperative ties to\n" +
            "both sides when they have none of their own and are in conflict; not reported mediators), and\n" +
            "actors involved in their own role (engaging the mediators, pressing a side). Each with a score,\n" +
            "a brokerage role and the evidence (source, paragraph, note).\n\n" +
            "Examples:\n  actorgraph mediators Hamas Israel\n  actorgraph mediators israel hezbollah --by-cluster --format json");
        command.Arguments.Add(first);
        command.Arguments.Add(second);
        command.Options.Add(byCluster);
        source.AddTo(command);
        command.Options.Add(asOf);
        command.Options.Add(format);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var graph = await source.LoadAsync(parse, context, cancellationToken);
            var a = graph.Resolve(parse.GetValue(first)!);
            var b = graph.Resolve(parse.GetValue(second)!);
            if (a.Id == b.Id) throw new CliException($"A and B are both {a.Name} ({a.Id}); name two different actors.", ExitCodes.Usage);
            var date = parse.GetValue(asOf);
            var result = GraphQueries.Mediators(graph, a.Id, b.Id, date, parse.GetValue(byCluster));
            if (parse.GetValue(format) == OutputFormat.Json) FormatOption.WriteJson(context, result);
            else Write(context.Out, result, graph);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(TextWriter o, MediationResult result, LoadedGraph graph)
    {
        var names = result.Sides.Select(id => graph.Data.FindActor(id)!.Name).ToArray();
        o.WriteLine($"Mediation between {names[0]} and {names[1]}{(result.AsOf is { } d ? " as of " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "")}");
        o.WriteLine(result.Summary);
        WriteGroup(o, "Reported mediators (of processes in which both are parties)", result.Explicit, names);
        WriteGroup(o, "Structural candidates (ties to both sides; not reported mediators)", result.Structural, names);
        WriteGroup(o, "Involved in their own role (not mediators)", result.Involved, names);
        if (result.DirectTies.Length > 0)
        {
            o.WriteLine();
            o.WriteLine($"Direct cooperative ties between {names[0]} and {names[1]}:");
            foreach (var tie in result.DirectTies) EvidenceText.WriteTie(o, tie, "  ");
        }
    }

    private static void WriteGroup(TextWriter o, string title, IReadOnlyList<MediatorEntry> entries, string[] names)
    {
        if (entries.Count == 0) return;
        o.WriteLine();
        o.WriteLine(title);
        var table = new TableWriter("ACTOR", "ROLE", "SCORE", $"TIE {Short(names[0])}/{Short(names[1])}", "WHY") { MaxCellWidth = 70 };
        foreach (var e in entries)
        {
            var ties = string.Create(CultureInfo.InvariantCulture, $"{e.Components.Sides[0].Strength:0.##}/{e.Components.Sides[1].Strength:0.##}");
            table.Add(e.Name, e.Role, e.Score, ties, e.Description);
        }
        table.WriteTo(o);
        o.WriteLine("  evidence:");
        foreach (var e in entries)
        {
            o.WriteLine($"  {e.Name} ({e.ActorId}) — role {e.Role}: {e.RoleBasis}");
            foreach (var p in e.Processes)
            {
                o.WriteLine($"    process {p.Id}: {p.Name} ({EnumText.Name(p.Status)}{(p.When.ToString() is { Length: > 0 } w ? ", " + w : "")})");
                foreach (var item in p.Evidence) o.WriteLine($"      {EvidenceText.Item(item)}");
            }
            foreach (var tie in e.Evidence) EvidenceText.WriteTie(o, tie, "    ");
        }
    }

    private static string Short(string name) => name.Length <= 12 ? name : name[..11] + "…";
}
