// name: who-met
// description: people, countries and organizations that met ENTITY, with independent sources and documents
// param: entity entity
// columns: other type modality time sources documents evidence
// sort: other modality
//
// met_with is symmetric, so a statement may name ENTITY as its subject or as
// its object: both are read. One row per party and kind: asserted and
// reported statements make one row (modality asserted when any asserts
// it); hedged, planned and negated ones a row each. time is the statements'
// time or span; sources counts independent origins (copies and rewrites of
// one report count once), documents counts pages, and evidence lists them.

var facts = kgFacts(kgStatements(kgAbout(entity).Has("<kg:predicate>", "met_with"), {predicate: "met_with"}), entity);
var others = [];
for (var i = 0; i < facts.length; i++) {
	others.push(facts[i].object);
}
var ents = kgEntities(others);
for (var j = 0; j < facts.length; j++) {
	var f = facts[j];
	g.Emit({
		other: kgName(ents, f.object), type: kgType(ents, f.object), modality: f.modality,
		time: kgSpan(f.times), sources: f.sources, documents: f.documents, evidence: kgList(f.docs)
	});
}
