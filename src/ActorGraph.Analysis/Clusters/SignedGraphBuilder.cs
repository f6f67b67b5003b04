namespace ActorGraph.Analysis.Clusters;

/// <summary>Collects signed, weighted, undirected edges and builds a <see cref="SignedGraph"/>.</summary>
/// <remarks>Several edges between the same pair in the same layer are summed into one (the collapsed
/// tie); self-loops and non-positive weights are ignored (an actor is not its own ally or enemy; a
/// zero-strength tie says nothing). Building is O(V + E log d) for sorting each row, d the degree.</remarks>
public sealed class SignedGraphBuilder
{
    private readonly int _nodeCount;
    private readonly List<(int U, int V, double W)> _positive;
    private readonly List<(int U, int V, double W)> _negative = [];

    /// <summary>Starts a graph with <paramref name="nodeCount"/> nodes and no edges.</summary>
    public SignedGraphBuilder(int nodeCount) : this(nodeCount, 0)
    {
    }

    /// <summary>Starts a graph with <paramref name="nodeCount"/> nodes and room for <paramref name="positiveCapacity"/>
    /// cooperative edges, so that a large graph's edge list is not regrown (and briefly held twice) while it is filled.</summary>
    public SignedGraphBuilder(int nodeCount, int positiveCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeCount);
        ArgumentOutOfRangeException.ThrowIfNegative(positiveCapacity);
        _nodeCount = nodeCount;
        _positive = new List<(int U, int V, double W)>(positiveCapacity);
    }

    /// <summary>Adds a cooperative tie of strength <paramref name="weight"/> between two nodes.</summary>
    public SignedGraphBuilder AddPositive(int u, int v, double weight) => Add(_positive, u, v, weight);

    /// <summary>Adds a hostile tie of strength <paramref name="weight"/> between two nodes.</summary>
    public SignedGraphBuilder AddNegative(int u, int v, double weight) => Add(_negative, u, v, weight);

    private SignedGraphBuilder Add(List<(int, int, double)> list, int u, int v, double weight)
    {
        if ((uint)u >= (uint)_nodeCount) throw new ArgumentOutOfRangeException(nameof(u), u, "node out of range");
        if ((uint)v >= (uint)_nodeCount) throw new ArgumentOutOfRangeException(nameof(v), v, "node out of range");
        if (!double.IsFinite(weight)) throw new ArgumentOutOfRangeException(nameof(weight), weight, "weight must be finite");
        if (u != v && weight > 0) list.Add((u, v, weight));
        return this;
    }

    /// <summary>Builds the immutable graph.</summary>
    public SignedGraph Build()
    {
        var (po, pt, pw, pd) = BuildLayer(_nodeCount, _positive);
        var (no, nt, nw, nd) = BuildLayer(_nodeCount, _negative);
        return new SignedGraph(po, pt, pw, no, nt, nw, pd, nd);
    }

    /// <summary>Builds one symmetric CSR layer, merging duplicate pairs by summing their weights.</summary>
    internal static (int[] Offsets, int[] Targets, double[] Weights, double[] Degrees) BuildLayer(
        int n, List<(int U, int V, double W)> edges)
    {
        var count = new int[n + 1];
        foreach (var (u, v, _) in edges)
        {
            count[u + 1]++;
            count[v + 1]++;
        }
        for (var i = 0; i < n; i++) count[i + 1] += count[i];
        var fill = (int[])count.Clone();
        var rawTargets = new int[count[n]];
        var rawWeights = new double[count[n]];
        foreach (var (u, v, w) in edges)
        {
            rawTargets[fill[u]] = v;
            rawWeights[fill[u]++] = w;
            rawTargets[fill[v]] = u;
            rawWeights[fill[v]++] = w;
        }

        // Sort each row by target and merge duplicates in place, then compact.
        var offsets = new int[n + 1];
        var degrees = new double[n];
        var write = 0;
        for (var i = 0; i < n; i++)
        {
            var start = count[i];
            var len = count[i + 1] - start;
            Array.Sort(rawTargets, rawWeights, start, len);
            offsets[i] = write;
            for (var k = start; k < start + len; k++)
            {
                if (write > offsets[i] && rawTargets[write - 1] == rawTargets[k])
                {
                    rawWeights[write - 1] += rawWeights[k];
                }
                else
                {
                    rawTargets[write] = rawTargets[k];
                    rawWeights[write++] = rawWeights[k];
                }
                degrees[i] += rawWeights[k];
            }
        }
        offsets[n] = write;
        if (write < rawTargets.Length)
        {
            Array.Resize(ref rawTargets, write);
            Array.Resize(ref rawWeights, write);
        }
        return (offsets, rawTargets, rawWeights, degrees);
    }
}
