// name: contradictions
// description: facts some sources assert or report and others deny, and attributes that cannot both hold
// param: entity entity -
// columns: kind subject predicate object sources documents versus versus_sources versus_documents
// sort: kind subject predicate object versus
//
// Two kinds, over the whole graph or, given ENTITY, the claims about it:
//
//   negated    SUBJECT PREDICATE OBJECT is asserted or reported by some
//              documents (sources, documents) and negated by others
//              (versus "negated", versus_sources, versus_documents).
//   exclusive  two facts that cannot both hold: a country with two
//              capitals, a city the capital of two countries, or two
//              people with the same role at the head of one country or
//              organization in the same year (the statement's year, else
//              its document's). versus is the other fact.
//
// sources count independent origins; documents list the pages.

function facts(path, opts) {
	var out = [];
	var sts = kgStatements(path, opts);
	for (var i = 0; i < sts.length; i++) {
		if (kgIsFact(sts[i].modality)) {
			out.push(sts[i]);
		}
	}
	return out;
}

function between(s, p, o) {
	var sts = facts(g.V(kgNode(s)).In("<kg:subject>").Has("<kg:predicate>", p).Has("<kg:object>", kgNode(o)), {predicate: p});
	if (kgSymmetric(p) && s !== o) {
		sts = sts.concat(facts(g.V(kgNode(o)).In("<kg:subject>").Has("<kg:predicate>", p).Has("<kg:object>", kgNode(s)), {predicate: p}));
	}
	return sts;
}

var rows = [];

// Negated claims that others state.
var negated = entity !== null ? kgAbout(entity).Has("<kg:modality>", "negated") : g.V().Has("<kg:modality>", "negated");
var denials = kgFacts(kgStatements(negated, {modality: "negated"}), entity);
for (var i = 0; i < denials.length; i++) {
	var d = denials[i];
	var stated = kgFacts(between(d.subject, d.predicate, d.object), d.subject);
	if (stated.length === 0) {
		continue;
	}
	rows.push({kind: "negated", subject: d.subject, predicate: d.predicate, object: d.object, fact: stated[0],
		versus: "negated", other: d});
}

// Exclusive attributes. groups maps a key to {value: [statements]}.
function exclusive(sts, keyOf, valueOf, describe) {
	var groups = {};
	for (var i = 0; i < sts.length; i++) {
		var k = keyOf(sts[i]);
		if (k === null) {
			continue;
		}
		var g2 = groups[k] = groups[k] || {};
		var v = valueOf(sts[i]);
		(g2[v] = g2[v] || []).push(sts[i]);
	}
	var keys = kgKeys(groups);
	for (var j = 0; j < keys.length; j++) {
		var vals = kgKeys(groups[keys[j]]);
		if (vals.length < 2) {
			continue;
		}
		var fs = [];
		for (var v = 0; v < vals.length; v++) {
			fs.push(kgFacts(groups[keys[j]][vals[v]])[0]);
		}
		for (var a = 0; a < vals.length; a++) {
			for (var b = a + 1; b < vals.length; b++) {
				rows.push({kind: "exclusive", subject: fs[a].subject, predicate: fs[a].predicate, object: fs[a].object,
					fact: fs[a], versus: describe(fs[b], groups[keys[j]][vals[b]][0]), other: fs[b]});
			}
		}
	}
}

function year(st) {
	var t = st.time || st.published;
	return t.length >= 4 ? t.substring(0, 4) : null;
}

// The statements an exclusive rule looks at: every fact of the predicate
// (with ENTITY too: only the rows that involve it are kept at the end).
// Following an entity's own statements first is no faster for the busy
// entities, and these predicates are rare.
function candidates(pred) {
	return facts(g.V().Has("<kg:predicate>", pred), {predicate: pred, role: pred === "head_of"});
}

var capitals = candidates("capital_of");
var heads = candidates("head_of");
var iris = [];
for (var c = 0; c < capitals.length; c++) {
	iris.push(capitals[c].object);
}
var types = kgEntities(iris);
var countryCapitals = [];
for (var c2 = 0; c2 < capitals.length; c2++) {
	if (kgType(types, capitals[c2].object) === "Country") {
		countryCapitals.push(capitals[c2]);
	}
}
exclusive(countryCapitals, function (st) { return st.object; }, function (st) { return st.subject; },
	function (f) { return "@" + f.subject + " capital_of @" + f.object; });
exclusive(countryCapitals, function (st) { return st.subject; }, function (st) { return st.object; },
	function (f) { return "@" + f.subject + " capital_of @" + f.object; });
exclusive(heads, function (st) {
	var y = year(st);
	return st.role && y ? st.object + "\u0000" + st.role.toLowerCase() + "\u0000" + y : null;
}, function (st) { return st.subject; }, function (f, st) {
	return "@" + f.subject + " head_of @" + f.object + " (" + st.role.toLowerCase() + ", " + year(st) + ")";
});

// With ENTITY, only rows that involve it.
var names = [];
for (var r = 0; r < rows.length; r++) {
	names.push(rows[r].subject, rows[r].object, rows[r].other.subject, rows[r].other.object);
}
var ents = kgEntities(names);
function named(text) {
	return text.replace(/@(\S+)/g, function (m, iri) { return kgName(ents, iri); });
}
for (var n = 0; n < rows.length; n++) {
	var row = rows[n];
	if (entity !== null && row.subject !== entity && row.object !== entity &&
		row.other.subject !== entity && row.other.object !== entity) {
		continue;
	}
	g.Emit({
		kind: row.kind, subject: kgName(ents, row.subject), predicate: row.predicate, object: kgName(ents, row.object),
		sources: row.fact.sources, documents: kgList(row.fact.docs), versus: named(row.versus),
		versus_sources: row.other.sources, versus_documents: kgList(row.other.docs)
	});
}
