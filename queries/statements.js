// name: statements
// description: statements filtered by predicate, modality, time range, source and entity
// param: predicate predicate -
// param: modality modality -
// param: since string -
// param: until string -
// param: source string -
// param: entity entity -
// columns: subject predicate object modality time confidence source
// sort: source subject predicate object
//
// Every filter is optional: give "-" to skip one, or name them
// (kg query statements modality=negated since=2025). SINCE and UNTIL are
// ISO 8601 prefixes matched against the statement's time (statements
// without one are left out when either is given). SOURCE is a document's
// source as given to ingest, or a part of it.

var path = null;
if (entity !== null) {
	path = kgAbout(entity);
} else if (source !== null) {
	// a source the text was also ingested under counts as its own
	path = g.V().Has("<kg:source>", source).Or(g.V().Has("<kg:also_at>", source)).In(null).Has("<kg:type>", "Statement");
} else if (predicate !== null) {
	path = g.V().Has("<kg:predicate>", predicate);
} else if (modality !== null) {
	path = g.V().Has("<kg:modality>", modality);
} else {
	path = g.V().Has("<kg:type>", "Statement");
}
if (predicate !== null) {
	path = path.Has("<kg:predicate>", predicate);
}
if (modality !== null) {
	path = path.Has("<kg:modality>", modality);
}
// Sources matched by part: every document whose source contains it.
var docs = null;
if (source !== null) {
	docs = {};
	var found = [], exact = g.V().Has("<kg:source>", source).Or(g.V().Has("<kg:also_at>", source)).ToArray();
	for (var e = 0; e < exact.length; e++) {
		found.push(exact[e]);
	}
	if (found.length === 0) {
		var all = g.V().Has("<kg:type>", "Document").Tag("doc").Save("<kg:source>", "source").TagArray();
		for (var a = 0; a < all.length; a++) {
			if (all[a].source.indexOf(source) >= 0) {
				found.push(all[a].doc);
			}
		}
		if (entity === null) {
			path = found.length > 0 ? g.V.apply(g, found).In(null).Has("<kg:type>", "Statement") : null;
			if (path !== null && predicate !== null) {
				path = path.Has("<kg:predicate>", predicate);
			}
			if (path !== null && modality !== null) {
				path = path.Has("<kg:modality>", modality);
			}
		}
	}
	for (var d = 0; d < found.length; d++) {
		docs[kgBare(found[d])] = true;
	}
}
var filtered = since !== null || until !== null || (docs !== null && entity !== null);
var sts = path === null ? [] : kgStatements(path, {detail: true, limit: filtered ? 0 : kgLimit()});
var iris = [], keep = [];
for (var i = 0; i < sts.length; i++) {
	var st = sts[i];
	if ((since !== null || until !== null) && (!st.time || !kgInRange(st.time, since, until))) {
		continue;
	}
	if (docs !== null && !docs[st.doc]) {
		continue;
	}
	keep.push(st);
	iris.push(st.subject, st.object);
	if (kgLimit() > 0 && keep.length >= kgLimit()) {
		break;
	}
}
var ents = kgEntities(iris);
for (var k = 0; k < keep.length; k++) {
	var s = keep[k];
	g.Emit({
		subject: kgName(ents, s.subject), predicate: s.predicate, object: kgName(ents, s.object),
		modality: s.modality, time: s.time, confidence: s.confidence, source: s.source
	});
}
