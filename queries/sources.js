// name: sources
// description: the sentences and documents behind one fact: SUBJECT PREDICATE OBJECT
// param: subject entity
// param: predicate predicate
// param: object entity
// columns: origin source published modality time sentence
// sort: origin source modality
//
// Every statement of the fact, in any modality (a symmetric predicate
// either way round), with its document and origin: documents that share an
// origin carry the same report and are not independent of each other.

function between(s, o) {
	return kgStatements(g.V(iri(s)).In("<kg:subject>").Has("<kg:predicate>", predicate)
		.Has("<kg:object>", iri(o)), {detail: true});
}

var sts = between(subject, object);
if (kgSymmetric(predicate) && subject !== object) {
	sts = sts.concat(between(object, subject));
}
for (var i = 0; i < sts.length; i++) {
	var st = sts[i];
	g.Emit({
		origin: st.origin, source: st.source, published: st.published, modality: st.modality,
		time: st.time, sentence: st.sentence
	});
}
