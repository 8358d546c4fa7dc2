// name: who-met
// description: people, countries and organizations that met ENTITY, with the sources
// param: entity entity
// columns: other other_type modality time source
//
// met_with is symmetric, so a statement may name ENTITY as its subject or as
// its object: both are read. Each row is what one or more statements say: the
// other party, how the source holds it (asserted, reported, hedged, planned,
// negated), when (empty when unknown) and the document it came from.

function meetings(self, other) {
	g.V(iri(entity)).In(self).Has("<kg:predicate>", "met_with").Tag("statement")
		.Save("<kg:modality>", "modality")
		.SaveOpt("<kg:time>", "time")
		.Out(other).Save("<kg:name>", "other").Save("<kg:type>", "other_type")
		.Back("statement").Out("<kg:document>").Save("<kg:source>", "source")
		.All();
}

meetings("<kg:subject>", "<kg:object>");
meetings("<kg:object>", "<kg:subject>");
