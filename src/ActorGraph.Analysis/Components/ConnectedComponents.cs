using ActorGraph.Analysis.Projection;

namespace ActorGraph.Analysis.Components;

/// <summary>Weakly and strongly connected components of a <see cref="CompactGraph"/>. Both iterative (no
/// recursion), so they run on graphs of any size without overflowing the stack.</summary>
public static class ConnectedComponents
{
    /// <summary>Weakly connected components (edge direction ignored): union-find with path halving and
    /// union by size. O(E α(V)) time, O(V) extra memory.</summary>
    public static ComponentResult Weak(CompactGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.VertexCount;
        var parent = new int[n];
        var size = new int[n];
        for (var v = 0; v < n; v++) { parent[v] = v; size[v] = 1; }
        var targets = graph.Targets;
        var offsets = graph.Offsets;
        for (var u = 0; u < n; u++)
        {
            for (var e = offsets[u]; e < offsets[u + 1]; e++)
            {
                var a = Find(parent, u);
                var b = Find(parent, targets[e]);
                if (a == b) continue;
                if (size[a] < size[b]) (a, b) = (b, a);
                parent[b] = a;
                size[a] += size[b];
            }
        }
        var labels = new int[n];
        for (var v = 0; v < n; v++) labels[v] = Find(parent, v);
        return ComponentResult.FromLabels(labels);
    }

    private static int Find(int[] parent, int v)
    {
        while (parent[v] != v)
        {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }

    /// <summary>Strongly connected components: Tarjan's algorithm with an explicit stack of (vertex, next edge).
    /// O(V + E) time, O(V) extra memory.</summary>
    public static ComponentResult Strong(CompactGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.VertexCount;
        var index = new int[n];
        Array.Fill(index, -1);
        var low = new int[n];
        var onStack = new bool[n];
        var labels = new int[n];
        var stack = new int[n];
        var callVertex = new int[n];
        var callEdge = new int[n];
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        int stackTop = 0, counter = 0, component = 0;
        for (var root = 0; root < n; root++)
        {
            if (index[root] >= 0) continue;
            var depth = 0;
            callVertex[0] = root;
            callEdge[0] = offsets[root];
            index[root] = low[root] = counter++;
            stack[stackTop++] = root;
            onStack[root] = true;
            while (depth >= 0)
            {
                var u = callVertex[depth];
                var e = callEdge[depth];
                if (e < offsets[u + 1])
                {
                    callEdge[depth] = e + 1;
                    var v = targets[e];
                    if (index[v] < 0)
                    {
                        index[v] = low[v] = counter++;
                        stack[stackTop++] = v;
                        onStack[v] = true;
                        depth++;
                        callVertex[depth] = v;
                        callEdge[depth] = offsets[v];
                    }
                    else if (onStack[v] && index[v] < low[u])
                    {
                        low[u] = index[v];
                    }
                    continue;
                }
                if (low[u] == index[u])
                {
                    int w;
                    do
                    {
                        w = stack[--stackTop];
                        onStack[w] = false;
                        labels[w] = component;
                    } while (w != u);
                    component++;
                }
                depth--;
                if (depth >= 0)
                {
                    var parentVertex = callVertex[depth];
                    if (low[u] < low[parentVertex]) low[parentVertex] = low[u];
                }
            }
        }
        return ComponentResult.FromLabels(labels);
    }
}
