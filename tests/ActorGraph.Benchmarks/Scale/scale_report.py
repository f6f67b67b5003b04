#!/usr/bin/python3
"""Writes docs/benchmarks/scale.md from the files run.sh leaves in WORKDIR: per size and library a JSON of medians
(wall and CPU ms) and answers, a /usr/bin/time -v file (peak memory) and the load before the process started.

    /usr/bin/python3 scale_report.py WORKDIR REPORT.md "COMMAND"
"""
import json
import os
import platform
import re
import sys

import numpy as np

LIBS = ["actorgraph", "graph-tool", "igraph", "networkx"]
ROWS = [
    ("build the graph from arrays", "build"),
    ("single source→target shortest path, median of the pairs", "st_median"),
    ("single source→target shortest path, mean of the pairs", "st_mean"),
    ("PageRank", "pagerank"),
    ("weakly connected components", "weak"),
    ("strongly connected components", "strong"),
    ("k=5 shortest loopless paths, median of the pairs", "k5_median"),
    ("k=5 shortest loopless paths, slowest pair", "k5_max"),
    ("betweenness, sampled pivots, 1 thread", "betweenness_pivots_1t"),
    ("betweenness, sampled pivots, 2 threads", "betweenness_pivots_2t"),
    ("betweenness, exact, 1 thread", "betweenness_exact_1t"),
    ("betweenness, exact, 2 threads", "betweenness_exact_2t"),
    ("approximate betweenness (ε 0.01, δ 0.1)", "approx_betweenness"),
    ("Leiden, 2 iterations (igraph `community_leiden`)", "leiden_2it"),
    ("Leiden, 2 iterations (leidenalg)", "leidenalg_2it"),
]


def load(work, size, lib):
    path = os.path.join(work, f"{size}-{lib}.json")
    if not os.path.exists(path):
        return None
    with open(path) as f:
        data = json.load(f)
    time_path = os.path.join(work, f"{size}-{lib}.time")
    if os.path.exists(time_path):
        text = open(time_path).read()
        match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
        data["peak_mb"] = int(match.group(1)) / 1024 if match else None
        match = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text)
        data["elapsed"] = match.group(1) if match else None
    load_path = os.path.join(work, f"{size}-{lib}.load")
    data["load"] = open(load_path).read().strip() if os.path.exists(load_path) else ""
    return data


def fmt(ms):
    if ms is None:
        return "—"
    if ms >= 10000:
        return f"{ms / 1000:,.1f} s"
    return f"{ms:,.1f}" if ms < 100 else f"{ms:,.0f}"


def cell(data, key):
    if data is None or key not in data["timings_ms"]:
        return "—"
    cpu = data.get("cpu_ms", {}).get(key)
    return fmt(data["timings_ms"][key]) + (f" ({fmt(cpu)})" if cpu is not None else "")


def ratio(a, b, key, field="timings_ms"):
    if a is None or b is None or key not in a.get(field, {}) or key not in b.get(field, {}) or not b[field][key]:
        return "—"
    return f"{a[field][key] / b[field][key]:.2f}"


def pagerank_diff(work, size, lib):
    ours_path = os.path.join(work, f"{size}-actorgraph-pagerank.bin")
    theirs_path = os.path.join(work, f"{size}-{lib}-pagerank.npy")
    if not (os.path.exists(ours_path) and os.path.exists(theirs_path)):
        return None
    ours = np.fromfile(ours_path, dtype=np.float64)
    theirs = np.load(theirs_path)
    theirs = theirs / theirs.sum()
    return float(np.max(np.abs(ours - theirs)))


def agreement(work, size, libs):
    ag = libs["actorgraph"]
    lines = []
    for lib in LIBS[1:]:
        peer = libs.get(lib)
        if peer is None:
            continue
        if "st_costs" in peer and "st_costs" in ag:
            k = len(peer["st_costs"])
            same = sum(1 for a, b in zip(ag["st_costs"], peer["st_costs"]) if abs(a - b) <= 1e-6 * max(1, abs(a)))
            lines.append(f"- source→target costs, {lib}: {same} of {k} pairs identical ({sum(1 for c in peer['st_costs'] if c < 0)} unreachable).")
        if "k5_costs" in peer and "k5_costs" in ag:
            k = len(peer["k5_costs"])
            same = sum(1 for a, b in zip(ag["k5_costs"], peer["k5_costs"]) if len(a) == len(b) and all(abs(x - y) <= 1e-6 * max(1, x) for x, y in zip(a, b)))
            lines.append(f"- k=5 path costs, {lib}: {same} of {k} pairs identical.")
        for key in ("weak_count", "strong_count"):
            if key in peer and key in ag:
                lines.append(f"- {key.replace('_', ' ')}: ActorGraph {ag[key]:,}, {lib} {peer[key]:,}: {'same' if ag[key] == peer[key] else '**differ**'}.")
        diff = pagerank_diff(work, size, lib)
        if diff is not None:
            lines.append(f"- PageRank, largest difference on any vertex against {lib} (normalised to sum 1): {diff:.2e} "
                         f"({'within' if diff <= 1e-6 else '**above**'} 1e-6).")
        for key in ("betweenness_pivots_top10", "betweenness_exact_top10"):
            if key in peer and key in ag:
                lines.append(f"- {key.replace('_', ' ')} vertices, {lib}: {'identical' if peer[key] == ag[key] else f'**differ** ({ag[key]} vs {peer[key]})'}.")
        if "leiden_modularity" in peer and "leiden_modularity" in ag:
            extra = f"; igraph's own evaluation of ActorGraph's partition: {peer['leiden_modularity_of_ours']:.4f}" if "leiden_modularity_of_ours" in peer else ""
            extra += f"; leidenalg: {peer['leidenalg_modularity']:.4f}" if "leidenalg_modularity" in peer else ""
            lines.append(f"- modularity, 2 iterations: ActorGraph {ag['leiden_modularity']:.4f} ({ag['leiden_clusters']:,} clusters), "
                         f"igraph {peer['leiden_modularity']:.4f} ({peer['leiden_clusters']:,}){extra}.")
    if "approx_samples" in ag:
        lines.append(f"- approximate betweenness: {ag['approx_samples']:,} sampled shortest paths (Riondato–Kornaropoulos, ε {ag['approx_epsilon']}, "
                     f"δ {ag['approx_delta']}, vertex-diameter bound {ag['approx_vd_bound']:,} = largest weak component): every normalised "
                     f"score within ε of the exact one with probability ≥ {1 - ag['approx_delta']:.1f}. Top 10: {ag['approx_top10']}.")
    return lines


def main():
    work, report, command = sys.argv[1:4]
    out = ["# Scale benchmark: ActorGraph beside graph-tool, igraph and networkx\n",
           "Generated by `tests/ActorGraph.Benchmarks/Scale/run.sh`; do not edit by hand. Reproduce with:\n",
           f"```\n{command}\n```\n",
           "Graphs: directed Barabási-Albert-style graphs (`BarabasiAlbertGenerator`, seed 20241130: each new vertex links to m "
           "earlier ones chosen by degree, random direction, weights uniform in [1, 10) used as distances), written once as a "
           "binary edge list that every library reads in the same run. Each library runs in its own process under "
           "`/usr/bin/time -v` (peak memory is that process's maximum resident set, data loading included). Query pairs are "
           "100 uniform random pairs; k=5 runs on the reachable ones; betweenness pivots are the same vertices for every "
           "library. PageRank is unweighted (damping 0.85), components ignore weights, Leiden treats edges as undirected "
           "with weight 1.\n",
           f"Machine: 2 cores shared with other engineers' builds and tests; python {platform.python_version()}. "
           "**Cells are wall-clock medians with CPU time in brackets** (all threads); on a loaded machine the wall time "
           "includes waiting for a core, so compare ratios within a row and prefer the CPU ratio. The load (`uptime`) before "
           "each process is listed under its table.\n"]
    sizes = sorted({f.split("-")[0] for f in os.listdir(work) if f.endswith("-actorgraph.json")},
                   key=lambda s: ["10k", "100k", "1m", "pokec"].index(s) if s in ["10k", "100k", "1m", "pokec"] else 9)
    for size in sizes:
        libs = {lib: load(work, size, lib) for lib in LIBS}
        ag = libs["actorgraph"]
        gt = libs["graph-tool"]
        out.append(f"## {size}: {ag['vertices']:,} vertices, {ag['edges']:,} edges\n")
        header = "| operation | ActorGraph | graph-tool | igraph | networkx | ActorGraph / graph-tool (wall) | (CPU) |"
        out.append(header)
        out.append("|---|---|---|---|---|---|---|")
        for label, key in ROWS:
            if not any(d is not None and key in d["timings_ms"] for d in libs.values()):
                continue
            peer = gt if gt is not None and key in gt["timings_ms"] else libs.get("igraph")
            name = "graph-tool" if peer is gt else "igraph"
            r_wall = ratio(ag, peer, key)
            r_cpu = ratio(ag, peer, key, "cpu_ms")
            if peer is not gt and r_wall != "—":
                r_wall, r_cpu = r_wall + " (vs igraph)", r_cpu + " (vs igraph)"
            out.append(f"| {label} | {' | '.join(cell(libs[lib], key) for lib in LIBS)} | {r_wall} | {r_cpu} |")
        mems = [f"{libs[lib]['peak_mb']:,.0f} MB" if libs[lib] is not None and libs[lib].get("peak_mb") else "—" for lib in LIBS]
        mem_ratio = f"{libs['actorgraph']['peak_mb'] / gt['peak_mb']:.2f}" if gt is not None and gt.get("peak_mb") and ag.get("peak_mb") else "—"
        out.append(f"| peak memory of the process | {' | '.join(mems)} | {mem_ratio} | |")
        out.append("")
        out.append("Agreement:\n")
        out.extend(agreement(work, size, libs))
        out.append("")
        out.append("Load before each process: " + "; ".join(f"{lib}: `{libs[lib]['load'].split('load average:')[-1].strip()}`"
                                                        for lib in LIBS if libs[lib] is not None and libs[lib]["load"]) + ".\n")
    os.makedirs(os.path.dirname(report), exist_ok=True)
    with open(report, "w") as f:
        f.write("\n".join(out) + "\n")
    print("\n".join(out))


if __name__ == "__main__":
    main()
