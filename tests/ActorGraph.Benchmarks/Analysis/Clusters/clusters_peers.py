#!/usr/bin/python3
"""Runs python-igraph's community_leiden (modularity, n_iterations as the C# run) and community_multilevel on the
graph file the C# clusters benchmark read, and writes docs/benchmarks/clusters.md side by side.

    /usr/bin/python3 clusters_peers.py GRAPH.tsv CSHARP.json REPORT.md "COMMAND"

Every edge counts as an undirected tie of weight 1, as on the C# side. Debian packages: python3-igraph.
"""
import json
import platform
import statistics
import sys
import time

import igraph


def read_edges(path):
    n, edges = None, []
    with open(path) as f:
        for line in f:
            if line.startswith("# n="):
                n = int(line[4:])
                continue
            if not line.strip() or line.startswith("#"):
                continue
            s, t, _ = line.rstrip("\n").split("\t")
            edges.append((int(s), int(t)))
    return n, edges


def timed(fn, repeat, warm_up=True):
    if warm_up:
        fn()  # warm-up, as the C# side does
    runs = []
    for seed in range(1, repeat + 1):
        import random
        random.seed(seed)  # igraph draws from Python's random module
        start = time.perf_counter()
        value = fn()
        runs.append(((time.perf_counter() - start) * 1000, value))
    return runs


def main():
    graph_path, csharp_path, report_path, command = sys.argv[1:5]
    with open(csharp_path) as f:
        cs = json.load(f)
    repeat, iterations = cs["repeat"], cs["iterations"]
    n, edges = read_edges(graph_path)
    g = igraph.Graph(n=n, edges=edges, directed=False)
    g.simplify(multiple=True, loops=True, combine_edges="first")  # the C# side sums duplicates; BA has none
    peers = {}
    # community_multilevel of Debian's igraph 0.10 takes minutes on this graph: one run, no warm-up.
    for name, fn, times, warm in [
        ("igraph community_leiden", lambda: g.community_leiden(objective_function="modularity", n_iterations=iterations), repeat, True),
        ("igraph community_multilevel", lambda: g.community_multilevel(), 1, False),
    ]:
        runs = timed(fn, times, warm)
        qs = [g.modularity(c.membership) for _, c in runs]
        peers[name] = {
            "ms": statistics.median(ms for ms, _ in runs),
            "modularity": statistics.median(qs),
            "modularity_min": min(qs),
            "clusters": len(runs[0][1]),
        }
        print(f"  {name:30} {peers[name]['ms']:9.1f} ms  modularity {peers[name]['modularity']:.4f}")

    ours = [
        (f"ActorGraph Leiden (iterations={iterations})", cs["leiden"]),
        (f"ActorGraph Leiden (iterations={2 * iterations})", cs["leiden_double"]),
        ("ActorGraph Louvain", cs["louvain"]),
    ]
    ig_leiden = peers["igraph community_leiden"]
    print(json.dumps(cs))
    ig_ml = peers["igraph community_multilevel"]
    lines = [
        "# Clusters benchmark",
        "",
        f"Graph: {cs['vertices']:,} vertices, {cs['edges']:,} undirected edges (the analysis benchmark's Barabási-Albert",
        "graph, m = 5, every edge a cooperative tie of strength 1). Medians of "
        f"{repeat} runs after a warm-up, seeds 1..{repeat}; modularity is Newman's (γ = 1) of the returned partition,",
        "computed by each side's own code on the same graph. Same machine, same run. Times are wall-clock on a",
        "2-core machine shared with other builds, so absolute figures move between runs; compare the ratios.",
        "",
        f"Machine: {platform.machine()}, {platform.system()} {platform.release()}, python {platform.python_version()},"
        f" igraph {igraph.__version__}.",
        "",
        "| implementation | median time (ms) | modularity (median) | modularity (min) | clusters | time / igraph Leiden |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, r in ours + list(peers.items()):
        lines.append(f"| {name} | {r['ms']:.1f} | {r['modularity']:.4f} | {r['modularity_min']:.4f} | {r['clusters']} | "
                     f"{r['ms'] / ig_leiden['ms']:.2f} |")
    lines += [
        "",
        "igraph community_multilevel: a single run without warm-up (it takes minutes here), so its time is one",
        "sample, not a median.",
        "",
        f"Building the C# signed CSR from the edge list: {cs['build_ms']:.1f} ms (not included above; igraph's graph",
        "construction is not timed either).",
        "",
        "Target (issue 3): no slower than igraph's community_leiden, with modularity at least as high.",
        "",
        f"- Time, ActorGraph Leiden / igraph Leiden (same iterations): {cs['leiden']['ms'] / ig_leiden['ms']:.2f}"
        f" ({'reached' if cs['leiden']['ms'] <= ig_leiden['ms'] else 'NOT reached'}).",
        f"- Modularity, ActorGraph Leiden − igraph Leiden: {cs['leiden']['modularity'] - ig_leiden['modularity']:+.4f}"
        f" ({'reached' if cs['leiden']['modularity'] >= ig_leiden['modularity'] else 'NOT reached'}).",
        f"- With twice the iterations (iterations={2 * iterations}), ActorGraph Leiden / igraph Leiden time"
        f" {cs['leiden_double']['ms'] / ig_leiden['ms']:.2f}, modularity difference"
        f" {cs['leiden_double']['modularity'] - ig_leiden['modularity']:+.4f}.",
        f"- Louvain: ActorGraph / igraph multilevel time {cs['louvain']['ms'] / ig_ml['ms']:.2f},"
        f" modularity difference {cs['louvain']['modularity'] - ig_ml['modularity']:+.4f}.",
        "",
        "Reproduce:",
        "",
        "```",
        command,
        "```",
        "",
    ]
    with open(report_path, "w") as f:
        f.write("\n".join(lines))
    print(f"wrote {report_path}")


if __name__ == "__main__":
    main()
