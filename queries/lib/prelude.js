// The prelude: functions every saved query can call. The runner appends it
// to each program (function declarations are hoisted, so the program's line
// numbers stay its own) together with three generated functions:
//
//	kgPredicateInfo()  {met_with: {symmetric: true}, ...} for every predicate of package schema
//	kgEntityTypes()    ["Person", "Country", ...], the entity types of package schema
//	kgLimit()          the run's result limit, 0 for none
//
// Names starting with "kg" are the prelude's. ES5 only.

// kgBare strips the angle brackets Gizmo puts around IRIs in tag values.
function kgBare(v) {
	if (typeof v === "string" && v.charAt(0) === "<" && v.charAt(v.length - 1) === ">") {
		return v.substring(1, v.length - 1);
	}
	return v;
}

// kgNode is the Gizmo form of a node IRI given bare or bracketed.
function kgNode(v) {
	v = kgBare(v);
	return "<" + v + ">";
}

// kgFactEdges lists the plain-edge predicate IRIs of every predicate.
function kgFactEdges() {
	var info = kgPredicateInfo(), out = [];
	for (var p in info) {
		if (info.hasOwnProperty(p)) {
			out.push("<kg:" + p + ">");
		}
	}
	out.sort();
	return out;
}

// kgSymmetric reports whether predicate p is symmetric.
function kgSymmetric(p) {
	var info = kgSymmetric.info || (kgSymmetric.info = kgPredicateInfo());
	var i = info[p];
	return !!(i && i.symmetric);
}

// kgIsFact reports whether a modality makes a fact (asserted, reported).
function kgIsFact(m) {
	return m === "asserted" || m === "reported";
}

// kgKeys returns the keys of an object, sorted.
function kgKeys(o) {
	var out = [];
	for (var k in o) {
		if (o.hasOwnProperty(k)) {
			out.push(k);
		}
	}
	out.sort();
	return out;
}

// kgStatements runs path p, which ends on statement nodes, and returns one
// object per statement: {statement, subject, object (bare IRIs), predicate,
// modality, time, role, confidence, rule, sentence, doc (bare IRI), source,
// title, published, origin}. Optional fields are "" when absent; origin
// falls back to the document's IRI for documents stored without one.
// opts.detail adds role, confidence, rule, sentence and title, opts.role
// the role alone; opts.time false leaves the time out (kgTimes reads it
// later for the statements that need it); opts.limit stops after that many
// statements. When the
// path has only statements of one predicate or modality, opts.predicate or
// opts.modality says which, and it is not read again (each value read costs
// a lookup per statement).
//
// Statements and their documents are read in two traversals: a path that
// saves tags and then steps on to the documents makes Cayley's optimizer
// scan every quad.
function kgStatements(p, opts) {
	opts = opts || {};
	if (p === null) {
		return [];
	}
	p = p.Tag("statement");
	if (!opts.predicate) {
		p = p.Save("<kg:predicate>", "predicate");
	}
	if (!opts.modality) {
		p = p.Save("<kg:modality>", "modality");
	}
	if (opts.time !== false) {
		p = p.SaveOpt("<kg:time>", "time");
	}
	p = p.Save("<kg:subject>", "subject").Save("<kg:object>", "object").Save("<kg:document>", "doc");
	if (opts.detail || opts.role) {
		p = p.SaveOpt("<kg:role>", "role");
	}
	if (opts.detail) {
		p = p.SaveOpt("<kg:confidence>", "confidence").SaveOpt("<kg:rule>", "rule").SaveOpt("<kg:sentence>", "sentence");
	}
	var rows = opts.limit > 0 ? p.TagArray(opts.limit) : p.TagArray();
	var seen = {}, sts = [], docs = [];
	for (var i = 0; i < rows.length; i++) {
		var r = rows[i], id = kgBare(r.statement);
		if (seen[id]) {
			continue;
		}
		seen[id] = true;
		var doc = kgBare(r.doc);
		docs.push(doc);
		sts.push({
			statement: id, subject: kgBare(r.subject), object: kgBare(r.object),
			predicate: opts.predicate || r.predicate, modality: opts.modality || r.modality, time: r.time || "",
			role: r.role || "", confidence: r.confidence === undefined ? "" : r.confidence,
			rule: r.rule || "", sentence: r.sentence || "", doc: doc
		});
	}
	var info = kgDocuments(docs, opts.detail);
	for (var j = 0; j < sts.length; j++) {
		var d = info[sts[j].doc] || {};
		sts[j].source = d.source || "";
		sts[j].title = d.title || "";
		sts[j].published = d.published || "";
		sts[j].origin = d.origin || sts[j].doc;
	}
	return sts;
}

// kgTimes reads the time of statements given by bare IRI: {iri: time}, for
// those that have one.
function kgTimes(iris) {
	var out = {}, nodes = [];
	for (var i = 0; i < iris.length; i++) {
		nodes.push(kgNode(iris[i]));
	}
	if (nodes.length === 0) {
		return out;
	}
	var rows = g.V.apply(g, nodes).Tag("statement").Save("<kg:time>", "time").TagArray();
	for (var j = 0; j < rows.length; j++) {
		out[kgBare(rows[j].statement)] = rows[j].time;
	}
	return out;
}

// kgDocuments reads the source, origin, publication date and (with detail)
// title of documents given by bare IRI: {iri: {source, origin, published,
// title}}. A document with two origins (left by an interrupted regrouping)
// gets the least, as every reader does.
function kgDocuments(iris, detail) {
	var out = {}, want = {}, nodes = [];
	for (var i = 0; i < iris.length; i++) {
		if (!want[iris[i]]) {
			want[iris[i]] = true;
			nodes.push(kgNode(iris[i]));
		}
	}
	if (nodes.length === 0) {
		return out;
	}
	var p = g.V.apply(g, nodes).Tag("doc").Save("<kg:source>", "source")
		.SaveOpt("<kg:origin>", "origin").SaveOpt("<kg:published>", "published");
	if (detail) {
		p = p.SaveOpt("<kg:title>", "title");
	}
	var rows = p.TagArray();
	for (var j = 0; j < rows.length; j++) {
		var r = rows[j], doc = kgBare(r.doc), cur = out[doc];
		if (!cur || r.origin && (!cur.origin || r.origin < cur.origin)) {
			out[doc] = {source: r.source, origin: r.origin || "", published: r.published || "", title: r.title || ""};
		}
	}
	return out;
}

// kgAbout is the path to the statements that have the entity (bare IRI) as
// subject or object.
function kgAbout(entity) {
	return g.V(kgNode(entity)).In(["<kg:subject>", "<kg:object>"]);
}

// kgFactsTo returns the facts (kgFacts) whose object is the entity (bare
// IRI), for each predicate of preds in turn; opts adds options of
// kgStatements (role: true, ...).
function kgFactsTo(entity, preds, opts) {
	var facts = [];
	for (var i = 0; i < preds.length; i++) {
		var o = {predicate: preds[i]};
		for (var k in opts || {}) {
			o[k] = opts[k];
		}
		var sts = kgStatements(g.V(kgNode(entity)).In("<kg:object>").Has("<kg:predicate>", preds[i]), o);
		facts = facts.concat(kgFacts(sts, entity));
	}
	return facts;
}

// kgEntities looks up the names and types of entities given by bare IRI:
// {iri: {name, type}}.
function kgEntities(iris) {
	var out = {}, want = {}, nodes = [];
	for (var i = 0; i < iris.length; i++) {
		if (!want[iris[i]]) {
			want[iris[i]] = true;
			nodes.push(kgNode(iris[i]));
		}
	}
	if (nodes.length === 0) {
		return out;
	}
	var rows = g.V.apply(g, nodes).Tag("e").Save("<kg:name>", "name").Save("<kg:type>", "type").TagArray();
	for (var j = 0; j < rows.length; j++) {
		var e = kgBare(rows[j].e), cur = out[e];
		if (!cur || rows[j].name < cur.name) { // one name, or the least of two
			out[e] = {name: rows[j].name, type: rows[j].type};
		}
	}
	return out;
}

// kgName is the name of an entity from a kgEntities map, or its IRI.
function kgName(ents, iri) {
	return ents[iri] ? ents[iri].name : iri;
}

// kgType is the type of an entity from a kgEntities map.
function kgType(ents, iri) {
	return ents[iri] ? ents[iri].type : "";
}

// kgFacts groups statements into facts: one per subject, predicate and
// object (either way round for a symmetric predicate) and kind (asserted
// and reported statements make the fact; hedged, planned and negated ones
// a group each). A symmetric fact has focus (a bare IRI) as its subject when
// it involves it, else the lesser IRI. Each fact: {subject, predicate,
// object, modality (asserted when any statement asserts it, else
// reported; or the non-fact modality), statements (a count) and ids (their
// IRIs), documents, sources (distinct origins), docs and origins (sets),
// times and roles (sets)}.
// Facts come in the order their first statements came.
function kgFacts(sts, focus) {
	var byKey = {}, out = [];
	for (var i = 0; i < sts.length; i++) {
		var st = sts[i], s = st.subject, o = st.object;
		if (kgSymmetric(st.predicate) && (o === focus || s !== focus && o < s)) {
			s = st.object;
			o = st.subject;
		}
		var kind = kgIsFact(st.modality) ? "fact" : st.modality;
		var key = s + "\u0000" + st.predicate + "\u0000" + o + "\u0000" + kind;
		var f = byKey[key];
		if (!f) {
			f = byKey[key] = {subject: s, predicate: st.predicate, object: o, kind: kind,
				modality: st.modality, statements: 0, ids: [], docs: {}, origins: {}, times: {}, roles: {}};
			out.push(f);
		}
		if (st.modality === "asserted") {
			f.modality = "asserted";
		}
		f.statements++;
		f.ids.push(st.statement);
		f.docs[st.source] = true;
		f.origins[st.origin] = true;
		if (st.time) {
			f.times[st.time] = true;
		}
		if (st.role) {
			f.roles[st.role] = true;
		}
	}
	for (var j = 0; j < out.length; j++) {
		out[j].documents = kgKeys(out[j].docs).length;
		out[j].sources = kgKeys(out[j].origins).length;
	}
	return out;
}

// kgSpan writes a set of times as "2025-03" or "2025-03..2025-07".
function kgSpan(times) {
	var ts = kgKeys(times);
	if (ts.length === 0) {
		return "";
	}
	return ts.length === 1 ? ts[0] : ts[0] + ".." + ts[ts.length - 1];
}

// kgList joins the keys of a set with ", ".
function kgList(set) {
	return kgKeys(set).join(", ");
}

// kgInRange reports whether the time prefix t overlaps the range from
// since to until (prefixes too; null or "" for open ends): "2025" is in
// since 2025-03, and "2025-03-14" is in until 2025-03.
function kgInRange(t, since, until) {
	if (!t) {
		return !since && !until;
	}
	if (since && t < since && since.indexOf(t) !== 0) {
		return false;
	}
	if (until && t > until && t.indexOf(until) !== 0) {
		return false;
	}
	return true;
}

// kgEdge writes one step of a path: "A -met_with- B" for a symmetric
// predicate, "A -head_of-> B" and "A <-head_of- B" otherwise.
function kgEdge(pred, forward) {
	if (kgSymmetric(pred)) {
		return " -" + pred + "- ";
	}
	return forward ? " -" + pred + "-> " : " <-" + pred + "- ";
}

// kgExpand follows every fact edge from the nodes of frontier (Gizmo node
// strings) one step, both ways, and returns the steps: {from, to (Gizmo
// node strings), predicate, forward}, one per edge.
//
// It follows every predicate and keeps the fact edges: naming the 34 fact
// predicates in Out or In makes Cayley scan every quad of each once the
// frontier has more than a few nodes.
function kgExpand(frontier) {
	var out = [];
	if (frontier.length === 0) {
		return out;
	}
	var facts = {}, edges = kgFactEdges();
	for (var e = 0; e < edges.length; e++) {
		facts[edges[e]] = true;
	}
	var dirs = [true, false], seen = {};
	for (var d = 0; d < dirs.length; d++) {
		var p = g.V.apply(g, frontier).Tag("from");
		p = dirs[d] ? p.Out(null, "pred") : p.In(null, "pred");
		var rows = p.Tag("to").TagArray();
		for (var i = 0; i < rows.length; i++) {
			var r = rows[i];
			// One plain edge per supporting document: keep one.
			var key = r.from + " " + r.pred + " " + r.to + " " + dirs[d];
			if (facts[r.pred] && !seen[key]) {
				seen[key] = true;
				out.push({from: r.from, to: r.to, predicate: kgBare(r.pred).substring(3), forward: dirs[d]});
			}
		}
	}
	out.sort(function (a, b) {
		var x = a.from + a.to + a.predicate + a.forward, y = b.from + b.to + b.predicate + b.forward;
		return x < y ? -1 : x > y ? 1 : 0;
	});
	return out;
}
