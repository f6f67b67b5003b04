using System.CommandLine;
using System.Globalization;
using ActorGraph.Analysis.Clusters;
using ActorGraph.Analysis.Mediation;
using ActorGraph.Analysis.Projection;
using ActorGraph.Cli.Infrastructure;
using ActorGraph.Core.Text;

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
        var current = CurrentOption.Create();
        var first = new Argument<string>("A") { Description = "First side: id, name or alias (\"Hamas\", \"u.s.\")." };
        var second = new Argument<string>("B") { Description = "Second side. The order of A and B does not change the answer." };
        var byCluster = new Option<bool>("--by-cluster")
        {
            Description = "Give brokerage roles (coordinator, itinerant, representative, liaison: the words of\n" +
                          "'actorgraph brokerage') against the camps of 'actorgraph clusters' (its defaults) instead of\n" +
                          "against direct alignment ties only.",
        };
        var command = new Command("mediators",
            "Who mediates between A and B, and since when, in labelled groups: reported mediators of current\n" +
            "processes in which both are parties, then past ones (with dates and status), mediators of inferred\n" +
            "processes (rebuilt from event data, not reported), structural candidates (channels to both sides\n" +
            "when they have none of their own and are in conflict), and actors involved in their own role.\n" +
            "A person, agency or delegation is taken for the actor it leads or belongs to when it has no shared\n" +
            "process itself, and the answer says so. Each entry has a score, a brokerage role, the first and last\n" +
            "dated evidence, and the evidence (source, paragraph, note).\n\n" +
            "Examples:\n  actorgraph mediators Hamas Israel\n  actorgraph mediators Netanyahu Hamas --as-of 2024-12-01\n" +
            "  actorgraph mediators israel hezbollah --by-cluster --current --format json");
        command.Arguments.Add(first);
        command.Arguments.Add(second);
        command.Options.Add(byCluster);
        source.AddTo(command);
        command.Options.Add(asOf);
        command.Options.Add(current);
        command.Options.Add(format);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (graph, queries) = await source.LoadAsync(parse, context, cancellationToken);
            var a = graph.Resolve(parse.GetValue(first)!);
            var b = graph.Resolve(parse.GetValue(second)!);
            if (a.Id == b.Id) throw new CliException($"A and B are both {a.Name} ({a.Id}); name two different actors.", ExitCodes.Usage);
            var date = parse.GetValue(asOf);
            var result = queries.Mediators(graph, a.Id, b.Id, date, parse.GetValue(byCluster), parse.GetValue(current));
            if (parse.GetValue(format) == OutputFormat.Json) FormatOption.WriteJson(context, result);
            else Write(context.Out, result, graph);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(TextWriter o, MediationResult result, LoadedGraph graph)
    {
        var names = result.Sides.Select(id => graph.Data.FindActor(id)!.Name).ToArray();
        o.WriteLine($"Mediation between {names[0]} and {names[1]} ({result.Scope})");
        o.WriteLine(result.Summary);
        WriteGroup(o, "Reported mediators (current processes in which both are parties)", result.Explicit, names);
        WriteGroup(o, "Past mediators (reported; their processes between the two are over)", result.Past, names);
        WriteGroup(o, "Inferred mediators (processes rebuilt from event data; not reported)", result.Inferred, names);
        WriteGroup(o, "Structural candidates (channels to both sides; not reported mediators)", result.Structural, names);
        WriteGroup(o, "Involved in their own role (not mediators)", result.Involved, names);
        if (result.Explicit.Length + result.Past.Length + result.Inferred.Length + result.Structural.Length + result.Involved.Length > 0)
        {
            o.WriteLine();
            o.WriteLine(result.ScoreNote);
        }
        if (result.DirectTies.Length > 0)
        {
            o.WriteLine();
            o.WriteLine($"Direct channels between {names[0]} and {names[1]}:");
            foreach (var tie in result.DirectTies) EvidenceText.WriteTie(o, tie, "  ");
        }
    }

    private static void WriteGroup(TextWriter o, string title, IReadOnlyList<MediatorEntry> entries, string[] names)
    {
        if (entries.Count == 0) return;
        o.WriteLine();
        o.WriteLine(title);
        var table = new TableWriter("ACTOR", "ROLE", "SCORE", "SINCE..LAST", $"TIE {Short(names[0])}/{Short(names[1])}", "WHY") { MaxCellWidth = 60 };
        foreach (var e in entries)
        {
            var ties = string.Create(CultureInfo.InvariantCulture, $"{e.Components.Sides[0].Strength:0.##}/{e.Components.Sides[1].Strength:0.##}");
            table.Add(e.Name, e.Role, e.Score, Span(e.FirstEvidence, e.LastEvidence), ties, e.Description);
        }
        table.WriteTo(o);
        o.WriteLine("  evidence:");
        foreach (var e in entries)
        {
            o.WriteLine($"  {e.Name} ({e.ActorId}) — role {e.Role}: {e.RoleBasis}");
            foreach (var p in e.Processes)
            {
                o.WriteLine($"    process {p.Id}: {p.Name} ({EnumText.Name(p.Status)}{(p.When.ToString() is { Length: > 0 } w ? ", " + w : "")}{(p.Current ? "" : ", past")}{(p.Inferred ? ", inferred" : "")})");
                foreach (var item in p.Evidence) o.WriteLine($"      {EvidenceText.Item(item)}");
            }
            foreach (var tie in e.Evidence) EvidenceText.WriteTie(o, tie, "    ");
        }
    }

    /// <summary>"2000-02-01..2006-10-29", "2024-12-01" or "undated": the first and last dated evidence.</summary>
    private static string Span(DateOnly? first, DateOnly? last)
    {
        static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return (first, last) switch
        {
            (null, null) => "undated",
            ({ } f, { } l) when f == l => Iso(f),
            ({ } f, { } l) => Iso(f) + ".." + Iso(l),
            ({ } f, null) => Iso(f) + "..",
            (null, { } l) => ".." + Iso(l),
        };
    }

    private static string Short(string name) => name.Length <= 12 ? name : name[..11] + "…";
}
