#!/usr/bin/env python3
"""Peer for the export benchmark: networkx writes GraphML for the same graph (nodes.tsv, edges.tsv written by
`dotnet run -c Release --project tests/ActorGraph.Benchmarks -- export`), median of R runs.
Usage: peer_graphml.py DIR [R]"""
import statistics
import sys
import time

import networkx as nx

d = sys.argv[1]
repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 3
g = nx.MultiDiGraph()
with open(f"{d}/nodes.tsv", encoding="utf-8") as f:
    for line in f:
        i, name, kind = line.rstrip("\n").split("\t")
        g.add_node(i, label=name, kind=kind)
with open(f"{d}/edges.tsv", encoding="utf-8") as f:
    for line in f:
        i, s, t, kind, strength, start = line.rstrip("\n").split("\t")
        g.add_edge(s, t, key=i, label=kind, strength=float(strength), start=start)
times = []
for _ in range(repeat):
    t0 = time.perf_counter()
    nx.write_graphml(g, f"{d}/networkx.graphml")
    times.append(time.perf_counter() - t0)
print(f"networkx {nx.__version__} write_graphml: median {statistics.median(times):.3f} s of {repeat} "
      f"(nodes {g.number_of_nodes()}, edges {g.number_of_edges()}, min {min(times):.3f}, max {max(times):.3f})")
