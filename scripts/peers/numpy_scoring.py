#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""The batch readiness scoring of bench/bench_readiness.cpp, in numpy (the peer).

Scores every person of the exported synthetic population against the roles
(semantics.md section 3: competency, credential and experience items, score and
eligibility) and reports requirement-item evaluations per second, like the C++
benchmark's `item_evals` counter. Preparation (building the dense arrays) is not
timed, as in the C++ benchmark; the score sums and eligible counts of the first
50 roles are checked against the C++ answers exported beside the data.

Export the data, then run with Debian's python (it has numpy), without the
OpenBLAS overrides of the environment:

    CAREERGRAPH_BENCH_EXPORT=/tmp/cg-export \\
        build/release/bench/bench_readiness --benchmark_filter=bm_gaps_per_role
    env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE \\
        /usr/bin/python3 scripts/peers/numpy_scoring.py /tmp/cg-export [--roles N]
"""
import argparse
import os
import time

import numpy as np


def load(folder, name, dtype):
    return np.fromfile(os.path.join(folder, name), dtype=dtype)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--roles", type=int, default=0, help="score only the first N roles (0: all)")
    args = parser.parse_args()
    d = args.folder
    meta = {}
    with open(os.path.join(d, "meta.txt")) as f:
        for line in f:
            key, value = line.split()
            meta[key] = int(value)
    n, n_comp, n_cred, n_sets, n_roles = (meta[k] for k in ("people", "competencies", "credentials", "role_sets", "roles"))

    t0 = time.perf_counter()
    # Dense, column-major so that a competency's column is contiguous.
    levels = np.zeros((n, n_comp), dtype=np.float64, order="F")
    levels[load(d, "lv_person.u32", np.uint32), load(d, "lv_comp.u32", np.uint32)] = load(d, "lv_level.f64", np.float64)
    held = np.zeros((n, n_cred), dtype=bool, order="F")
    held[load(d, "held_person.u32", np.uint32), load(d, "held_cred.u32", np.uint32)] = True
    years = np.zeros((n, max(n_sets, 1)), dtype=np.float64, order="F")
    years[load(d, "yr_person.u32", np.uint32), load(d, "yr_set.u32", np.uint32)] = load(d, "yr_years.f64", np.float64)
    grp_id = load(d, "grp_id.u32", np.uint32)
    grp_cred = load(d, "grp_cred.u32", np.uint32)
    groups = [grp_cred[grp_id == g] for g in range(meta["groups"])]
    it_role = load(d, "it_role.u32", np.uint32)
    it_kind = load(d, "it_kind.u32", np.uint32)
    it_ref = load(d, "it_ref.u32", np.uint32)
    it_req = load(d, "it_required.f64", np.float64)
    it_w = load(d, "it_weight.f64", np.float64)
    it_ess = load(d, "it_essential.u32", np.uint32).astype(bool)
    bounds = np.searchsorted(it_role, np.arange(n_roles + 1))
    prepare_s = time.perf_counter() - t0

    roles = n_roles if args.roles <= 0 else min(args.roles, n_roles)
    check_sum = load(d, "check_score_sum_50.f64", np.float64)
    check_eligible = load(d, "check_eligible_50.u32", np.uint32)
    sums = []
    eligible_counts = []
    evaluations = 0
    t0 = time.perf_counter()
    for r in range(roles):
        lo, hi = bounds[r], bounds[r + 1]
        kind, ref, req, w, ess = it_kind[lo:hi], it_ref[lo:hi], it_req[lo:hi], it_w[lo:hi], it_ess[lo:hi]
        total = w.sum()
        acc = np.zeros(n)
        ok = np.ones(n, dtype=bool)
        c = kind == 0
        if c.any():
            s = np.minimum(levels[:, ref[c]], req[c]) / req[c]
            acc += s @ w[c]
            if ess[c].any():
                ok &= (s[:, ess[c]] == 1.0).all(axis=1)
        for k in np.nonzero(kind == 1)[0]:
            has = held[:, groups[ref[k]]].any(axis=1)
            acc += w[k] * has
            if ess[k]:
                ok &= has
        for k in np.nonzero(kind == 2)[0]:
            s = np.ones(n) if req[k] == 0 else np.minimum(1.0, years[:, ref[k]] / req[k])
            acc += w[k] * s
            if ess[k]:
                ok &= s == 1.0
        score = acc / total if total > 0 else np.ones(n)
        evaluations += n * (hi - lo)
        if r < len(check_sum):
            sums.append(score.sum())
            eligible_counts.append(int(ok.sum()))
    score_s = time.perf_counter() - t0

    checked = len(sums)
    worst = max((abs(a - b) / max(abs(b), 1.0) for a, b in zip(sums, check_sum)), default=0.0)
    eligible_match = all(a == b for a, b in zip(eligible_counts, check_eligible))
    print(f"numpy {np.__version__}: {n} people x {roles} roles, {evaluations} item evaluations")
    print(f"prepare (dense arrays, untimed in C++) {prepare_s:.2f} s")
    print(f"score {score_s:.2f} s -> {evaluations / score_s:.3e} item evaluations/s")
    print(f"check against C++ ({checked} roles): max relative score-sum difference {worst:.2e}, "
          f"eligible counts {'equal' if eligible_match else 'DIFFERENT'}")


if __name__ == "__main__":
    main()
