#!/usr/bin/python3
"""Prints one table of the scale benchmark from the files run.sh leaves in WORKDIR, and writes it to REPORT.md.

    /usr/bin/python3 scale_report.py WORKDIR REPORT.md "COMMAND"

Per step (size, operation, library): NAME.json (medians in wall and CPU ms, answers), NAME.time (/usr/bin/time -v: peak
memory), NAME.load (uptime before and after), NAME.timeout (the deadline ended it). Each row compares ActorGraph with
the peer that ran the same operation in its own process: time ratio (wall; CPU), peak memory of both processes, and
whether the answers agree.
"""
import json
import os
import platform
import re
import sys

import numpy as np

LIBS = ["actorgraph", "graph-tool", "igraph", "networkx"]
SIZES = ["10k", "100k", "1m", "pokec"]
# operation -> rows (label, key in timings_ms); the first peer in PEER_ORDER that has the key is the row's reference
OPS = {
    "build": [("build the graph from arrays", "build")],
    "st": [("source→target shortest path, median of 100 pairs", "st_median"), ("source→target shortest path, mean", "st_mean")],
    "pagerank": [("PageRank", "pagerank")],
    "components": [("weakly connected components", "weak"), ("strongly connected components", "strong")],
    "k5": [("k=5 loopless paths, median of the pairs", "k5_median"), ("k=5 loopless paths, slowest pair", "k5_max")],
    "betweenness": [("betweenness, sampled pivots, 1 thread", "betweenness_pivots_1t"), ("betweenness, sampled pivots, 2 threads", "betweenness_pivots_2t")],
    "exact": [("betweenness, exact, 1 thread", "betweenness_exact_1t"), ("betweenness, exact, 2 threads", "betweenness_exact_2t")],
    "approx": [("approximate betweenness (ε 0.01, δ 0.1), 2 threads", "approx_betweenness")],
    "leiden": [("Leiden, 2 iterations (peer: igraph)", "leiden_2it"), ("Leiden, 2 iterations (peer: leidenalg)", "leidenalg_2it")],
}
PEER_ORDER = {"k5_median": ["igraph"], "k5_max": ["igraph"], "leiden_2it": ["igraph"], "leidenalg_2it": ["igraph"]}


def read(work, name):
    """The step's JSON plus peak MB, load and timeout, or None when the step never ran."""
    path = os.path.join(work, name + ".json")
    data = None
    if os.path.exists(path):
        with open(path) as f:
            data = json.load(f)
    timeout = os.path.join(work, name + ".timeout")
    if data is None and os.path.exists(timeout):
        data = {"timeout": int(open(timeout).read().strip() or 0)}
    if data is None:
        return None
    data.setdefault("timings_ms", {})
    time_path = os.path.join(work, name + ".time")
    if os.path.exists(time_path):
        match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", open(time_path).read())
        data["peak_mb"] = int(match.group(1)) / 1024 if match else None
    load_path = os.path.join(work, name + ".load")
    if os.path.exists(load_path):
        loads = [line.split("load average:")[-1].strip().split(",")[0] for line in open(load_path) if "load average" in line]
        data["load"] = "→".join(loads)
    return data


def fmt(ms):
    if ms is None:
        return "—"
    if ms >= 10000:
        return f"{ms / 1000:,.1f} s"
    return f"{ms:,.1f}" if ms < 100 else f"{ms:,.0f}"


def cell(data, key):
    if data is None:
        return "—"
    if "timeout" in data:
        return f"> {data['timeout']:,} s (deadline)"
    if key not in data["timings_ms"]:
        return "—"
    cpu = data.get("cpu_ms", {}).get(key)
    return fmt(data["timings_ms"][key]) + (f" ({fmt(cpu)})" if cpu is not None else "")


def ratio(a, b, key):
    parts = []
    for field in ("timings_ms", "cpu_ms"):
        x, y = (a or {}).get(field, {}).get(key), (b or {}).get(field, {}).get(key)
        parts.append(f"{x / y:.2f}" if x is not None and y else "—")
    return "; ".join(parts) if parts[0] != "—" else "—"


def pagerank_diff(work, size, lib):
    ours = os.path.join(work, f"{size}-pagerank-actorgraph-pagerank.bin")
    theirs = os.path.join(work, f"{size}-pagerank-{lib}-pagerank.npy")
    if not (os.path.exists(ours) and os.path.exists(theirs)):
        return None
    a, b = np.fromfile(ours, dtype=np.float64), np.load(theirs)
    return float(np.max(np.abs(a - b / b.sum())))


def agree(work, size, key, ag, peer, lib):
    """A short agreement note for one row, or ''."""
    if ag is None or peer is None or "timeout" in peer:
        return ""
    if key == "st_median" and "st_costs" in peer:
        k = len(peer["st_costs"])
        same = sum(1 for a, b in zip(ag["st_costs"], peer["st_costs"]) if abs(a - b) <= 1e-6 * max(1, abs(a)))
        return f"costs {same}/{k} same ({lib})"
    if key == "k5_median" and "k5_costs" in peer:
        k = len(peer["k5_costs"])
        same = sum(1 for a, b in zip(ag["k5_costs"], peer["k5_costs"]) if len(a) == len(b) and all(abs(x - y) <= 1e-6 * max(1, x) for x, y in zip(a, b)))
        return f"5 costs same on {same}/{k} pairs ({lib})"
    if key in ("weak", "strong") and f"{key}_count" in peer:
        a, b = ag.get(f"{key}_count"), peer[f"{key}_count"]
        return f"{a:,} vs {b:,} components: {'same' if a == b else '**differ**'}"
    if key == "pagerank":
        diff = pagerank_diff(work, size, lib)
        return "" if diff is None else f"largest difference {diff:.1e} ({'≤' if diff <= 1e-6 else '**>**'} 1e-6, {lib})"
    for kind in ("pivots", "exact"):
        if key == f"betweenness_{kind}_2t" and f"betweenness_{kind}_top10" in peer:
            return "top 10 identical" if peer[f"betweenness_{kind}_top10"] == ag.get(f"betweenness_{kind}_top10") else "**top 10 differ**"
    if key == "leiden_2it" and "leiden_modularity" in peer:
        ours = peer.get("leiden_modularity_of_ours", ag.get("leiden_modularity"))
        return f"Q {ours:.4f} vs {peer['leiden_modularity']:.4f}"
    if key == "leidenalg_2it" and "leidenalg_modularity" in peer:
        return f"Q {ag.get('leiden_modularity', 0):.4f} vs {peer['leidenalg_modularity']:.4f}"
    if key == "approx_betweenness" and "approx_samples" in ag:
        return f"{ag['approx_samples']:,} samples, VD bound {ag['approx_vd_bound']:,}"
    return ""


def mb(data):
    return f"{data['peak_mb']:,.0f}" if data and data.get("peak_mb") else "—"


def kernel_rows(work, loads):
    rows = []
    for size in SIZES:
        for op, metrics in OPS.items():
            libs = {lib: read(work, f"{size}-{op}-{lib}") for lib in LIBS}
            ag = libs["actorgraph"]
            if ag is None:
                continue
            loads.append(f"{size} {op}: " + ", ".join(f"{lib} {d['load']}" for lib, d in libs.items() if d and d.get("load")))
            label_size = f"{size} ({ag['vertices']:,} / {ag['edges']:,})" if "vertices" in ag else size
            for label, key in metrics:
                if not any(d is not None and (key in d["timings_ms"] or "timeout" in d) for d in libs.values()):
                    continue
                order = PEER_ORDER.get(key, ["graph-tool", "igraph", "networkx"])
                ref = next((lib for lib in order if libs[lib] is not None and (key in libs[lib]["timings_ms"] or "timeout" in libs[lib])), None)
                peer = libs[ref] if ref else None
                cells = " | ".join(cell(libs[lib], key) for lib in LIBS)
                r = ratio(ag, peer, key) + (f" (vs {ref})" if ref and ref != "graph-tool" and peer and "timeout" not in peer else "")
                memory = f"{mb(ag)} / {mb(peer)}" + (f" ({ref})" if ref else "")
                rows.append(f"| {label_size} | {label} | {cells} | {r} | {memory} | {agree(work, size, key, ag, peer, ref)} |")
    return rows


def whole_rows(work, loads):
    """The steps that run the application's own layers, with their targets."""
    rows = []
    project = read(work, "project-build-actorgraph")
    if project and "timeout" not in project:
        loads.append(f"project: {project.get('load', '')}")
        rows.append(f"| build the analysis graph from loaded data, {project['actors']:,} actors / {project['relations']:,} relations | "
                    f"first {project['first_ms'] / 1000:.1f} s, again {project['again_ms'] / 1000:.1f} s ({project.get('again_cpu_ms', 0) / 1000:.1f} s CPU); "
                    f"{project['edges']:,} edges; peak {mb(project)} MB | ≤ 10 s, ≤ 8 GB | "
                    f"{'met' if project['again_ms'] <= 10000 and (project.get('peak_mb') or 0) <= 8192 else '**missed**'} |")
        if "mediators_p99_ms" in project:
            rows.append(f"| `mediators A B` after load, {project['mediator_pairs']:,} random pairs | p50 {project['mediators_p50_ms']:.2f} ms, "
                        f"p99 {project['mediators_p99_ms']:.2f} ms, max {project['mediators_max_ms']:.1f} ms | p99 ≤ 5 ms | "
                        f"{'met' if project['mediators_p99_ms'] <= 5 else '**missed**'} |")
    elif project:
        rows.append(f"| build the analysis graph from loaded data, 1M / 20M | deadline of {project['timeout']} s reached | ≤ 10 s | **not measured** |")
    seed = read(work, "seed-load-actorgraph")
    if seed and "timeout" not in seed:
        loads.append(f"seed: {seed.get('load', '')}")
        rows.append(f"| load a CSV seed folder, {seed['actors']:,} actors / {seed['relations']:,} relations | {seed['wall_s']:.1f} s wall "
                    f"({seed['cpu_s']:.1f} s CPU), peak {seed['peak_mb']:,.0f} MB | ≤ 30 s, ≤ 8 GB | "
                    f"{'met' if seed['wall_s'] <= 30 and seed['peak_mb'] <= 8192 else '**missed**'} |")
    http = read(work, "http-mediators-actorgraph")
    if http and "timeout" not in http and "requests_per_s" in http:
        loads.append(f"http: {http.get('load', '')}")
        ok = http["requests_per_s"] >= 20000 and http["p99_ms"] <= 20 and http["errors"] == 0
        rows.append(f"| HTTP `/api/mediators` on the 1M-actor service, wrk {http['duration']}, {http['connections']} connections | "
                    f"{http['requests_per_s']:,.0f} req/s, p50 {http['p50_ms']:.2f} ms, p99 {http['p99_ms']:.2f} ms, {http['errors']} errors, "
                    f"ready after {http.get('ready_s', 0):.0f} s | ≥ 20k req/s, p99 ≤ 20 ms | {'met' if ok else '**missed**'} |")
    return rows


def main():
    work, report, command = sys.argv[1:4]
    loads = []
    rows = kernel_rows(work, loads)
    whole = whole_rows(work, loads)
    out = ["# Scale benchmark: ActorGraph beside graph-tool, igraph and networkx\n",
           "Generated by `tests/ActorGraph.Benchmarks/Scale/run.sh`; do not edit by hand. Reproduce with:\n",
           f"```\n{command}\n```\n",
           "Graphs: directed Barabási-Albert-style graphs (`BarabasiAlbertGenerator`, seed 20241130: each new vertex links to m "
           "earlier ones chosen by degree, random direction, weights uniform in [1, 10) used as distances; pokec has unit "
           "weights), written once as a binary edge list that every library reads. **Each operation runs in its own process "
           "per library** under `/usr/bin/time -v`, so a row's peak memory (maximum resident set: reading the file, building "
           "the graph and the operation) is compared with the peer's for the same work. Query pairs are 100 uniform random "
           "pairs (k=5: the reachable ones); betweenness pivots are the same vertices for every library. PageRank is "
           "unweighted (damping 0.85), components ignore weights, Leiden treats edges as undirected with weight 1.\n",
           f"Machine: 2 cores, shared; python {platform.python_version()}. Cells are wall-clock medians in ms with CPU time "
           "(all threads) in brackets; the ratio is ActorGraph / peer, wall; CPU. The load average before → after each "
           "process is listed below the table.\n",
           "| size | operation | ActorGraph | graph-tool | igraph | networkx | ratio (wall; CPU) | peak MB (ActorGraph / peer) | agreement |",
           "|---|---|---|---|---|---|---|---|---|"]
    out.extend(rows)
    if whole:
        out += ["", "The application's own layers (ActorGraph alone; targets from issue 16):", "",
                "| step | result | target | met? |", "|---|---|---|---|"]
        out.extend(whole)
    out += ["", "Load average (1 minute) before → after each process:", ""]
    out.extend(f"- {line}" for line in loads)
    os.makedirs(os.path.dirname(report) or ".", exist_ok=True)
    with open(report, "w") as f:
        f.write("\n".join(out) + "\n")
    print("\n".join(out))


if __name__ == "__main__":
    main()
