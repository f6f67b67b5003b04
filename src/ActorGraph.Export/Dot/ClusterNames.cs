using System.Globalization;
using ActorGraph.Core.Model;
using ActorGraph.Export.View;

namespace ActorGraph.Export.Dot;

/// <summary>Names a cluster by its members, so a drawing says "Hamas, Qatar +3" instead of "cluster 2":
/// the two members with the most ties in the drawing (ties broken by name), then how many more there are.</summary>
public static class ClusterNames
{
    /// <summary>How many members a name lists before "+N".</summary>
    public const int Shown = 2;

    /// <summary>Ties per actor in <paramref name="view"/>, computed once for all clusters. Cost O(V + E).</summary>
    public static IReadOnlyDictionary<string, int> Degrees(ExportView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var degree = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in view.Relations)
        {
            degree[r.Source] = degree.GetValueOrDefault(r.Source) + 1;
            degree[r.Target] = degree.GetValueOrDefault(r.Target) + 1;
        }
        return degree;
    }

    /// <summary>The name of the cluster made of <paramref name="members"/>, given each actor's ties
    /// (<see cref="Degrees"/>). Cost O(m log m) for m members.</summary>
    public static string Name(IReadOnlyDictionary<string, int> degrees, IEnumerable<Actor> members)
    {
        ArgumentNullException.ThrowIfNull(degrees);
        ArgumentNullException.ThrowIfNull(members);
        var list = members.ToList();
        var top = list.OrderByDescending(a => degrees.GetValueOrDefault(a.Id)).ThenBy(a => a.Name, StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal)
            .Take(Shown).Select(a => a.Name);
        var name = string.Join(", ", top);
        return list.Count > Shown ? name + " +" + (list.Count - Shown).ToString(CultureInfo.InvariantCulture) : name;
    }
}
