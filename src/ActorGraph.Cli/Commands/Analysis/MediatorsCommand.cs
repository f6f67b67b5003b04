using System.CommandLine;
using System.Globalization;
using ActorGraph.Analysis.Clusters;
using ActorGraph.Analysis.Mediation;
using ActorGraph.Analysis.Projection;
using ActorGraph.Cli.Commands.Evidence;
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
        var scope = new QueryScopeOptions();
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
            "dated evidence; repeated evidence is printed once, with the actors it supports. -v prints the full chain\n" +
            "(each tie, each note in full, and the source's title, date, URL and paragraph).\n\n" +
            "Examples:\n  actorgraph mediators Hamas Israel\n  actorgraph mediators Netanyahu Hamas --as-of 2024-12-01\n" +
            "  actorgraph mediators israel hezbollah --by-cluster --current --format json");
        command.Arguments.Add(first);
        command.Arguments.Add(second);
        command.Options.Add(byCluster);
        source.AddTo(command);
        scope.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (graph, queries) = await source.LoadAsync(parse, context, cancellationToken);
            var a = graph.Resolve(parse.GetValue(first)!);
            var b = graph.Resolve(parse.GetValue(second)!);
            if (a.Id == b.Id) throw new CliException($"A and B are both {a.Name} ({a.Id}); name two different actors.", ExitCodes.Usage);
            var date = parse.GetValue(scope.AsOf);
            var result = queries.Mediators(graph, a.Id, b.Id, date, parse.GetValue(byCluster), parse.GetValue(scope.Current));
            if (scope.IsJson(parse)) FormatOption.WriteJson(context, result);
            else FormatOption.WriteText(context, o => Write(o, result, graph, parse.GetValue(scope.Evidence)));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(TextWriter o, MediationResult result, LoadedGraph graph, bool full)
    {
        var names = result.Sides.Select(id => graph.Data.FindActor(id)!.Name).ToArray();
        var fold = new EvidenceFold();
        o.WriteLine($"Mediation between {names[0]} and {names[1]} ({result.Scope})");
        o.WriteLine(result.Summary);
        if (result.RolledUp.Length > 0)
        {
            o.WriteLine();
            o.WriteLine("Rolled up (an actor asked about has no process of its own; answered through the actor linked to it)");
            foreach (var step in result.RolledUp) o.WriteLine($"  {step.Phrase} ({step.Kind}, {step.RelationId})");
        }
        var legend = true;
        WriteGroup(o, "Reported mediators (current processes in which both are parties)", result.Explicit, names, fold, full, ref legend);
        WriteGroup(o, "Past mediators (reported; their processes between the two are over)", result.Past, names, fold, full, ref legend);
        WriteGroup(o, "Inferred mediators (processes rebuilt from event data; not reported)", result.Inferred, names, fold, full, ref legend);
        WriteGroup(o, "Structural candidates (channels to both sides; not reported mediators)", result.Structural, names, fold, full, ref legend);
        WriteGroup(o, "Involved in their own role (not mediators)", result.Involved, names, fold, full, ref legend);
        if (result.DirectTies.Length > 0)
        {
            o.WriteLine();
            o.WriteLine($"Direct channels between {names[0]} and {names[1]}:");
            foreach (var tie in result.DirectTies)
                o.WriteLine($"  {EvidenceText.Tie(tie)} {EvidenceFold.Refs(fold.CiteAll(tie.Evidence, "direct channel"))}");
        }
        EvidenceList.Write(o, fold, full);
        if (full && result.Explicit.Length + result.Past.Length + result.Inferred.Length + result.Structural.Length + result.Involved.Length > 0)
        {
            o.WriteLine();
            o.WriteLine(result.ScoreNote);
        }
    }

    /// <summary>One group's table with its legend (the SCORE line for every group, as each group scores
    /// differently; the TIE and ROLE lines under the first table only), its processes and, with -v, each
    /// entry's ties.</summary>
    private static void WriteGroup(TextWriter o, string title, IReadOnlyList<MediatorEntry> entries, string[] names, EvidenceFold fold, bool full,
        ref bool legend)
    {
        if (entries.Count == 0) return;
        o.WriteLine();
        o.WriteLine(title);
        var table = new TableWriter("ACTOR", "ROLE", "SCORE", "SINCE..LAST", "TIE A/B", "WHY") { MaxCellWidth = 160 };
        foreach (var e in entries)
        {
            var ties = string.Create(CultureInfo.InvariantCulture, $"{e.Components.Sides[0].Strength:0.##}/{e.Components.Sides[1].Strength:0.##}");
            table.Add(e.Name, e.Role, e.Score, Span(e.FirstEvidence, e.LastEvidence), ties, e.Description);
        }
        table.WriteTo(o);
        if (legend)
        {
            Legend.Write(o,
                ("SCORE", ScoreMeaning(entries[0].Group)),
                ("TIE A/B", $"its strongest cooperative tie to A = {names[0]} / to B = {names[1]}: strength x confidence, 0 = none"),
                ("ROLE", "brokerage position relative to the two sides; SINCE..LAST: first and last dated evidence"));
            legend = false;
        }
        else
        {
            Legend.Write(o, ("SCORE", ScoreMeaning(entries[0].Group)));
        }
        WriteProcesses(o, entries, fold);
        foreach (var e in entries)
        {
            var refs = e.Evidence.Select(t => (Tie: t, Refs: fold.CiteAll(t.Evidence, e.Name))).ToList();
            if (!full) continue;
            o.WriteLine($"  {e.Name} ({e.ActorId}), {e.Role}: {e.RoleBasis}");
            foreach (var (tie, numbers) in refs) o.WriteLine($"    {EvidenceText.Tie(tie)} [{tie.RelationId}] {EvidenceFold.Refs(numbers)}");
        }
    }

    /// <summary>Each process of the group once, with its mediators among the entries, its outcomes and its
    /// evidence references (the process's evidence is cited for each of those mediators).</summary>
    private static void WriteProcesses(TextWriter o, IReadOnlyList<MediatorEntry> entries, EvidenceFold fold)
    {
        var processes = entries.SelectMany(e => e.Processes).DistinctBy(p => p.Id).ToList();
        foreach (var p in processes)
        {
            var mediators = entries.Where(e => e.Processes.Any(q => q.Id == p.Id)).Select(e => e.Name).ToList();
            var refs = mediators.SelectMany(m => fold.CiteAll(p.Evidence, m)).Distinct().ToList();
            var when = p.When.ToString() is { Length: > 0 } w ? ", " + w : "";
            o.WriteLine($"  process {p.Name} ({EnumText.Name(p.Status)}{when}{(p.Current ? "" : ", past")}{(p.Inferred ? ", inferred" : "")}): " +
                        $"mediated by {string.Join(", ", mediators)} {EvidenceFold.Refs(refs)}");
            foreach (var outcome in p.Outcomes)
            {
                var date = outcome.Date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "undated";
                o.WriteLine($"    outcome ({date}): {outcome.Description} {EvidenceFold.Refs(fold.CiteAll(outcome.Evidence, p.Name))}");
            }
        }
    }

    private static string ScoreMeaning(MediatorGroup group) => group switch
    {
        MediatorGroup.StructuralCandidate => "0..1, ranks this group only: how strong its ties to both sides are, discounted by age",
        MediatorGroup.Involved => "0..1, ranks this group only: its reach among the mediators and its pressure on a side",
        _ => "0..1, ranks this group only: the process's confidence, its own ties to both sides, discounted by age",
    };

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
}
