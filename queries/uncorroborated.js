// name: uncorroborated
// description: facts that rest on one independent source (one origin, however many pages carry it)
// param: predicate predicate -
// param: entity entity -
// columns: subject predicate object modality time documents evidence
// sort: predicate subject object
//
// Asserted and reported facts only (hedged, planned and negated statements
// are not facts), of PREDICATE and about ENTITY when given. documents
// counts the pages that carry the one report; evidence lists them. Without
// PREDICATE or ENTITY every fact statement of the graph is read: on a
// million quads that takes seconds (see the README's latency table).

var sts = [];
function add(some) {
	for (var i = 0; i < some.length; i++) {
		if (kgIsFact(some[i].modality) && (predicate === null || some[i].predicate === predicate)) {
			sts.push(some[i]);
		}
	}
}
// Times are read afterwards, for the facts shown only.
if (entity !== null) {
	add(kgStatements(kgAbout(entity), {time: false}));
} else if (predicate !== null) {
	add(kgStatements(g.V().Has("<kg:predicate>", predicate), {predicate: predicate, time: false}));
} else {
	add(kgStatements(g.V().Has("<kg:modality>", "asserted"), {modality: "asserted", time: false}));
	add(kgStatements(g.V().Has("<kg:modality>", "reported"), {modality: "reported", time: false}));
}
var facts = kgFacts(sts, entity), single = [], iris = [], ids = [];
for (var k = 0; k < facts.length && (kgLimit() === 0 || single.length < kgLimit()); k++) {
	if (facts[k].sources === 1) {
		single.push(facts[k]);
		iris.push(facts[k].subject, facts[k].object);
		ids = ids.concat(facts[k].ids);
	}
}
var ents = kgEntities(iris), times = kgTimes(ids);
for (var t = 0; t < single.length; t++) {
	for (var u = 0; u < single[t].ids.length; u++) {
		var tm = times[single[t].ids[u]];
		if (tm) {
			single[t].times[tm] = true;
		}
	}
}
for (var n = 0; n < single.length; n++) {
	var f = single[n];
	g.Emit({
		subject: kgName(ents, f.subject), predicate: f.predicate, object: kgName(ents, f.object),
		modality: f.modality, time: kgSpan(f.times), documents: f.documents, evidence: kgList(f.docs)
	});
}
