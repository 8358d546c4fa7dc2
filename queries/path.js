// name: path
// description: the shortest connections between FROM and TO through fact edges, up to HOPS steps
// param: from entity
// param: to entity
// param: hops int 4
// columns: hops path
// sort: path
//
// Gizmo has no shortest-path step: this is a breadth-first search from both
// ends at once over plain fact edges (asserted or reported statements),
// each way round, expanding the smaller side, up to HOPS steps (at most 8).
// Every shortest path is listed, up to 50: "Kazakhstan <-contacted-
// Azerbaijan -candidate_for-> Abraham Accords". No row: no connection
// within HOPS.

var maxHops = Math.min(Math.max(hops, 0), 8), maxPaths = 50;
var a = kgNode(from), b = kgNode(to);
// Each side: distance and the steps that reach a node at that distance.
var side = [
	{dist: {}, steps: {}, frontier: [a], depth: 0},
	{dist: {}, steps: {}, frontier: [b], depth: 0}
];
side[0].dist[a] = 0;
side[1].dist[b] = 0;
var meet = [];
if (a === b) {
	meet.push(a);
}
while (meet.length === 0 && side[0].depth + side[1].depth < maxHops &&
	side[0].frontier.length > 0 && side[1].frontier.length > 0) {
	var x = side[0].frontier.length <= side[1].frontier.length ? 0 : 1;
	var sd = side[x], other = side[1 - x], depth = sd.depth + 1;
	var steps = kgExpand(sd.frontier), next = [];
	for (var i = 0; i < steps.length; i++) {
		var st = steps[i];
		if (sd.dist.hasOwnProperty(st.to) && sd.dist[st.to] < depth) {
			continue;
		}
		if (!sd.dist.hasOwnProperty(st.to)) {
			sd.dist[st.to] = depth;
			sd.steps[st.to] = [];
			next.push(st.to);
		}
		sd.steps[st.to].push(st);
	}
	sd.frontier = next;
	sd.depth = depth;
	var best = -1;
	for (var j = 0; j < next.length; j++) {
		if (other.dist.hasOwnProperty(next[j])) {
			var total = depth + other.dist[next[j]];
			if (best < 0 || total < best) {
				best = total;
				meet = [];
			}
			if (total === best) {
				meet.push(next[j]);
			}
		}
	}
}

// halves lists the paths from a side's start to node as arrays of steps,
// start first, at most maxPaths of them.
function halves(sd, node) {
	if (!sd.steps[node]) {
		return [[]];
	}
	var out = [];
	var ss = sd.steps[node];
	for (var i = 0; i < ss.length && out.length < maxPaths; i++) {
		var before = halves(sd, ss[i].from);
		for (var k = 0; k < before.length && out.length < maxPaths; k++) {
			out.push(before[k].concat([ss[i]]));
		}
	}
	return out;
}

var iris = [], found = [];
for (var m = 0; m < meet.length && found.length < maxPaths; m++) {
	var left = halves(side[0], meet[m]), right = halves(side[1], meet[m]);
	for (var l = 0; l < left.length && found.length < maxPaths; l++) {
		for (var r = 0; r < right.length && found.length < maxPaths; r++) {
			// Nodes in order from FROM to TO, with the edge before each.
			var nodes = [a], edges = [];
			for (var p = 0; p < left[l].length; p++) {
				nodes.push(left[l][p].to);
				edges.push(kgEdge(left[l][p].predicate, left[l][p].forward));
			}
			for (var q = right[r].length - 1; q >= 0; q--) {
				nodes.push(right[r][q].from);
				edges.push(kgEdge(right[r][q].predicate, !right[r][q].forward));
			}
			found.push({nodes: nodes, edges: edges});
			for (var n = 0; n < nodes.length; n++) {
				iris.push(kgBare(nodes[n]));
			}
		}
	}
}
var ents = kgEntities(iris);
for (var f = 0; f < found.length; f++) {
	var text = kgName(ents, kgBare(found[f].nodes[0]));
	for (var e = 0; e < found[f].edges.length; e++) {
		text += found[f].edges[e] + kgName(ents, kgBare(found[f].nodes[e + 1]));
	}
	g.Emit({hops: found[f].edges.length, path: text});
}
