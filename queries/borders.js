// name: borders
// description: the countries and regions ENTITY borders, with independent sources
// param: entity entity
// columns: neighbor type modality sources documents
// sort: neighbor modality
//
// borders is symmetric: statements naming ENTITY on either side count.

var facts = kgFacts(kgStatements(kgAbout(entity).Has("<kg:predicate>", "borders"), {predicate: "borders"}), entity);
var iris = [];
for (var i = 0; i < facts.length; i++) {
	iris.push(facts[i].object);
}
var ents = kgEntities(iris);
for (var j = 0; j < facts.length; j++) {
	var f = facts[j];
	g.Emit({
		neighbor: kgName(ents, f.object), type: kgType(ents, f.object), modality: f.modality,
		sources: f.sources, documents: f.documents
	});
}
