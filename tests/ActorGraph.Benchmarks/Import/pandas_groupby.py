"""Peer for the ActorGraph import benchmark: pandas reads the same GDELT 2.0 events file and groups by
the same keys (Actor1Code, Actor2Code, EventCode, SQLDATE): count, mean GoldsteinScale, sum NumSources.

Read with the fastest fair settings: C engine, only the needed columns (usecols), explicit dtypes
(codes as strings so leading zeros stay), no quoting. Prints one JSON line with the timings.
Usage: /usr/bin/python3 pandas_groupby.py FILE
"""
import csv
import json
import sys
import time

import pandas as pd

COLUMNS = {1: "SQLDATE", 5: "Actor1Code", 15: "Actor2Code", 26: "EventCode", 29: "QuadClass",
           30: "GoldsteinScale", 32: "NumSources", 60: "SOURCEURL"}
DTYPES = {1: "int32", 5: "string", 15: "string", 26: "string", 29: "int8", 30: "float64", 32: "int32", 60: "string"}


def main(path):
    c0 = time.process_time()
    t0 = time.perf_counter()
    df = pd.read_csv(path, sep="\t", header=None, usecols=list(COLUMNS), dtype=DTYPES,
                     quoting=csv.QUOTE_NONE, engine="c", na_filter=True)
    t1 = time.perf_counter()
    grouped = df.groupby([5, 15, 26, 1], sort=False).agg(
        events=(30, "size"), goldstein=(30, "mean"), sources=(32, "sum"))
    t2 = time.perf_counter()
    c2 = time.process_time()
    print(json.dumps({"rows": len(df), "groups": len(grouped), "read_s": t1 - t0, "groupby_s": t2 - t1,
                      "total_s": t2 - t0, "cpu_s": c2 - c0, "pandas": pd.__version__}))


if __name__ == "__main__":
    main(sys.argv[1])
