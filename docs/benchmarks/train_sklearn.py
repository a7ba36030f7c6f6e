"""The scikit-learn side of the training benchmark: what `workbench train` does, in one Python process.

Reads the CSV written by `workbench bench train --csv FILE`, splits 80/20 at random, optionally runs k-fold
cross-validation over the training rows, fits HistGradientBoostingClassifier (100 iterations, 31 leaves, no early
stopping, the text columns as categorical features) and scores ROC AUC on the train and test rows.

    python3 train_sklearn.py bench.csv [--folds 5] [--label y]
"""
import argparse
import json
import time

import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import KFold, cross_val_score, train_test_split


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("csv")
    parser.add_argument("--label", default="y")
    parser.add_argument("--folds", type=int, default=0)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    start = time.perf_counter()
    frame = pd.read_csv(args.csv)
    y = frame.pop(args.label)
    categorical = [frame[c].dtype == object for c in frame.columns]
    for name in frame.columns[categorical]:
        frame[name] = frame[name].astype("category").cat.codes  # scikit-learn 1.2 takes categories as codes
    x_train, x_test, y_train, y_test = train_test_split(frame, y, test_size=0.2, random_state=args.seed)

    def model():
        return HistGradientBoostingClassifier(max_iter=100, max_leaf_nodes=31, early_stopping=False,
                                              categorical_features=categorical, random_state=args.seed)

    result = {}
    if args.folds >= 2:
        folds = KFold(args.folds, shuffle=True, random_state=args.seed)
        scores = cross_val_score(model(), x_train, y_train, cv=folds, scoring="roc_auc")
        result["cv_roc_auc_mean"] = scores.mean()
    fitted = model().fit(x_train, y_train)
    result["train_roc_auc"] = roc_auc_score(y_train, fitted.predict_proba(x_train)[:, 1])
    result["test_roc_auc"] = roc_auc_score(y_test, fitted.predict_proba(x_test)[:, 1])
    result["seconds"] = time.perf_counter() - start
    print(json.dumps(result))


if __name__ == "__main__":
    main()
