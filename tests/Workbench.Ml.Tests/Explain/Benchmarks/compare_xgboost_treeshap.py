#!/usr/bin/env python3
"""Reference timing for the TreeSHAP benchmark, run by a reviewer (not in CI; needs `pip install xgboost numpy`).

Trains an XGBoost ensemble of the same shape as TreeShapBenchmarks (100 trees, at most 31 leaves grown leaf-wise,
20 features) and times its native C++ path-dependent TreeSHAP (`pred_contribs=True`) on 10,000 rows with 2 threads.
Compare with `WORKBENCH_BENCHMARKS=1 dotnet test tests/Workbench.Ml.Tests -c Release --filter TreeShapBenchmarks
--logger "console;verbosity=detailed"` on the same machine, in the same session.

It also checks local accuracy (contributions + bias = margin) so that the timing is of a correct result.
"""
import time

import numpy as np
import xgboost as xgb

ROWS, FEATURES, TREES, LEAVES, THREADS = 10_000, 20, 100, 31, 2

rng = np.random.default_rng(5)
X_train = rng.random((2_000, FEATURES))
y_train = (X_train @ rng.normal(size=FEATURES) + 0.5 * np.sin(6 * X_train[:, 0]) + rng.normal(scale=0.3, size=2_000))
X = rng.random((ROWS, FEATURES))

params = {
    "tree_method": "hist", "grow_policy": "lossguide", "max_leaves": LEAVES, "max_depth": 0,
    "learning_rate": 0.1, "min_child_weight": 1, "nthread": THREADS, "objective": "reg:squarederror",
}
booster = xgb.train(params, xgb.DMatrix(X_train, label=y_train), num_boost_round=TREES)
leaves = [d.count("leaf=") for d in booster.get_dump()]
print(f"xgboost {xgb.__version__}: {len(leaves)} trees, leaves per tree min {min(leaves)} max {max(leaves)}")

data = xgb.DMatrix(X)
booster.predict(data, pred_contribs=True)  # warm-up
times = []
for _ in range(5):
    start = time.perf_counter()
    contributions = booster.predict(data, pred_contribs=True)
    times.append(time.perf_counter() - start)
margin = booster.predict(data, output_margin=True)
error = np.abs(contributions.sum(axis=1) - margin).max()
print(f"pred_contribs on {ROWS:,} rows, {THREADS} threads: " + ", ".join(f"{t * 1000:.0f} ms" for t in times)
      + f"; best {min(times) * 1000:.0f} ms; max local-accuracy error {error:.2e}")
