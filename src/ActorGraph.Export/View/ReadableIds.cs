using System.Globalization;
using System.Text;
using System.Xml;

namespace ActorGraph.Export.View;

/// <summary>Element ids for the XML graph formats (GraphML, GEXF) that other tools show to people:
/// an actor is its own id (<c>hamas</c>), a process is <c>process:</c> and its id, an edge is
/// <c>e1</c>, <c>e2</c>... in the view's order. Each id is an XML name token, so characters that are
/// not allowed in one become <c>_</c> (never <c>_x007E_</c>-style escapes), and an id that would
/// collide with an earlier one gets <c>-2</c>, <c>-3</c>... The original ids stay in the
/// <c>actorgraph_id</c> attribute.</summary>
/// <remarks>Deterministic for a view, because the view is sorted. Cost O(V + E).</remarks>
public sealed class ReadableIds
{
    private readonly Dictionary<string, string> _actors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _processes = new(StringComparer.Ordinal);

    /// <summary>Assigns ids to every actor and process in <paramref name="view"/>.</summary>
    public ReadableIds(ExportView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var actor in view.Actors) _actors[actor.Id] = Unique(Token(actor.Id), taken);
        foreach (var process in view.Processes) _processes[process.Id] = Unique("process:" + Token(process.Id), taken);
    }

    /// <summary>The element id of an actor of the view.</summary>
    public string Actor(string actorId) => _actors[actorId];

    /// <summary>The element id of a process of the view.</summary>
    public string Process(string processId) => _processes[processId];

    /// <summary>The id of the <paramref name="index"/>-th edge (0-based): <c>e1</c> for the first.</summary>
    public static string Edge(int index) => "e" + (index + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary><paramref name="id"/> with every character that an XML name token may not hold replaced by <c>_</c>.</summary>
    public static string Token(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.Length == 0) return "_";
        var sb = new StringBuilder(id.Length);
        foreach (var c in id) sb.Append(XmlConvert.IsNCNameChar(c) || c == ':' ? c : '_');
        return sb.ToString();
    }

    private static string Unique(string candidate, HashSet<string> taken)
    {
        if (taken.Add(candidate)) return candidate;
        for (var n = 2; ; n++)
        {
            var next = candidate + "-" + n.ToString(CultureInfo.InvariantCulture);
            if (taken.Add(next)) return next;
        }
    }
}
