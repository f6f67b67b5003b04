using System.Globalization;
using System.Text;
using ActorGraph.Core.Model;
using ActorGraph.Export.Text;
using ActorGraph.Export.View;
using ActorGraph.Core.Text;

namespace ActorGraph.Export.Dot;

/// <summary>Writes an actor graph as Graphviz DOT: actors shaped by kind and boxed by group, ties styled
/// by sign with kind and date on the label, mediation processes as their own nodes joined to parties
/// and mediators, and a legend.</summary>
/// <remarks>Output is deterministic: the same graph and options give the same bytes (ordinal sorting
/// by id, <c>\n</c> line ends, invariant numbers, no timestamps). Node ids are the actor id prefixed
/// with <c>a:</c> and the process id prefixed with <c>p:</c>, so they are stable across exports and
/// an actor and a process with the same id cannot collide. Cost O(V log V + E log E), streaming to the writer.</remarks>
public static class DotWriter
{
    private const int FlushAt = 1 << 16;

    /// <summary>The DOT text for <paramref name="graph"/>.</summary>
    public static string Write(ActorGraphData graph, ExportOptions? options = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(ExportView.Create(graph, options), writer);
        return writer.ToString();
    }

    /// <summary>Writes the DOT text for <paramref name="view"/> to <paramref name="writer"/>.</summary>
    public static void Write(ExportView view, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(writer);
        var sb = new StringBuilder(FlushAt + 4096);
        var options = view.Options;

        sb.Append("// Written by ActorGraph (actorgraph export dot). Render with: dot -K")
          .Append(EngineName(options.Layout)).Append(" -Tsvg -o graph.svg THIS_FILE\n");
        sb.Append("digraph ");
        DotString.Append(sb, "actorgraph");
        sb.Append(" {\n");
        WriteGraphAttributes(sb, view);

        WriteActors(sb, writer, view);
        foreach (var process in view.Processes)
        {
            WriteProcess(sb, view, process);
            Flush(sb, writer);
        }
        foreach (var relation in view.Relations)
        {
            WriteRelation(sb, view, relation);
            Flush(sb, writer);
        }
        foreach (var process in view.Processes)
        {
            WriteProcessLinks(sb, view, process);
            Flush(sb, writer);
        }
        sb.Append("}\n");
        writer.Write(sb);
    }

    /// <summary>The Graphviz program name of a layout.</summary>
    public static string EngineName(LayoutEngine engine) => engine switch
    {
        LayoutEngine.Neato => "neato",
        LayoutEngine.Sfdp => "sfdp",
        LayoutEngine.Fdp => "fdp",
        LayoutEngine.Circo => "circo",
        _ => "dot",
    };

    /// <summary>True when the layout keeps cluster subgraphs together and apart (dot, fdp). neato draws the
    /// boxes around wherever its forces put the members, so boxes overlap and hold other actors (measured
    /// with Graphviz 2.43; its ipsep mode, which honours clusters, crashes on graphs of 100 nodes); sfdp and
    /// circo draw none. With those the groups are shown by fill colour and named in the legend instead.</summary>
    public static bool DrawsGroupBoxes(LayoutEngine engine) => engine is LayoutEngine.Dot or LayoutEngine.Fdp;

    /// <summary>The node id of an actor.</summary>
    public static string ActorNodeId(string actorId) => "a:" + actorId;

    /// <summary>The node id of a process.</summary>
    public static string ProcessNodeId(string processId) => "p:" + processId;

    private static void Flush(StringBuilder sb, TextWriter writer)
    {
        if (sb.Length < FlushAt) return;
        writer.Write(sb);
        sb.Clear();
    }

    private static void WriteGraphAttributes(StringBuilder sb, ExportView view)
    {
        var options = view.Options;
        sb.Append("  graph");
        var attrs = DotAttributes.Open(sb)
            .Add("charset", "UTF-8")
            .Add("layout", EngineName(options.Layout))
            .AddHtml("label", DotLegend.Label(view, options.Title ?? DefaultTitle(view)))
            .Add("labelloc", "t")
            .Add("labeljust", "l")
            .Add("fontname", "Helvetica")
            .Add("fontsize", "14");
        attrs = options.Layout switch
        {
            // newrank: without it graphviz 2.43 fails with "trouble in init_rank" on many graphs whose
            // clusters are joined by edges (found on generated 50-actor graphs).
            LayoutEngine.Dot => attrs.Add("rankdir", "LR").Add("newrank", "true").Add("nodesep", "0.3").Add("ranksep", "0.6"),
            _ => attrs.Add("overlap", "prism").Add("outputorder", "edgesfirst"),
        };
        attrs.Close();
        sb.Append("  node");
        DotAttributes.Open(sb).Add("fontname", "Helvetica").Add("fontsize", "10").Add("style", "filled").Add("fillcolor", "#ffffff").Close();
        sb.Append("  edge");
        DotAttributes.Open(sb).Add("fontname", "Helvetica").Add("fontsize", "8").Close();
    }

    private static string DefaultTitle(ExportView view)
    {
        var options = view.Options;
        var title = new StringBuilder("ActorGraph: ")
            .Append(Count(view.Actors.Length, "actor")).Append(", ")
            .Append(Count(view.Relations.Length, "relation")).Append(", ")
            .Append(Count(view.Processes.Length, "mediation process", "mediation processes"));
        if (options.AsOf is { } asOf)
            title.Append("; as of ").Append(asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (options.Focus is { Endpoints.Length: > 0 } focus)
        {
            var names = focus.Endpoints.Select(id => view.Graph.FindActor(id)?.Name ?? id);
            title.Append("; focus: ").Append(string.Join(" and ", names));
        }
        return title.ToString();
    }

    private static string Count(int n, string one, string? many = null) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many ?? one + "s");

    private static void WriteActors(StringBuilder sb, TextWriter writer, ExportView view)
    {
        var options = view.Options;
        switch (DrawsGroupBoxes(options.Layout) ? options.Group : GroupMode.None)
        {
            case GroupMode.Kind:
                foreach (var group in view.Actors.GroupBy(a => a.Kind).OrderBy(g => g.Key))
                {
                    var kind = group.Key;
                    OpenGroup(sb, "cluster_kind_" + DotStyle.KebabName(kind), DotStyle.DisplayName(kind), null);
                    foreach (var actor in group) { WriteActor(sb, view, actor, "    "); Flush(sb, writer); }
                    sb.Append("  }\n");
                }
                break;
            case GroupMode.Cluster:
                var degrees = ClusterNames.Degrees(view);
                var grouped = view.Actors.GroupBy(a => view.ClusterOf(a.Id)).OrderBy(g => g.Key ?? int.MaxValue);
                foreach (var group in grouped)
                {
                    if (group.Key is not { } cluster)
                    {
                        foreach (var actor in group) { WriteActor(sb, view, actor, "  "); Flush(sb, writer); }
                        continue;
                    }
                    var number = cluster.ToString(CultureInfo.InvariantCulture);
                    OpenGroup(sb, "cluster_c" + number, ClusterNames.Name(degrees, group), DotStyle.ClusterFill(cluster));
                    foreach (var actor in group) { WriteActor(sb, view, actor, "    "); Flush(sb, writer); }
                    sb.Append("  }\n");
                }
                break;
            default:
                foreach (var actor in view.Actors) { WriteActor(sb, view, actor, "  "); Flush(sb, writer); }
                break;
        }
    }

    private static void OpenGroup(StringBuilder sb, string id, string label, string? fill)
    {
        sb.Append("  subgraph ");
        DotString.Append(sb, id);
        sb.Append(" {\n    graph");
        var attrs = DotAttributes.Open(sb).Add("label", label).Add("fontsize", "11").Add("color", "#adb5bd");
        (fill is null ? attrs.Add("style", "rounded,dashed") : attrs.Add("style", "rounded,filled").Add("fillcolor", fill)).Close();
    }

    private static void WriteActor(StringBuilder sb, ExportView view, Actor actor, string indent)
    {
        sb.Append(indent);
        DotString.Append(sb, ActorNodeId(actor.Id));
        var attrs = DotAttributes.Open(sb)
            .Add("label", actor.Name)
            .Add("shape", DotStyle.ShapeOf(actor.Kind))
            .Add("tooltip", Tooltip(actor));
        switch (view.FocusOf(actor.Id))
        {
            case FocusLevel.Endpoint:
                attrs = attrs.Add("fillcolor", DotStyle.EndpointFill).Add("penwidth", 2.5);
                break;
            case FocusLevel.Mediator:
                attrs = attrs.Add("fillcolor", DotStyle.MediatorFill).Add("penwidth", 2);
                break;
            case FocusLevel.Context:
                attrs = attrs.Add("color", DotStyle.ContextColor).Add("fontcolor", "#868e96");
                break;
            default:
                if (view.Options.Group == GroupMode.Cluster && view.ClusterOf(actor.Id) is { } c)
                    attrs = attrs.Add("fillcolor", DotStyle.ClusterFill(c));
                break;
        }
        attrs.Close();
    }

    private static string Tooltip(Actor actor)
    {
        var tip = new StringBuilder(actor.Name).Append(" (").Append(actor.Id).Append(")\n")
            .Append(DotStyle.DisplayName(actor.Kind));
        if (!string.IsNullOrEmpty(actor.Country)) tip.Append(", ").Append(actor.Country);
        if (!actor.Aliases.IsEmpty) tip.Append("\nalso: ").AppendJoin(", ", actor.Aliases);
        if (!string.IsNullOrEmpty(actor.Description)) tip.Append('\n').Append(actor.Description);
        return tip.ToString();
    }

    private static void WriteProcess(StringBuilder sb, ExportView view, MediationProcess process)
    {
        sb.Append("  ");
        DotString.Append(sb, ProcessNodeId(process.Id));
        var label = process.Name + "\n" + EnumText.Name(process.Status);
        var when = process.When.ToString();
        if (when.Length > 0) label += ", " + when;
        var past = view.IsPast(process);
        var tip = new StringBuilder(process.Name).Append(" (").Append(process.Id).Append(')');
        if (past) tip.Append(process.When.End is null ? "\nover: its status says so (no end date on record)" : "\nover by " + DotLegend.Date(view.ReferenceDate));
        if (!process.Topics.IsEmpty) tip.Append("\ntopics: ").AppendJoin(", ", process.Topics);
        if (process.Inferred) tip.Append("\ninferred from event data");
        var attrs = DotAttributes.Open(sb)
            .Add("label", label)
            .Add("shape", DotStyle.ProcessShape)
            .Add("tooltip", tip.ToString());
        attrs = view.IsContext(process)
            ? attrs.Add("color", DotStyle.ContextColor).Add("fontcolor", "#868e96")
            : attrs.Add("fillcolor", DotStyle.ProcessFill);
        (past ? attrs.Add("style", "filled,dashed") : attrs).Close();
    }

    private static void WriteRelation(StringBuilder sb, ExportView view, Relation relation)
    {
        var look = DotStyle.For(relation);
        var context = view.IsContext(relation);
        var color = context ? DotStyle.ContextColor : look.Color;
        sb.Append("  ");
        DotString.Append(sb, ActorNodeId(relation.Source));
        sb.Append(" -> ");
        DotString.Append(sb, ActorNodeId(relation.Target));
        var strength = ExportText.Strength(relation);
        DotAttributes.Open(sb)
            .Add("label", EdgeLabel(relation))
            .Add("color", color)
            .Add("fontcolor", context ? "#868e96" : look.Color)
            .Add("style", look.Style)
            .Add("arrowhead", look.ArrowHead)
            .AddIf("dir", relation.Kind.Directed ? null : "none")
            .Add("penwidth", 1 + (2 * strength))
            .Add("tooltip", relation.Evidence.IsEmpty
                ? relation.Id
                : relation.Id + "\n" + string.Join("\n", relation.Evidence.Select(ExportText.EvidenceLine)))
            .Close();
    }

    private static string EdgeLabel(Relation relation)
    {
        var label = relation.Kind.Name;
        if (relation.Modality != Modality.Reported) label += " (" + EnumText.Name(relation.Modality) + ")";
        var when = relation.When.ToString();
        return when.Length == 0 ? label : label + "\n" + when;
    }

    private static void WriteProcessLinks(StringBuilder sb, ExportView view, MediationProcess process)
    {
        var context = view.IsContext(process);
        foreach (var (actorId, role) in view.ParticipantsOf(process))
        {
            var look = DotStyle.For(role);
            sb.Append("  ");
            // Mediators point into the process, the process to its parties: in 'dot' layout the
            // mediators then sit before the process and the parties after it.
            if (role == ProcessRole.Mediator)
            {
                DotString.Append(sb, ActorNodeId(actorId));
                sb.Append(" -> ");
                DotString.Append(sb, ProcessNodeId(process.Id));
            }
            else
            {
                DotString.Append(sb, ProcessNodeId(process.Id));
                sb.Append(" -> ");
                DotString.Append(sb, ActorNodeId(actorId));
            }
            DotAttributes.Open(sb)
                .Add("color", context ? DotStyle.ContextColor : look.Color)
                .Add("style", look.Style)
                .Add("arrowhead", look.ArrowHead)
                .Add("tooltip", role == ProcessRole.Mediator ? "mediator" : "party")
                .Close();
        }
    }
}
