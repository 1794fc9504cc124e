#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""NetworkX peer for the static gap-distance query of bench/bench_planner.cpp.

Run the benchmark once with CAREERGRAPH_BENCH_EXPORT=DIR to write the
100,000-role graph with its gap weights (edges.txt: "from to weight" per
transition), the query sources (sources.txt) and careergraph's distances from
the first source (distances.txt: "role distance"). This script loads the same
graph, times networkx.single_source_dijkstra_path_length from the same sources,
and checks its distances against careergraph's at 1e-9.

Usage: /usr/bin/python3 scripts/peers/networkx_paths.py DIR [--repeat N]
(Debian's python3-networkx; the pyenv python3 on PATH has another version.)
"""

import argparse
import math
import statistics
import sys
import time

import networkx as nx


def load(directory):
    graph = nx.DiGraph()
    with open(f"{directory}/edges.txt", encoding="utf-8") as edges:
        for line in edges:
            a, b, w = line.split()
            graph.add_edge(int(a), int(b), weight=float(w))
    with open(f"{directory}/sources.txt", encoding="utf-8") as f:
        sources = [int(line) for line in f if line.strip()]
    ours = {}
    with open(f"{directory}/distances.txt", encoding="utf-8") as f:
        for line in f:
            v, d = line.split()
            ours[int(v)] = float(d)
    return graph, sources, ours


def close(a, b):
    diff = abs(a - b)
    return diff <= 1e-9 or diff <= 1e-9 * max(abs(a), abs(b))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("directory")
    parser.add_argument("--repeat", type=int, default=1, help="passes over the sources")
    args = parser.parse_args()

    start = time.perf_counter()
    graph, sources, ours = load(args.directory)
    print(f"networkx {nx.__version__}: loaded {graph.number_of_nodes()} roles, "
          f"{graph.number_of_edges()} transitions in {time.perf_counter() - start:.1f} s")

    theirs = nx.single_source_dijkstra_path_length(graph, sources[0], weight="weight")
    mismatches = [v for v in set(ours) | set(theirs)
                  if v not in ours or v not in theirs or not close(ours[v], theirs[v])]
    print(f"distances from role {sources[0]}: {len(theirs)} reached, "
          f"{len(mismatches)} differ from careergraph's")

    times = []
    for _ in range(args.repeat):
        for s in sources:
            t0 = time.perf_counter()
            nx.single_source_dijkstra_path_length(graph, s, weight="weight")
            times.append((time.perf_counter() - t0) * 1000.0)
    print(f"single-source Dijkstra over {len(times)} queries: median {statistics.median(times):.1f} ms, "
          f"min {min(times):.1f} ms, max {max(times):.1f} ms")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
