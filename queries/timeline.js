// name: timeline
// description: statements about ENTITY in time order, from SINCE to UNTIL
// param: entity entity
// param: since string -
// param: until string -
// columns: time dated subject predicate object modality sources documents
// sort: time subject predicate object modality
//
// A statement's time is its own (dated "event": "in March" read against the
// publication date) or, when it has none, its document's publication date
// (dated "published"). Statements with neither are left out. SINCE and
// UNTIL are ISO 8601 prefixes (2025, 2025-03, 2025-03-14); a coarser time
// that overlaps the range is kept. One row per fact and time.

var sts = kgStatements(kgAbout(entity));
var rows = [];
for (var i = 0; i < sts.length; i++) {
	var st = sts[i];
	var t = st.time, dated = "event";
	if (!t) {
		t = st.published;
		dated = "published";
	}
	if (!t || !kgInRange(t, since, until)) {
		continue;
	}
	st.when = t + "\u0000" + dated;
	rows.push(st);
}
// Group by time as well as by fact.
var byTime = {};
for (var j = 0; j < rows.length; j++) {
	(byTime[rows[j].when] = byTime[rows[j].when] || []).push(rows[j]);
}
var groups = [], iris = [];
var whens = kgKeys(byTime);
for (var k = 0; k < whens.length; k++) {
	var facts = kgFacts(byTime[whens[k]], entity);
	for (var f = 0; f < facts.length; f++) {
		groups.push({when: whens[k].split("\u0000"), fact: facts[f]});
		iris.push(facts[f].subject, facts[f].object);
	}
}
var ents = kgEntities(iris);
for (var n = 0; n < groups.length; n++) {
	var fact = groups[n].fact;
	g.Emit({
		time: groups[n].when[0], dated: groups[n].when[1], subject: kgName(ents, fact.subject),
		predicate: fact.predicate, object: kgName(ents, fact.object), modality: fact.modality,
		sources: fact.sources, documents: fact.documents
	});
}
