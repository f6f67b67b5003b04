using System.Text;
using ActorGraph.Export.View;

namespace ActorGraph.Export.Dot;

/// <summary>Writes the legend: a box listing the actor shapes and tie styles that the drawing uses
/// (and only those), with node ids under <c>legend:</c> so they never collide with graph nodes.</summary>
internal static class DotLegend
{
    public static void Write(StringBuilder sb, ExportView view)
    {
        sb.Append("  subgraph ");
        DotString.Append(sb, "cluster_legend");
        sb.Append(" {\n    graph");
        DotAttributes.Open(sb).Add("label", "Legend").Add("fontsize", "11").Add("style", "rounded").Add("color", "#adb5bd").Close();

        foreach (var kind in view.Actors.Select(a => a.Kind).Distinct().Order())
        {
            sb.Append("    ");
            DotString.Append(sb, "legend:kind:" + DotStyle.KebabName(kind));
            DotAttributes.Open(sb).Add("label", DotStyle.DisplayName(kind)).Add("shape", DotStyle.ShapeOf(kind)).Close();
        }
        if (!view.Processes.IsEmpty)
        {
            sb.Append("    ");
            DotString.Append(sb, "legend:process");
            DotAttributes.Open(sb).Add("label", "mediation process").Add("shape", DotStyle.ProcessShape).Add("fillcolor", DotStyle.ProcessFill).Close();
        }
        if (view.Options.Focus is not null)
        {
            sb.Append("    ");
            DotString.Append(sb, "legend:focus:endpoint");
            DotAttributes.Open(sb).Add("label", "asked about").Add("shape", "box").Add("fillcolor", DotStyle.EndpointFill).Add("penwidth", 2.5).Close();
            sb.Append("    ");
            DotString.Append(sb, "legend:focus:mediator");
            DotAttributes.Open(sb).Add("label", "mediator between them").Add("shape", "box").Add("fillcolor", DotStyle.MediatorFill).Add("penwidth", 2).Close();
        }

        var looks = view.Relations.Select(DotStyle.For)
            .Concat(view.Processes.SelectMany(p => view.ParticipantsOf(p)).Select(p => DotStyle.For(p.Role)))
            .Distinct()
            .OrderBy(LookOrder);
        foreach (var look in looks) WriteEdgeSample(sb, look);
        sb.Append("  }\n");
    }

    private static int LookOrder(EdgeLook look) =>
        Array.IndexOf(
            new[] { DotStyle.Cooperative, DotStyle.Mediation, DotStyle.Coercive, DotStyle.Hostile, DotStyle.Structural, DotStyle.Party, DotStyle.Mediator },
            look);

    private static void WriteEdgeSample(StringBuilder sb, EdgeLook look)
    {
        var key = "legend:edge:" + look.Name.Replace(' ', '-');
        foreach (var end in new[] { ":from", ":to" })
        {
            sb.Append("    ");
            DotString.Append(sb, key + end);
            DotAttributes.Open(sb).Add("label", "").Add("shape", "point").Add("width", "0.05").Add("color", look.Color).Close();
        }
        sb.Append("    ");
        DotString.Append(sb, key + ":from");
        sb.Append(" -> ");
        DotString.Append(sb, key + ":to");
        DotAttributes.Open(sb).Add("label", look.Name).Add("color", look.Color).Add("fontcolor", look.Color)
            .Add("style", look.Style).Add("arrowhead", look.ArrowHead).Close();
    }
}
