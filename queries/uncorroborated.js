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
if (entity !== null) {
	add(kgStatements(kgAbout(entity)));
} else if (predicate !== null) {
	add(kgStatements(g.V().Has("<kg:predicate>", predicate), {predicate: predicate}));
} else {
	add(kgStatements(g.V().Has("<kg:modality>", "asserted"), {modality: "asserted"}));
	add(kgStatements(g.V().Has("<kg:modality>", "reported"), {modality: "reported"}));
}
var facts = kgFacts(sts, entity), single = [], iris = [];
for (var k = 0; k < facts.length && (kgLimit() === 0 || single.length < kgLimit()); k++) {
	if (facts[k].sources === 1) {
		single.push(facts[k]);
		iris.push(facts[k].subject, facts[k].object);
	}
}
var ents = kgEntities(iris);
for (var n = 0; n < single.length; n++) {
	var f = single[n];
	g.Emit({
		subject: kgName(ents, f.subject), predicate: f.predicate, object: kgName(ents, f.object),
		modality: f.modality, time: kgSpan(f.times), documents: f.documents, evidence: kgList(f.docs)
	});
}
