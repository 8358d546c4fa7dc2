// name: relations
// description: every statement about ENTITY, as subject or as object, with its source
// param: entity entity
// columns: subject predicate object modality time source
//
// All predicates and all modalities: a negated or planned statement is listed
// with its modality, so read that column before taking a row as a fact.

function about(dir) {
	g.V(iri(entity)).In(dir).Has("<kg:type>", "Statement").Tag("statement")
		.Save("<kg:predicate>", "predicate")
		.Save("<kg:modality>", "modality")
		.SaveOpt("<kg:time>", "time")
		.Out("<kg:subject>").Save("<kg:name>", "subject")
		.Back("statement").Out("<kg:object>").Save("<kg:name>", "object")
		.Back("statement").Out("<kg:document>").Save("<kg:source>", "source")
		.All();
}

about("<kg:subject>");
about("<kg:object>");
