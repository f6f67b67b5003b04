namespace ActorGraph.Analysis.Clusters;

/// <summary>Leiden's fast local moving: visit nodes from a queue (initially every node, in seeded random
/// order); move each to the neighbouring community with the best positive gain; after a move, requeue
/// the neighbours whose best choice may have changed. Louvain uses it too.</summary>
/// <remarks>A node only considers communities it reaches through a cooperative tie, or a new empty
/// community; hostile ties only lower gains. Cost O(E) per sweep of the queue, typically a few sweeps.</remarks>
internal static class LocalMoving
{
    /// <summary>Improves <paramref name="membership"/> (community ids below the node count) in place;
    /// returns true when some node moved.</summary>
    public static bool Run(SignedGraph g, int[] membership, Objective objective, SeededRandom rng)
    {
        var n = g.NodeCount;
        var totalKp = new double[n];
        var size = new int[n];
        for (var v = 0; v < n; v++)
        {
            var c = membership[v];
            totalKp[c] += g.PosDeg[v];
            size[c]++;
        }
        var empty = new Stack<int>();
        for (var c = n - 1; c >= 0; c--)
        {
            if (size[c] == 0) empty.Push(c);
        }

        var queue = new int[n];
        for (var i = 0; i < n; i++) queue[i] = i;
        rng.Shuffle(queue);
        var inQueue = new bool[n];
        Array.Fill(inQueue, true);
        int head = 0, queued = n;

        var wp = new double[n];
        var wn = new double[n];
        var touched = new int[n];
        var isTouched = new bool[n];
        var moved = false;

        var posOff = g.PosOffsets;
        var posTgt = g.PosTargets;
        var posW = g.PosWeights;
        var negOff = g.NegOffsets;
        var negTgt = g.NegTargets;
        var negW = g.NegWeights;

        while (queued > 0)
        {
            var v = queue[head];
            head = head + 1 == n ? 0 : head + 1;
            queued--;
            inQueue[v] = false;

            var current = membership[v];
            var kp = g.PosDeg[v];
            totalKp[current] -= kp;
            size[current]--;

            var touchedCount = 0;
            for (var e = posOff[v]; e < posOff[v + 1]; e++)
            {
                var c = membership[posTgt[e]];
                if (!isTouched[c])
                {
                    isTouched[c] = true;
                    touched[touchedCount++] = c;
                }
                wp[c] += posW[e];
            }
            for (var e = negOff[v]; e < negOff[v + 1]; e++)
            {
                var c = membership[negTgt[e]];
                if (!isTouched[c])
                {
                    isTouched[c] = true;
                    touched[touchedCount++] = c;
                }
                wn[c] += negW[e];
            }

            var best = current;
            var bestGain = objective.Gain(wp[current], wn[current], kp, totalKp[current]);
            for (var t = 0; t < touchedCount; t++)
            {
                var c = touched[t];
                if (c == current || wp[c] <= 0) continue;
                var gain = objective.Gain(wp[c], wn[c], kp, totalKp[c]);
                if (gain > bestGain)
                {
                    best = c;
                    bestGain = gain;
                }
            }
            if (bestGain < 0 && size[current] > 0)
            {
                best = empty.Pop(); // staying costs more than standing alone
            }

            totalKp[best] += kp;
            size[best]++;
            for (var t = 0; t < touchedCount; t++)
            {
                var c = touched[t];
                wp[c] = 0;
                wn[c] = 0;
                isTouched[c] = false;
            }
            if (best == current) continue;

            moved = true;
            membership[v] = best;
            if (size[current] == 0) empty.Push(current);
            // Cooperative neighbours outside the new community may now prefer it; hostile neighbours
            // inside it may now prefer to leave.
            for (var e = posOff[v]; e < posOff[v + 1]; e++)
            {
                var u = posTgt[e];
                if (inQueue[u] || membership[u] == best) continue;
                queue[(head + queued) % n] = u;
                inQueue[u] = true;
                queued++;
            }
            for (var e = negOff[v]; e < negOff[v + 1]; e++)
            {
                var u = negTgt[e];
                if (inQueue[u] || membership[u] != best) continue;
                queue[(head + queued) % n] = u;
                inQueue[u] = true;
                queued++;
            }
        }
        return moved;
    }
}
