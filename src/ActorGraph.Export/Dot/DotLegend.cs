using System.Text;
using ActorGraph.Export.View;

namespace ActorGraph.Export.Dot;

/// <summary>The drawing's header: the title and, unless turned off, a compact legend of the actor shapes
/// and tie styles the drawing uses (and only those), written as the graph's own HTML-like label.</summary>
/// <remarks>Graphviz places the graph label outside the laid-out graph in every layout (dot, neato, fdp,
/// sfdp, circo), so the legend can never cover a node or an edge, whatever the layout; a legend made of
/// nodes (as before) is laid out with the graph and lands on it in the force-directed layouts. Entries
/// are words and line samples in the tie's colour, a few rows of small type.</remarks>
internal static class DotLegend
{
    private const int PerRow = 7;

    /// <summary>The HTML-like label (without the enclosing <c>&lt;&gt;</c>).</summary>
    public static string Label(ExportView view, string title)
    {
        var sb = new StringBuilder("<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">");
        sb.Append("<TR><TD><FONT POINT-SIZE=\"14\">").Append(DotHtml.Escape(title)).Append("</FONT></TD></TR>");
        if (view.Options.Legend)
        {
            var shapes = view.Actors.Select(a => a.Kind).Distinct().Order()
                .Select(k => Plain(DotStyle.DisplayName(k) + " (" + DotStyle.ShapeOf(k) + ")")).ToList();
            if (!view.Processes.IsEmpty)
                shapes.Add(Plain("mediation process (" + DotStyle.ProcessShape
                    + (view.Processes.Any(view.IsPast) ? "; dashed: over by " + Date(view.ReferenceDate) : "") + ")"));
            if (view.Options.Focus is not null)
            {
                shapes.Add(Filled(DotStyle.EndpointFill, "asked about"));
                shapes.Add(Filled(DotStyle.MediatorFill, "mediator between them"));
            }
            var ties = view.Relations.Select(DotStyle.For)
                .Concat(view.Processes.SelectMany(p => view.ParticipantsOf(p)).Select(p => DotStyle.For(p.Role)))
                .Distinct()
                .OrderBy(LookOrder)
                .Select(Sample)
                .ToList();
            Rows(sb, shapes);
            Rows(sb, ties);
            Rows(sb, Groups(view));
        }
        return sb.Append("</TABLE>").ToString();
    }

    /// <summary>"2024-12-01", or "its end" when nothing is dated.</summary>
    public static string Date(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "its end";

    /// <summary>Where the layout draws no group boxes (<see cref="DotWriter.DrawsGroupBoxes"/>): a note saying
    /// so, and each cluster's fill colour with its name.</summary>
    private static List<string> Groups(ExportView view)
    {
        var layout = DotWriter.EngineName(view.Options.Layout);
        if (view.Options.Group == GroupMode.None || DotWriter.DrawsGroupBoxes(view.Options.Layout)) return [];
        if (view.Options.Group == GroupMode.Kind)
            return [Plain($"{layout} keeps no groups apart: kinds are shown by shape, not boxes (boxes: --layout dot or fdp)")];
        var degrees = ClusterNames.Degrees(view);
        var entries = new List<string> { Plain($"{layout} keeps no groups apart: clusters by fill colour (boxes: --layout dot or fdp):") };
        foreach (var group in view.Actors.Where(a => view.ClusterOf(a.Id) is not null).GroupBy(a => view.ClusterOf(a.Id)!.Value).OrderBy(g => g.Key))
            entries.Add(Filled(DotStyle.ClusterFill(group.Key), ClusterNames.Name(degrees, group)));
        return entries;
    }

    private static void Rows(StringBuilder sb, List<string> entries)
    {
        for (var i = 0; i < entries.Count; i += PerRow)
        {
            sb.Append("<TR><TD><FONT POINT-SIZE=\"7\">")
              .AppendJoin(" &#160; &#160; ", entries.Skip(i).Take(PerRow))
              .Append("</FONT></TD></TR>");
        }
    }

    private static string Plain(string text) => DotHtml.Escape(text);

    private static string Filled(string color, string text) =>
        "<FONT COLOR=\"" + color + "\">&#9608;&#9608;</FONT> " + DotHtml.Escape(text);

    private static int LookOrder(EdgeLook look) =>
        Array.IndexOf(
            new[] { DotStyle.Cooperative, DotStyle.Mediation, DotStyle.Coercive, DotStyle.Hostile, DotStyle.Structural, DotStyle.Party, DotStyle.Mediator },
            look);

    /// <summary>A line sample in the tie's colour and dash pattern, then its name.</summary>
    private static string Sample(EdgeLook look)
    {
        var line = look.Style switch
        {
            "dashed" => "- - - -",
            "dotted" => "&#183; &#183; &#183; &#183;",
            "bold" => "<B>&#8212;&#8212;&#8212;</B>",
            _ => "&#8212;&#8212;&#8212;",
        };
        return "<FONT COLOR=\"" + look.Color + "\">" + line + " " + DotHtml.Escape(look.Name) + "</FONT>";
    }
}
