// Reads one kg export with the npm consumer for its format and prints
// what it saw as JSON: node and edge counts, every node label sorted, the
// aliases of every node and the sentences of every edge. Used by
// export/consumer_test.go:
//
//   node check.js gexf|graphml|graphology|cytoscape FILE
'use strict';
const fs = require('fs');
const [format, file] = process.argv.slice(2);
const text = fs.readFileSync(file, 'utf8');

function fromGraphology(graph) {
  const labels = [];
  const aliases = [];
  let positioned = 0;
  graph.forEachNode((key, a) => {
    labels.push(a.label);
    if (Array.isArray(a.aliases)) aliases.push(...a.aliases);
    else if (typeof a.aliases === 'string' && a.aliases !== '') aliases.push(...a.aliases.split(' | '));
    if (typeof a.x === 'number' && typeof a.y === 'number' && isFinite(a.x) && isFinite(a.y)) positioned++;
  });
  const sentences = [];
  let undirected = 0;
  graph.forEachEdge((key, a, s, t, sa, ta, isUndirected) => {
    if (Array.isArray(a.sentences)) sentences.push(...a.sentences);
    else if (typeof a.sentences === 'string' && a.sentences !== '') sentences.push(...a.sentences.split('\n'));
    if (isUndirected) undirected++;
  });
  return {nodes: graph.order, edges: graph.size, undirected, positioned, labels, aliases, sentences};
}

let out;
switch (format) {
  case 'gexf': {
    const Graph = require('graphology');
    const gexf = require('graphology-gexf');
    out = fromGraphology(gexf.parse(Graph, text));
    break;
  }
  case 'graphml': {
    const Graph = require('graphology');
    const graphml = require('graphology-graphml');
    out = fromGraphology(graphml.parse(Graph, text));
    break;
  }
  case 'graphology': {
    const Graph = require('graphology');
    const data = JSON.parse(text);
    const graph = new Graph(data.options);
    graph.import(data);
    out = fromGraphology(graph);
    break;
  }
  case 'cytoscape': {
    const cytoscape = require('cytoscape');
    const data = JSON.parse(text);
    const cy = cytoscape({headless: true, elements: data.elements});
    const labels = [];
    const aliases = [];
    let positioned = 0;
    cy.nodes().forEach((n) => {
      labels.push(n.data('label'));
      aliases.push(...(n.data('aliases') || []));
      const p = n.position();
      if (isFinite(p.x) && isFinite(p.y)) positioned++;
    });
    const sentences = [];
    cy.edges().forEach((e) => sentences.push(...(e.data('sentences') || [])));
    out = {
      nodes: cy.nodes().length, edges: cy.edges().length,
      undirected: cy.edges().filter((e) => e.data('symmetric')).length,
      positioned, labels, aliases, sentences,
      // Cytoscape drops elements with a duplicate id silently: count the input too.
      inputNodes: data.elements.nodes.length, inputEdges: data.elements.edges.length,
    };
    break;
  }
  default:
    throw new Error('unknown format ' + format);
}
out.labels.sort();
process.stdout.write(JSON.stringify(out));
