// name: origins
// description: the reports documents carry: each origin with its documents (with ENTITY, those that make statements about it)
// param: entity entity -
// columns: origin documents evidence
// sort: -documents origin
//
// Ingest groups documents into origins: copies and rewrites of one report
// (near-duplicate passages) and pages that credit the same agency's report
// on the same story ("Reuters reported on Friday"). A fact's independent
// sources are its origins. evidence lists up to 10 documents of an origin.

var rows;
if (entity !== null) {
	rows = kgAbout(entity).Out("<kg:document>").Tag("doc").Save("<kg:source>", "source").SaveOpt("<kg:origin>", "origin").TagArray();
} else {
	rows = g.V().Has("<kg:type>", "Document").Tag("doc").Save("<kg:source>", "source").SaveOpt("<kg:origin>", "origin").TagArray();
}
var byOrigin = {};
for (var i = 0; i < rows.length; i++) {
	var o = rows[i].origin || kgBare(rows[i].doc);
	(byOrigin[o] = byOrigin[o] || {})[rows[i].source] = true;
}
var origins = kgKeys(byOrigin);
for (var j = 0; j < origins.length; j++) {
	var docs = kgKeys(byOrigin[origins[j]]);
	var list = docs.slice(0, 10).join(", ");
	if (docs.length > 10) {
		list += ", and " + (docs.length - 10) + " more";
	}
	g.Emit({origin: origins[j], documents: docs.length, evidence: list});
}
