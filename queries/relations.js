// name: relations
// description: every fact about ENTITY, as subject or as object, with independent sources
// param: entity entity
// param: predicate predicate -
// columns: subject predicate object modality time sources documents statements
// sort: predicate subject object modality
//
// All predicates (or only PREDICATE) and all modalities: asserted and
// reported statements of one subject, predicate and object make one fact
// row; a hedged, planned or negated statement is listed apart with its
// modality, so read that column before taking a row as a fact. sources
// counts independent origins, documents pages, statements sentences.
// kg query sources SUBJECT PREDICATE OBJECT shows the evidence of a row.

var path = kgAbout(entity);
if (predicate !== null) {
	path = path.Has("<kg:predicate>", predicate);
}
var facts = kgFacts(kgStatements(path, {predicate: predicate}), entity);
var iris = [];
for (var i = 0; i < facts.length; i++) {
	iris.push(facts[i].subject, facts[i].object);
}
var ents = kgEntities(iris);
for (var j = 0; j < facts.length; j++) {
	var f = facts[j];
	g.Emit({
		subject: kgName(ents, f.subject), predicate: f.predicate, object: kgName(ents, f.object),
		modality: f.modality, time: kgSpan(f.times), sources: f.sources, documents: f.documents,
		statements: f.statements
	});
}
