using System.Collections.Immutable;

namespace ActorGraph.Analysis.Components;

/// <summary>A partition of a graph's vertices into components.</summary>
/// <param name="Membership">Component number per vertex; components are numbered 0.. in order of their first vertex.</param>
/// <param name="Count">Number of components.</param>
/// <param name="Sizes">Vertices per component.</param>
public sealed record ComponentResult(ImmutableArray<int> Membership, int Count, ImmutableArray<int> Sizes)
{
    /// <summary>Size of the largest component (0 for an empty graph).</summary>
    public int LargestSize => Sizes.IsEmpty ? 0 : Sizes.Max();

    internal static ComponentResult FromLabels(int[] labels)
    {
        // Renumber arbitrary labels 0.. by first appearance, so results compare across implementations.
        var map = new Dictionary<int, int>();
        var sizes = new List<int>();
        var membership = new int[labels.Length];
        for (var v = 0; v < labels.Length; v++)
        {
            if (!map.TryGetValue(labels[v], out var c))
            {
                c = map.Count;
                map[labels[v]] = c;
                sizes.Add(0);
            }
            membership[v] = c;
            sizes[c]++;
        }
        return new ComponentResult(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(membership), map.Count, [.. sizes]);
    }
}
