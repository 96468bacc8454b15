#!/usr/bin/env python3
"""The map / keyed-reduce recipe of docs/scaling.md, run locally.

Map: each partition of the articles through `claimgraph analyze --input jsonl --format
jsonl`; every document is keyed by the event families of its claims. Reduce: per family,
that family's documents through the same command again; the link lines whose two claims
are of that family are the family's links. The union of the families' links must equal
the links of one process over the whole input: exit 0 when it does.

Usage: map_reduce_check.py [--dask] CLAIMGRAPH INPUT.jsonl|FOLDER [PARTITIONS]
A FOLDER's *.txt files are the articles (ids from their names). Without --dask the
tasks run in local threads; with --dask on a Dask distributed cluster, a scheduler and
two worker processes on 127.0.0.1 (Debian's python3-distributed).
"""
import collections
import functools
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

EVENTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib", "lexicons", "common", "events.tsv")


def load_families():
    """event -> family (an event the table does not name is its own family)."""
    table = {}
    for row in open(EVENTS, encoding="utf-8"):
        if row.strip() and not row.startswith("#"):
            cells = row.rstrip("\n").split("\t")
            table[cells[0]] = cells[1]
    return table


def family(table, event):
    return table.get(event, event)


def analyze(cli, lines):
    """The command over some JSON Lines articles: its output objects."""
    out = subprocess.run([cli, "analyze", "--input", "jsonl", "--format", "jsonl", "-"],
                         input="".join(lines), capture_output=True, text=True, check=True).stdout
    return [json.loads(line) for line in out.splitlines()]


def link_key(link):
    return (link["a"], link["b"], link["relation"], link["kind"], link["reason"], link["confidence"])


def family_links(cli, table, by_id, item):
    """The reduce of one family: its documents linked together, its links kept."""
    fam, ids = item
    objects = analyze(cli, [by_id[i] for i in sorted(ids)])
    event = {o["id"]: o["event"] for o in objects if o["type"] == "claim"}
    return [link_key(o) for o in objects if o["type"] == "link"
            and family(table, event[o["a"]]) == fam and family(table, event[o["b"]]) == fam]


def main():
    args = [a for a in sys.argv[1:] if a != "--dask"]
    use_dask = "--dask" in sys.argv[1:]
    cli, source = args[0], args[1]
    partitions_wanted = int(args[2]) if len(args) > 2 else 4
    if os.path.isdir(source):
        articles = [json.dumps({"id": f[:-4], "text": open(os.path.join(source, f), encoding="utf-8").read()},
                               ensure_ascii=False) + "\n" for f in sorted(os.listdir(source)) if f.endswith(".txt")]
    else:
        articles = open(source, encoding="utf-8").readlines()
    by_id = {json.loads(line)["id"]: line for line in articles}
    partitions = [articles[i::partitions_wanted] for i in range(partitions_wanted)]
    table = load_families()

    client = cluster = None
    if use_dask:
        from distributed import Client, LocalCluster
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address=None)
        client = Client(cluster)
        print(f"dask: scheduler {cluster.scheduler_address}, {len(cluster.workers)} workers")

    def run_all(function, items):
        if client is None:
            with ThreadPoolExecutor(partitions_wanted) as pool:
                return list(pool.map(function, items))
        return client.gather(client.map(function, items, pure=False))

    try:
        mapped = run_all(functools.partial(analyze, cli), partitions)                       # map
        keyed = collections.defaultdict(set)                                                # family -> doc ids
        for objects in mapped:
            for o in objects:
                if o["type"] == "claim":
                    keyed[family(table, o["event"])].add(o["doc"])
        reduced = run_all(functools.partial(family_links, cli, table, by_id), sorted(keyed.items()))  # reduce
    finally:
        if client is not None:
            client.close()
            cluster.close()
    distributed = sorted(k for links in reduced for k in links)
    single = sorted(link_key(o) for o in analyze(cli, articles) if o["type"] == "link")
    print(f"{len(articles)} documents, {partitions_wanted} partitions, {len(keyed)} families: "
          f"{len(distributed)} links distributed, {len(single)} in one process")
    return 0 if distributed == single else 1


if __name__ == "__main__":
    sys.exit(main())
