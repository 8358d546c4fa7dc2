// name: neighbors
// description: entities within HOPS fact edges of ENTITY, each with one shortest path to it
// param: entity entity
// param: hops int 1
// columns: hops entity type path
// sort: hops entity
//
// Follows plain fact edges (asserted or reported statements) both ways,
// breadth first, up to HOPS steps (at most 6). path is one shortest path
// from ENTITY, the least in text order when there are several.

var start = kgNode(entity), maxHops = Math.min(Math.max(hops, 0), 6);
var seen = {}, paths = {}, frontier = [start];
seen[start] = 0;
var ents = kgEntities([entity]);
paths[start] = kgName(ents, entity);
for (var h = 1; h <= maxHops && frontier.length > 0; h++) {
	var steps = kgExpand(frontier), next = [], found = {};
	for (var i = 0; i < steps.length; i++) {
		var s = steps[i];
		if (seen.hasOwnProperty(s.to) && seen[s.to] < h) {
			continue;
		}
		if (!found[s.to]) {
			found[s.to] = [];
			next.push(s.to);
		}
		found[s.to].push(s);
	}
	var iris = [];
	for (var k = 0; k < next.length; k++) {
		iris.push(kgBare(next[k]));
	}
	var names = kgEntities(iris);
	for (var n = 0; n < next.length; n++) {
		var node = next[n], best = null, opts = found[node];
		for (var o = 0; o < opts.length; o++) {
			var cand = paths[opts[o].from] + kgEdge(opts[o].predicate, opts[o].forward) + kgName(names, kgBare(node));
			if (best === null || cand < best) {
				best = cand;
			}
		}
		seen[node] = h;
		paths[node] = best;
		g.Emit({hops: h, entity: kgName(names, kgBare(node)), type: kgType(names, kgBare(node)), path: best});
	}
	frontier = next;
}
