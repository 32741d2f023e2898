// Reads stancegraph's exports the way a sigma.js page would, and prints what graphology found, as JSON.
//   node read_exports.js FILE.graphml FILE.graphology.json [--counts]
// With --counts it prints only each graph's node and edge counts.
// GraphML goes through graphology-graphml's parser; the graphology JSON through Graph.from (graph.import()
// with the graph options the file declares).
"use strict";

const fs = require("fs");
const Graph = require("graphology");
const graphml = require("graphology-graphml");

function summary(graph) {
  const nodes = {};
  graph.forEachNode((key, attributes) => { nodes[key] = attributes; });
  const edges = {};
  graph.forEachEdge((key, attributes, source, target) => { edges[key] = { source, target, attributes }; });
  return { type: graph.type, multi: graph.multi, order: graph.order, size: graph.size, nodes, edges };
}

const [graphmlPath, jsonPath, option] = process.argv.slice(2);
const fromGraphml = graphml.parse(Graph, fs.readFileSync(graphmlPath, "utf8"));
const fromJson = Graph.from(JSON.parse(fs.readFileSync(jsonPath, "utf8")));
const report = option === "--counts" ? (graph) => [graph.order, graph.size] : summary;
process.stdout.write(JSON.stringify({ graphml: report(fromGraphml), graphology: report(fromJson) }));
