namespace ActorGraph.Analysis.Clusters;

/// <summary>Leiden's refinement: inside each community of a partition, start from singletons and merge
/// each still-single, well-connected node into a well-connected sub-community of the same community,
/// chosen at random with probability ∝ exp(gain/θ) among those with non-negative gain.</summary>
/// <remarks>A node only joins a sub-community it has a cooperative tie to, so every refined
/// sub-community is connected through cooperative ties; that is what makes Leiden's clusters connected.
/// "Well-connected" (Traag et al. 2019, with modularity's null model): the cooperative strength from a
/// set T to the rest of its community S is at least γ K⁺_T (K⁺_S − K⁺_T) / 2m⁺. Cost O(E).</remarks>
internal static class Refinement
{
    /// <summary>Returns the refined membership (ids are node ids of the sub-communities' first member).</summary>
    public static int[] Run(SignedGraph g, int[] membership, Objective objective, double randomness, SeededRandom rng)
    {
        var n = g.NodeCount;
        var refined = new int[n];
        var size = new int[n];
        var kp = new double[n];
        var external = new double[n];
        var communityKp = new double[n];
        for (var v = 0; v < n; v++)
        {
            refined[v] = v;
            size[v] = 1;
            kp[v] = g.PosDeg[v];
            communityKp[membership[v]] += kp[v];
            for (var e = g.PosOffsets[v]; e < g.PosOffsets[v + 1]; e++)
            {
                if (membership[g.PosTargets[e]] == membership[v]) external[v] += g.PosWeights[e];
            }
        }

        var order = new int[n];
        for (var i = 0; i < n; i++) order[i] = i;
        rng.Shuffle(order);

        var wp = new double[n];
        var wn = new double[n];
        var touched = new int[n];
        var isTouched = new bool[n];
        var candidates = new List<(int Community, double Gain)>();

        foreach (var v in order)
        {
            if (refined[v] != v || size[v] != 1) continue; // already merged with others
            var s = membership[v];
            var kpv = kp[v];
            if (external[v] < objective.PosScale * kpv * (communityKp[s] - kpv)) continue;

            var touchedCount = 0;
            for (var e = g.PosOffsets[v]; e < g.PosOffsets[v + 1]; e++)
            {
                var u = g.PosTargets[e];
                if (membership[u] != s) continue;
                var c = refined[u];
                if (!isTouched[c])
                {
                    isTouched[c] = true;
                    touched[touchedCount++] = c;
                }
                wp[c] += g.PosWeights[e];
            }
            for (var e = g.NegOffsets[v]; e < g.NegOffsets[v + 1]; e++)
            {
                var u = g.NegTargets[e];
                if (membership[u] != s) continue;
                var c = refined[u];
                if (!isTouched[c])
                {
                    isTouched[c] = true;
                    touched[touchedCount++] = c;
                }
                wn[c] += g.NegWeights[e];
            }

            candidates.Clear();
            candidates.Add((v, 0.0)); // staying alone
            var maxGain = 0.0;
            for (var t = 0; t < touchedCount; t++)
            {
                var c = touched[t];
                if (c == v || wp[c] <= 0) continue;
                if (external[c] < objective.PosScale * kp[c] * (communityKp[s] - kp[c])) continue;
                var gain = objective.Gain(wp[c], wn[c], kpv, kp[c]);
                if (gain < 0) continue;
                candidates.Add((c, gain));
                maxGain = Math.Max(maxGain, gain);
            }

            var chosen = v;
            if (candidates.Count > 1)
            {
                var total = 0.0;
                foreach (var (_, gain) in candidates) total += Math.Exp((gain - maxGain) / randomness);
                var r = rng.NextDouble() * total;
                foreach (var (c, gain) in candidates)
                {
                    chosen = c;
                    r -= Math.Exp((gain - maxGain) / randomness);
                    if (r < 0) break;
                }
            }

            if (chosen != v)
            {
                var w = wp[chosen];
                refined[v] = chosen;
                size[chosen]++;
                size[v] = 0;
                kp[chosen] += kpv;
                external[chosen] += external[v] - 2 * w;
            }
            for (var t = 0; t < touchedCount; t++)
            {
                var c = touched[t];
                wp[c] = 0;
                wn[c] = 0;
                isTouched[c] = false;
            }
        }
        return refined;
    }
}
