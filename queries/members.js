// name: members
// description: members of an organization or parties to an agreement (member_of, party_to), and candidates (candidate_for)
// param: entity entity
// columns: member type predicate modality time sources documents
// sort: predicate member modality
//
// Rows are facts and statements whose object is ENTITY: member_of (a
// person, country or organization belongs to it), party_to (a country or
// organization signed or joined it) and candidate_for (considered for,
// invited to or seeking to join it: not yet a member). Read the modality: a
// planned or negated membership is no membership.

var facts = kgFactsTo(entity, ["member_of", "party_to", "candidate_for"]);
var iris = [];
for (var j = 0; j < facts.length; j++) {
	iris.push(facts[j].subject);
}
var ents = kgEntities(iris);
for (var k = 0; k < facts.length; k++) {
	var f = facts[k];
	g.Emit({
		member: kgName(ents, f.subject), type: kgType(ents, f.subject), predicate: f.predicate,
		modality: f.modality, time: kgSpan(f.times), sources: f.sources, documents: f.documents
	});
}
