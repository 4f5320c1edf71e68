#!/usr/bin/env python3
"""Interop check: opens our GEXF, GraphML and CSV exports with networkx and prints what it read as JSON.

usage: networkx_check.py DIR   (DIR holds graph.gexf, graph.graphml, entities.csv, relations.csv)
Prints {"networkx": version, "<format>": {"directed": bool, "nodes": {id: label},
"edges": {id: {"source", "target", "type", "undirected"}}}} on stdout; exits non-zero on any error.
"""
import csv
import json
import os
import sys

import networkx as nx


def summary(graph, edge_id, undirected_of):
    edges = {}
    for source, target, key, data in graph.edges(keys=True, data=True):
        eid = edge_id(key, data)
        edges[eid] = {"source": source, "target": target, "type": data.get("type"), "undirected": undirected_of(data)}
    return {
        "directed": graph.is_directed(),
        "multigraph": graph.is_multigraph(),
        "nodes": {str(n): data.get("label") for n, data in graph.nodes(data=True)},
        "edges": edges,
    }


def as_multi(graph):
    # networkx returns a simple graph when a file has no parallel edges: iterate one way.
    return graph if graph.is_multigraph() else nx.MultiDiGraph(graph) if graph.is_directed() else nx.MultiGraph(graph)


def unguard(cell):
    # Our CSV prefixes formula-looking cells with a quote (formula injection guard).
    return cell[1:] if cell[:2] in ("'=", "'+", "'-", "'@") else cell


def read_csv(folder):
    graph = nx.MultiDiGraph()
    with open(os.path.join(folder, "entities.csv"), newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            graph.add_node(row["id"], **{k: unguard(v) for k, v in row.items()})
    with open(os.path.join(folder, "relations.csv"), newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            graph.add_edge(row["source"], row["target"], key=row["id"], **{k: unguard(v) for k, v in row.items()})
    return graph


def main():
    folder = sys.argv[1]
    gexf = as_multi(nx.read_gexf(os.path.join(folder, "graph.gexf")))
    graphml = as_multi(nx.read_graphml(os.path.join(folder, "graph.graphml")))
    table = read_csv(folder)
    out = {
        "networkx": nx.__version__,
        "gexf": summary(gexf, lambda key, data: data.get("id", key), lambda data: data.get("undirected")),
        "graphml": summary(graphml, lambda key, data: data.get("id", key), lambda data: data.get("undirected")),
        "csv": summary(table, lambda key, data: key, lambda data: data.get("directed") == "false"),
    }
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
