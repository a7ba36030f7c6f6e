"""Times SciPy on the data of `workbench bench drift --csv FOLDER`, test by test, as specs/drift.md defines them.

Run by hand (not in CI), with Debian's Python that has numpy, scipy and pandas:

    workbench bench drift --csv /tmp/driftbench > cs.json
    /usr/bin/python3 docs/benchmarks/drift_scipy.py /tmp/driftbench [cs.json]

Prints JSON: seconds (wall) and CPU seconds per test over every column, the total, and, when the workbench's JSON is
given, the ratio SciPy / workbench per test and in total. Loading the CSV files is not timed.
"""
import json
import sys
import time

import numpy as np
import pandas as pd
from scipy import stats
from scipy.spatial import distance

EPS = 0.0001


def shares(r, c):
    """Shares of both samples in the spec's bins: Sturges edges over both samples (more than 20 distinct values)."""
    both = np.concatenate([r, c])
    edges = np.histogram_bin_edges(both, bins="sturges")
    p = np.histogram(r, edges)[0] / len(r)
    q = np.histogram(c, edges)[0] / len(c)
    return p, q


def ks(r, c):
    return stats.ks_2samp(r, c, method="auto").pvalue < 0.05


def wasserstein(r, c):
    return stats.wasserstein_distance(r, c) / max(np.std(r), 0.001) >= 0.1


def psi(r, c):
    p, q = shares(r, c)
    p, q = np.where(p == 0, EPS, p), np.where(q == 0, EPS, q)
    return np.sum((q - p) * np.log(q / p)) >= 0.1


def kl(r, c):
    p, q = shares(r, c)
    p, q = np.where(p == 0, EPS, p), np.where(q == 0, EPS, q)
    return stats.entropy(p, q) >= 0.1


def jensenshannon(r, c):
    p, q = shares(r, c)
    return distance.jensenshannon(p, q) >= 0.1


def hellinger(r, c):
    p, q = shares(r, c)
    return np.sqrt(max(0.0, 1 - np.sum(np.sqrt(p * q)))) >= 0.1


def auto(r, c):
    """Evidently's rule: above 1,000 reference rows, normed Wasserstein for numbers with more than 5 distinct values."""
    distinct = len(pd.unique(np.concatenate([r, c])))
    if len(r) > 1000 and distinct > 5:
        return wasserstein(r, c)
    return jensenshannon(r, c)


TESTS = [("ks", ks), ("wasserstein", wasserstein), ("psi", psi), ("kl", kl),
         ("jensenshannon", jensenshannon), ("hellinger", hellinger), ("auto", auto)]


def main():
    folder = sys.argv[1]
    read = dict(engine="c", float_precision="round_trip")
    reference = pd.read_csv(f"{folder}/reference.csv", **read)
    current = pd.read_csv(f"{folder}/current.csv", **read)
    columns = [(reference[n].to_numpy(), current[n].to_numpy()) for n in reference.columns]
    timings = []
    for name, test in TESTS:
        wall, cpu = time.perf_counter(), time.process_time()
        drifted = sum(bool(test(r, c)) for r, c in columns)
        timings.append({"test": name, "seconds": round(time.perf_counter() - wall, 3),
                        "cpuSeconds": round(time.process_time() - cpu, 3), "driftedColumns": drifted})
    result = {"rows": len(reference), "columns": len(columns), "tests": timings,
              "totalSeconds": round(sum(t["seconds"] for t in timings), 3),
              "totalCpuSeconds": round(sum(t["cpuSeconds"] for t in timings), 3)}
    if len(sys.argv) > 2:
        ours = {t["test"]: t for t in json.load(open(sys.argv[2]))["tests"]}
        for t in timings:
            mine = ours[t["test"]]
            t["ratioSeconds"] = round(t["seconds"] / max(mine["seconds"], 1e-9), 2)
            if "cpuSeconds" in mine:
                t["ratioCpuSeconds"] = round(t["cpuSeconds"] / max(mine["cpuSeconds"], 1e-9), 2)
        result["ratioTotalSeconds"] = round(result["totalSeconds"] / max(sum(t["seconds"] for t in ours.values()), 1e-9), 2)
        if all("cpuSeconds" in t for t in ours.values()):
            result["ratioTotalCpuSeconds"] = round(result["totalCpuSeconds"] / max(sum(t["cpuSeconds"] for t in ours.values()), 1e-9), 2)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
