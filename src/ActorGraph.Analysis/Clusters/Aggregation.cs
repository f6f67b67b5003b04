namespace ActorGraph.Analysis.Clusters;

/// <summary>Collapses each group of nodes into one node: the edges between groups are summed, the
/// edges inside a group disappear from the rows but stay in the node's degree (so the null model of
/// the next level is the same as the original's). Cost O(V + E).</summary>
internal static class Aggregation
{
    /// <summary>Aggregates <paramref name="g"/> by <paramref name="groupOf"/> (ids 0..groupCount-1).</summary>
    public static SignedGraph Run(SignedGraph g, int[] groupOf, int groupCount)
    {
        var n = g.NodeCount;
        var start = new int[groupCount + 1];
        foreach (var c in groupOf) start[c + 1]++;
        for (var c = 0; c < groupCount; c++) start[c + 1] += start[c];
        var fill = (int[])start.Clone();
        var members = new int[n];
        for (var v = 0; v < n; v++) members[fill[groupOf[v]]++] = v;

        var posDeg = new double[groupCount];
        var negDeg = new double[groupCount];
        for (var v = 0; v < n; v++)
        {
            posDeg[groupOf[v]] += g.PosDeg[v];
            negDeg[groupOf[v]] += g.NegDeg[v];
        }

        var acc = new double[groupCount];
        var touched = new int[groupCount];
        var isTouched = new bool[groupCount];
        var (po, pt, pw) = Layer(g.PosOffsets, g.PosTargets, g.PosWeights);
        var (no, nt, nw) = Layer(g.NegOffsets, g.NegTargets, g.NegWeights);
        return new SignedGraph(po, pt, pw, no, nt, nw, posDeg, negDeg);

        (int[], int[], double[]) Layer(int[] offsets, int[] targets, double[] weights)
        {
            var outOffsets = new int[groupCount + 1];
            var outTargets = new int[targets.Length];
            var outWeights = new double[targets.Length];
            var write = 0;
            for (var c = 0; c < groupCount; c++)
            {
                outOffsets[c] = write;
                var touchedCount = 0;
                for (var i = start[c]; i < start[c + 1]; i++)
                {
                    var v = members[i];
                    for (var e = offsets[v]; e < offsets[v + 1]; e++)
                    {
                        var d = groupOf[targets[e]];
                        if (d == c) continue;
                        if (!isTouched[d])
                        {
                            isTouched[d] = true;
                            touched[touchedCount++] = d;
                        }
                        acc[d] += weights[e];
                    }
                }
                for (var t = 0; t < touchedCount; t++)
                {
                    var d = touched[t];
                    outTargets[write] = d;
                    outWeights[write++] = acc[d];
                    acc[d] = 0;
                    isTouched[d] = false;
                }
            }
            outOffsets[groupCount] = write;
            return (outOffsets, outTargets[..write], outWeights[..write]);
        }
    }
}
