#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Summarises the DIAG lines of bound_diag.patch (stdin or a file): per depth,
the mean bound h, true cost to go h*, transition distance, open-step
distance, least transitions with experience exact (habs), and the
transitions and steps of the best completion; how far the labels' best walks
(g + h*) are from the optimum; and how many labels a bound raised by
habs - dist would have kept from expansion."""
import statistics
import sys
from collections import defaultdict

rows = []
for line in (open(sys.argv[1]) if len(sys.argv) > 1 else sys.stdin):
    if not line.startswith("DIAG"):
        continue
    fields = line.split()[1:]
    rows.append({k: float(v) for k, v in zip(fields[0::2], fields[1::2])})
if not rows:
    sys.exit("no DIAG lines (build with bound_diag.patch, run with CAREERGRAPH_BOUND_DIAG=1)")
best = rows[0]["best"]
ratios = [(r["g"] + r["hstar"]) / best for r in rows if r["hstar"] >= 0]
edges = [1.0001, 1.05, 1.1, 1.2, 1.5, float("inf")]
counts, low = [], 0.0
for high in edges:
    counts.append(sum(1 for x in ratios if low <= x < high))
    low = high
print(f"labels {len(rows)}; best walk / optimum in [1, 1.0001) [.., 1.05) [.., 1.1) [.., 1.2) [.., 1.5) [1.5, ..): {counts}")
bound_share = [r["h"] / r["hstar"] for r in rows if r["hstar"] > 0]
print(f"h / h*: median {statistics.median(bound_share):.2f}")
if all("habs" in r for r in rows):
    same = sum(1 for r in rows if abs(r["habs"] - r["open"]) < 1e-9)
    pruned = sum(1 for r in rows
                 if r["habs"] >= 0 and r["g"] + r["h"] + max(0.0, r["habs"] - r["dist"]) >= best - 1e-9)
    print(f"habs equal to the open distance on {same} of {len(rows)}; "
          f"h + (habs - dist) reaches the optimum on {pruned} of {len(rows)}")
keys = ["g", "h", "hstar", "dist", "open", "habs", "transitions", "hops"]
keys = [k for k in keys if all(k in r for r in rows)]
by_depth = defaultdict(list)
for r in rows:
    by_depth[int(r["steps"])].append(r)
print("depth labels " + " ".join(keys))
for depth in sorted(by_depth):
    group = by_depth[depth]
    means = [statistics.mean(min(r[k], 1e9) for r in group) for k in keys]
    print(f"{depth} {len(group)} " + " ".join(f"{m:.1f}" for m in means))
