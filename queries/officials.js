// name: officials
// description: the people who lead ENTITY (head_of) or work for it (works_for), with their roles
// param: entity entity
// columns: person predicate role modality time sources documents
// sort: predicate person modality
//
// ENTITY is a country, an organization or a person (works_for also links
// aides to the person they serve). role lists the roles the statements
// give ("president", "special envoy"); time their time or span.

var facts = kgFactsTo(entity, ["head_of", "works_for"], {role: true});
var iris = [];
for (var j = 0; j < facts.length; j++) {
	iris.push(facts[j].subject);
}
var ents = kgEntities(iris);
for (var k = 0; k < facts.length; k++) {
	var f = facts[k];
	g.Emit({
		person: kgName(ents, f.subject), predicate: f.predicate, role: kgList(f.roles),
		modality: f.modality, time: kgSpan(f.times), sources: f.sources, documents: f.documents
	});
}
