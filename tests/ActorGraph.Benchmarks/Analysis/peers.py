#!/usr/bin/python3
"""Runs the peers of ActorGraph's analysis benchmark (python-igraph, networkx) on the same edge-list file and writes
the side-by-side report. Run through run.sh; by hand:

    /usr/bin/python3 peers.py GRAPH.tsv CSHARP.json REPORT.md "COMMAND"

GRAPH.tsv is the file the C# benchmark read (source, target, weight per line), CSHARP.json its results (the
source/target pair, medians, k=5 costs, component counts). Debian packages: python3-igraph, python3-networkx.
"""
import json
import os
import platform
import statistics
import sys
import time
from itertools import islice

import igraph
import networkx as nx


def median_ms(fn, repeat):
    fn()  # warm-up, as the C# side does
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def read_edges(path):
    n, edges, weights = None, [], []
    with open(path) as f:
        for line in f:
            if line.startswith("# n="):
                n = int(line[4:])
                continue
            if not line.strip() or line.startswith("#"):
                continue
            s, t, w = line.rstrip("\n").split("\t")
            edges.append((int(s), int(t)))
            weights.append(float(w))
    return n, edges, weights


def main():
    graph_path, csharp_path, report_path, command = sys.argv[1:5]
    with open(csharp_path) as f:
        cs = json.load(f)
    s, t = cs["source"], cs["target"]
    n, edges, weights = read_edges(graph_path)
    res = {"igraph": {}, "networkx": {}}

    # igraph
    def ig_build():
        g = igraph.Graph(n=n, edges=edges, directed=True)
        g.es["weight"] = weights
        return g
    g = ig_build()
    ig = res["igraph"]
    ig["build"] = median_ms(ig_build, 3)
    ig["dijkstra_st"] = median_ms(lambda: g.distances(source=s, target=t, weights="weight", mode="out"), 5)
    ig_paths = []
    ig["k5_paths"] = median_ms(lambda: ig_paths.__setitem__(slice(None), g.get_k_shortest_paths(s, to=t, k=5, mode="out", weights="weight", output="epath")), 5)
    ig_costs = [round(sum(weights[e] for e in p), 6) for p in ig_paths]
    s2, t2 = cs["source2"], cs["target2"]
    ig["k5_paths_far"] = median_ms(lambda: ig_paths.__setitem__(slice(None), g.get_k_shortest_paths(s2, to=t2, k=5, mode="out", weights="weight", output="epath")), 5)
    ig_costs_far = [round(sum(weights[e] for e in p), 6) for p in ig_paths]
    pr = []
    ig["pagerank"] = median_ms(lambda: pr.__setitem__(slice(None), g.pagerank(directed=True, damping=0.85)), 5)
    ig["weak_components"] = median_ms(lambda: g.connected_components(mode="weak"), 5)
    ig["strong_components"] = median_ms(lambda: g.connected_components(mode="strong"), 5)
    ig_weak = len(g.connected_components(mode="weak"))
    ig_strong = len(g.connected_components(mode="strong"))

    # networkx
    def nx_build():
        G = nx.DiGraph()
        G.add_nodes_from(range(n))
        G.add_weighted_edges_from((a, b, w) for (a, b), w in zip(edges, weights))
        return G
    G = nx_build()
    nxr = res["networkx"]
    nxr["build"] = median_ms(nx_build, 1)
    nxr["dijkstra_st"] = median_ms(lambda: nx.dijkstra_path_length(G, s, t, weight="weight"), 3)
    nx_paths = []
    nxr["k5_paths"] = median_ms(lambda: nx_paths.__setitem__(slice(None), list(islice(nx.shortest_simple_paths(G, s, t, weight="weight"), 5))), 3)
    nx_costs = [round(sum(G[a][b]["weight"] for a, b in zip(p, p[1:])), 6) for p in nx_paths]
    nxr["k5_paths_far"] = median_ms(lambda: nx_paths.__setitem__(slice(None), list(islice(nx.shortest_simple_paths(G, s2, t2, weight="weight"), 5))), 1)
    nx_costs_far = [round(sum(G[a][b]["weight"] for a, b in zip(p, p[1:])), 6) for p in nx_paths]
    nx_pr = {}
    nxr["pagerank"] = median_ms(lambda: nx_pr.update(nx.pagerank(G, alpha=0.85, weight=None)), 1)
    nxr["weak_components"] = median_ms(lambda: nx.number_weakly_connected_components(G), 3)
    nxr["strong_components"] = median_ms(lambda: nx.number_strongly_connected_components(G), 3)
    nx_weak = nx.number_weakly_connected_components(G)
    nx_strong = nx.number_strongly_connected_components(G)

    cs_t = cs["timings_ms"]
    top = cs["pagerank_top10"]
    pr_diff = max(abs(cs["pagerank_top10_values"][i] - pr[v]) for i, v in enumerate(top))
    nx_pr_diff = max(abs(cs["pagerank_top10_values"][i] - nx_pr[v]) for i, v in enumerate(top))
    ig_top = sorted(range(n), key=lambda v: -pr[v])[:10]

    def fmt(x):
        return "—" if x is None else (f"{x:,.1f}" if x < 100 else f"{x:,.0f}")

    def ratio(a, b):
        return "—" if a is None or b is None or b == 0 else f"{a / b:.2f}"

    rows = [
        ("build graph from arrays", "build", None),
        ("Dijkstra source→target", "dijkstra_st", None),
        ("k=5 shortest loopless paths (pair 1: target is a hub)", "k5_paths", ("≤ 0.5 × igraph", lambda c, i: c <= 0.5 * i)),
        ("k=5 shortest loopless paths (pair 2: target is not a hub)", "k5_paths_far", ("≤ 0.5 × igraph", lambda c, i: c <= 0.5 * i)),
        ("PageRank", "pagerank", ("≤ igraph", lambda c, i: c <= i)),
        ("weakly connected components", "weak_components", ("≤ igraph", lambda c, i: c <= i)),
        ("strongly connected components", "strong_components", ("≤ igraph", lambda c, i: c <= i)),
    ]
    out = []
    out.append("# Analysis benchmark: paths, PageRank, components, mediators\n")
    out.append("Generated by `tests/ActorGraph.Benchmarks/Analysis/run.sh`; do not edit by hand. Reproduce with:\n")
    out.append(f"```\n{command}\n```\n")
    out.append(f"Graph: the directed Barabási-Albert-style graph of QUIKGRAPH.md, generated by "
               f"`tests/ActorGraph.Benchmarks/Analysis/Graphs/BarabasiAlbertGenerator.cs` (seed 20241130): "
               f"{n:,} vertices, {len(edges):,} edges, each new vertex linked to 5 earlier ones chosen by degree, "
               f"random direction, weights uniform in [1, 10). All three read the same TSV file in the same run. "
               f"Pair 1: {s} → {t} (the newest vertex with out-edges and the first vertex it reaches in 4+ hops: vertex 0 is a hub); "
               f"pair 2: {cs['source2']} → {cs['target2']} (the same rule from vertex {n // 8} down to vertices from {n * 2 // 3} up).\n")
    out.append(f"Machine: {cs['machine']}; python {platform.python_version()}, python-igraph {igraph.__version__}, networkx {nx.__version__}.\n")
    out.append("Medians in milliseconds (C#: 7 runs after a warm-up; igraph 3–5 runs; networkx 1–3 runs). "
               "Ratio = ActorGraph / igraph (below 1 is faster).\n")
    out.append("| operation | ActorGraph (C#, CSR arrays) | igraph | networkx | ratio vs igraph | target | met |")
    out.append("|---|---:|---:|---:|---:|---|---|")
    for label, key, target in rows:
        c, i, x = cs_t.get(key), ig.get(key), nxr.get(key)
        met = "" if target is None else ("yes" if target[1](c, i) else "**no**")
        out.append(f"| {label} | {fmt(c)} | {fmt(i)} | {fmt(x)} | {ratio(c, i)} | {'' if target is None else target[0]} | {met} |")
    med = cs_t["mediators"]
    out.append(f"| `mediators A B` on the realistic actor graph | {fmt(med)} | — | — | — | < 50 ms | {'yes' if med < 50 else '**no**'} |")
    out.append(f"| projecting the realistic graph's 500k relations (first query on a graph) | {fmt(cs_t['projection'])} | — | — | — | | |")
    out.append(f"| `paths A B --k 5 --max-hops 6` on the realistic graph (projection cached) | {fmt(cs_t['paths_command'])} | — | — | — | | |")
    missed = [label for label, key, target in rows if target is not None and not target[1](cs_t.get(key), ig.get(key))]
    if med >= 50:
        missed.append("`mediators A B` under 50 ms")
    out.append("")
    out.append("**Targets not reached in this run:** " + ("; ".join(missed) if missed else "none") + ".")
    load = os.getloadavg()
    out.append(f"\nLoad average when the peers finished: {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} (1 / 5 / 15 min) on "
               f"{os.cpu_count()} cores. The machine is shared; under load every figure above is slower and noisier, for all "
               "three libraries alike, so compare the ratios within one run rather than figures across runs.")
    out.append("")
    out.append("## Agreement\n")
    same_costs = cs["k5_costs"] == ig_costs == nx_costs
    out.append(f"- k=5 path costs — ActorGraph: {cs['k5_costs']}; igraph: {ig_costs}; networkx: {nx_costs}: "
               f"{'identical' if same_costs else '**differ**'}.")
    same_far = cs["k5_costs_far"] == ig_costs_far == nx_costs_far
    out.append(f"- k=5 path costs, pair 2 ({s2} → {t2}) — ActorGraph: {cs['k5_costs_far']}; igraph: {ig_costs_far}; networkx: {nx_costs_far}: "
               f"{'identical' if same_far else '**differ**'}.")
    out.append(f"- Components — weak: ActorGraph {cs['weak_count']}, igraph {ig_weak}, networkx {nx_weak}; "
               f"strong: ActorGraph {cs['strong_count']}, igraph {ig_strong}, networkx {nx_strong}: "
               f"{'identical' if cs['weak_count'] == ig_weak == nx_weak and cs['strong_count'] == ig_strong == nx_strong else '**differ**'}.")
    out.append(f"- PageRank (unweighted, damping 0.85; ActorGraph stops when the total L1 change is below 1e-6, networkx at V · 1e-6) — top 10 vertices "
               f"{'identical to' if top == ig_top else '**differ from**'} igraph's; largest difference on them "
               f"{pr_diff:.2e} against igraph (PRPACK, exact solve), {nx_pr_diff:.2e} against networkx; "
               f"{cs['pagerank_iterations']} power iterations.")
    out.append("")
    out.append("## What the figures measure\n")
    out.append("- ActorGraph's k=5 is Yen with Lawler's refinement; each spur search is a bidirectional Dijkstra on the CSR "
               "arrays (forward over out-edges, backward over in-edges, stopping when the frontiers meet optimally), which on "
               "this small-world graph explores two small balls instead of one large one. If the spur searches together settle "
               "as many vertices as the graph has, one reverse search computes exact distances to the target and the rest run as "
               "A* (a ski-rental rule). igraph 0.10.2's `get_k_shortest_paths` and networkx's `shortest_simple_paths` are Yen "
               "(networkx's spur searches are bidirectional too).")
    out.append("- `mediators A B` runs on a 100k-actor, 500k-relation `ActorGraphData` built from the same edge list "
               "(string ids, relation kinds of every sign, dates, 2,000 mediation processes between hub actors; "
               f"pair {cs['mediators_pair'][0]}–{cs['mediators_pair'][1]}, parties of a live process: "
               f"{cs['mediators_explicit']} explicit mediators, {cs['mediators_involved']} involved actors found). It reads "
               "the incident relations of the two sides and their mediators, with no projection; the latest date in the graph "
               "(the recency reference without --as-of) is computed once per graph.")
    out.append("- A projection is kept with its graph (up to 8 per graph), so only the first `paths` or `centrality` query on a "
               "loaded graph pays for projecting all relations; the `paths` figure is a repeated query, as in the HTTP service.")
    with open(report_path, "w") as f:
        f.write("\n".join(out) + "\n")
    print("\n".join(out))


if __name__ == "__main__":
    main()
