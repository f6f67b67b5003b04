#!/usr/bin/python3
"""Runs one peer library of the scale benchmark on the binary edge list the C# side read, for the operations it asks
for, and writes medians (wall and CPU milliseconds) and answers to a JSON file. Run through run.sh; by hand:

    /usr/bin/python3 scale_peers.py LIB GRAPH.bin CSHARP.json OUT.json [--threads T] [--k5-pairs Q] [--ops LIST]

LIB is graph-tool, igraph or networkx (Debian: python3-graph-tool, python3-igraph + python3-leidenalg,
python3-networkx; install with install-peers.sh). Query pairs and betweenness pivots come from CSHARP.json, so every
library answers the same questions.
"""
import json
import statistics
import sys
import time

import numpy as np


def read_graph(path):
    header = np.fromfile(path, dtype=np.int32, count=2)
    assert header[0] == 0x4C454741, "not an AGEL edge list"
    n = int(header[1])
    m = int(np.fromfile(path, dtype=np.int64, count=1, offset=8)[0])
    src = np.fromfile(path, dtype=np.int32, count=m, offset=16)
    dst = np.fromfile(path, dtype=np.int32, count=m, offset=16 + 4 * m)
    w = np.fromfile(path, dtype=np.float64, count=m, offset=16 + 8 * m)
    return n, src, dst, w


def measure(fn, repeat):
    """Median wall and CPU ms over repeat runs after one warm-up, and the last result."""
    result = fn()
    walls, cpus = [], []
    for _ in range(repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        result = fn()
        walls.append((time.perf_counter() - w0) * 1000)
        cpus.append((time.process_time() - c0) * 1000)
    return statistics.median(walls), statistics.median(cpus), result


def each(fn, items):
    """Per-item wall ms (median, mean), mean CPU ms, and results."""
    walls, results = [], []
    c0 = time.process_time()
    for item in items:
        w0 = time.perf_counter()
        results.append(fn(item))
        walls.append((time.perf_counter() - w0) * 1000)
    cpu = (time.process_time() - c0) * 1000 / max(1, len(items))
    return (statistics.median(walls) if walls else 0), (statistics.mean(walls) if walls else 0), cpu, results


def run_graph_tool(n, src, dst, w, cs, args, out):
    import graph_tool.all as gt
    gt.openmp_set_num_threads(args["threads"])
    out["version"] = gt.__version__.split()[0]
    edges = np.column_stack((src, dst))

    def build():
        g = gt.Graph(directed=True)
        g.add_vertex(n)
        g.add_edge_list(edges)
        weight = g.new_edge_property("double")
        weight.a = w
        return g, weight
    t, c, (g, weight) = measure(build, args["repeat"])
    out["timings_ms"]["build"], out["cpu_ms"]["build"] = t, c
    ops = args["ops"]
    if "st" in ops:
        def st(p):
            d = gt.shortest_distance(g, source=g.vertex(p[0]), target=g.vertex(p[1]), weights=weight)
            return round(float(d), 6) if d < 1e300 else -1
        st((cs["pairs"][0]))
        med, mean, cpu, costs = each(st, cs["pairs"])
        out["timings_ms"]["st_median"], out["timings_ms"]["st_mean"], out["cpu_ms"]["st_mean"] = med, mean, cpu
        out["st_costs"] = costs
    if "pagerank" in ops:
        t, c, pr = measure(lambda: gt.pagerank(g, damping=0.85, epsilon=1e-6).a.copy(), args["repeat"])
        out["timings_ms"]["pagerank"], out["cpu_ms"]["pagerank"] = t, c
        np.save(args["out_prefix"] + "-pagerank.npy", pr)
    if "components" in ops:
        t, c, hist = measure(lambda: gt.label_components(g, directed=False)[1], args["repeat"])
        out["timings_ms"]["weak"], out["cpu_ms"]["weak"], out["weak_count"] = t, c, len(hist)
        t, c, hist = measure(lambda: gt.label_components(g, directed=True)[1], args["repeat"])
        out["timings_ms"]["strong"], out["cpu_ms"]["strong"], out["strong_count"] = t, c, len(hist)
    for key, pivots in (("betweenness_pivots", cs.get("betweenness_pivots")), ("betweenness_exact", None)):
        wanted = ("betweenness" in ops) if pivots else ("exact" in ops)
        if not wanted or (pivots is not None and len(pivots) == 0):
            continue
        for threads in sorted({1, args["threads"]}):
            gt.openmp_set_num_threads(threads)
            w0, c0 = time.perf_counter(), time.process_time()
            vb, _ = gt.betweenness(g, pivots=np.array(pivots, dtype=np.int64) if pivots else None, weight=weight)
            out["timings_ms"][f"{key}_{threads}t"] = (time.perf_counter() - w0) * 1000
            out["cpu_ms"][f"{key}_{threads}t"] = (time.process_time() - c0) * 1000
            out[f"{key}_top10"] = [int(v) for v in np.lexsort((np.arange(n), -vb.a))[:10]]
        gt.openmp_set_num_threads(args["threads"])


def run_igraph(n, src, dst, w, cs, args, out):
    import igraph
    out["version"] = igraph.__version__
    edges = np.column_stack((src, dst)).tolist()

    def build():
        g = igraph.Graph(n=n, edges=edges, directed=True)
        g.es["weight"] = w.tolist()
        return g
    t, c, g = measure(build, 1)
    out["timings_ms"]["build"], out["cpu_ms"]["build"] = t, c
    ops = args["ops"]
    if "st" in ops:
        pairs = cs["pairs"][: args["st_pairs"]]
        med, mean, cpu, costs = each(lambda p: g.distances(source=p[0], target=p[1], weights="weight", mode="out")[0][0], pairs)
        out["timings_ms"]["st_median"], out["timings_ms"]["st_mean"], out["cpu_ms"]["st_mean"] = med, mean, cpu
        out["st_costs"] = [round(x, 6) if x != float("inf") else -1 for x in costs]
    if "pagerank" in ops:
        t, c, pr = measure(lambda: np.array(g.pagerank(directed=True, damping=0.85)), args["repeat"])
        out["timings_ms"]["pagerank"], out["cpu_ms"]["pagerank"] = t, c
        np.save(args["out_prefix"] + "-pagerank.npy", pr)
    if "components" in ops:
        t, c, comps = measure(lambda: len(g.connected_components(mode="weak")), args["repeat"])
        out["timings_ms"]["weak"], out["cpu_ms"]["weak"], out["weak_count"] = t, c, comps
        t, c, comps = measure(lambda: len(g.connected_components(mode="strong")), args["repeat"])
        out["timings_ms"]["strong"], out["cpu_ms"]["strong"], out["strong_count"] = t, c, comps
    if "k5" in ops:
        pairs = cs["k5_pairs"][: args["k5_pairs"]]

        def k5(p):
            paths = g.get_k_shortest_paths(p[0], to=p[1], k=5, mode="out", weights="weight", output="epath")
            return [round(float(sum(w[e] for e in path)), 6) for path in paths]
        med, mean, cpu, costs = each(k5, pairs)
        out["timings_ms"]["k5_median"], out["timings_ms"]["k5_mean"], out["cpu_ms"]["k5_mean"] = med, mean, cpu
        out["k5_costs"] = costs
    if "leiden" in ops:
        gu = g.as_undirected(mode="collapse")
        t, c, part = measure(lambda: gu.community_leiden(objective_function="modularity", n_iterations=2, beta=0.01), 1)
        out["timings_ms"]["leiden_2it"], out["cpu_ms"]["leiden_2it"] = t, c
        out["leiden_modularity"] = gu.modularity(part.membership)
        out["leiden_clusters"] = len(part)
        if args.get("membership"):
            ours = np.fromfile(args["membership"], dtype=np.int32)
            out["leiden_modularity_of_ours"] = gu.modularity(ours.tolist())
        if args["also_leidenalg"]:
            import leidenalg
            t, c, part = measure(lambda: leidenalg.find_partition(gu, leidenalg.ModularityVertexPartition, n_iterations=2, seed=1), 1)
            out["timings_ms"]["leidenalg_2it"], out["cpu_ms"]["leidenalg_2it"] = t, c
            out["leidenalg_modularity"] = gu.modularity(part.membership)


def run_networkx(n, src, dst, w, cs, args, out):
    import networkx as nx
    out["version"] = nx.__version__

    def build():
        G = nx.DiGraph()
        G.add_nodes_from(range(n))
        G.add_weighted_edges_from(zip(src.tolist(), dst.tolist(), w.tolist()))
        return G
    t, c, G = measure(build, 1)
    out["timings_ms"]["build"], out["cpu_ms"]["build"] = t, c
    ops = args["ops"]
    if "st" in ops:
        pairs = cs["pairs"][: args["st_pairs"]]

        def st(p):
            try:
                return round(nx.bidirectional_dijkstra(G, p[0], p[1], weight="weight")[0], 6)
            except nx.NetworkXNoPath:
                return -1
        med, mean, cpu, costs = each(st, pairs)
        out["timings_ms"]["st_median"], out["timings_ms"]["st_mean"], out["cpu_ms"]["st_mean"] = med, mean, cpu
        out["st_costs"] = costs
    if "pagerank" in ops:
        t, c, pr = measure(lambda: nx.pagerank(G, alpha=0.85, weight=None, tol=1e-6 / n), 1)
        out["timings_ms"]["pagerank"], out["cpu_ms"]["pagerank"] = t, c
        np.save(args["out_prefix"] + "-pagerank.npy", np.array([pr[v] for v in range(n)]))
    if "components" in ops:
        t, c, k = measure(lambda: nx.number_weakly_connected_components(G), 1)
        out["timings_ms"]["weak"], out["cpu_ms"]["weak"], out["weak_count"] = t, c, k
        t, c, k = measure(lambda: nx.number_strongly_connected_components(G), 1)
        out["timings_ms"]["strong"], out["cpu_ms"]["strong"], out["strong_count"] = t, c, k


def main():
    lib, graph_path, cs_path, out_path = sys.argv[1:5]
    rest = sys.argv[5:]

    def opt(name, default):
        return rest[rest.index(name) + 1] if name in rest else default
    args = {
        "threads": int(opt("--threads", "2")),
        "repeat": int(opt("--repeat", "3")),
        "k5_pairs": int(opt("--k5-pairs", "10")),
        "st_pairs": int(opt("--st-pairs", "100")),
        "ops": opt("--ops", "st,pagerank,components,k5,betweenness,leiden").split(","),
        "membership": opt("--membership", None),
        "also_leidenalg": "--also-leidenalg" in rest,
        "out_prefix": out_path[:-5] if out_path.endswith(".json") else out_path,
    }
    with open(cs_path) as f:
        cs = json.load(f)
    n, src, dst, w = read_graph(graph_path)
    out = {"library": lib, "timings_ms": {}, "cpu_ms": {}}
    {"graph-tool": run_graph_tool, "igraph": run_igraph, "networkx": run_networkx}[lib](n, src, dst, w, cs, args, out)
    with open(out_path, "w") as f:
        json.dump(out, f, indent=1)
    for k, v in out["timings_ms"].items():
        print(f"  {lib:10} {k:26} {v:12.1f} ms wall {out['cpu_ms'].get(k, 0):12.1f} ms CPU")


if __name__ == "__main__":
    main()
