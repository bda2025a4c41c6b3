/// Turns the parsed `Dialogue/Safety/lexicon.json` into a `SafetyLexicon`, with the same object
/// reader, diagnostics and codes as a dialogue script, so its problems read like a script's.
struct SafetyLexiconDecoder {
    static let supportedFormatVersions = 1...1
    private static let topFields = [
        "formatVersion", "about", "concepts", "signals", "figurative", "figurativeWhenNegated", "jokeMarkers", "knownWords",
        "context",
    ]
    private static let signalFields = ["id", "category", "level", "basis", "phrases", "together", "hyperbole"]
    private static let contextFields = ["resolved", "current", "denial", "fiction"]

    let context: DecodingContext

    func decode(_ root: JSONValue) -> SafetyLexicon? {
        let rootPath = JSONPath("", offset: root.offset)
        guard let top = ObjectReader(root, at: rootPath, context: context) else { return nil }
        top.rejectUnknownFields(known: Self.topFields)
        guard let version = top.integer("formatVersion", required: true, in: 0...Int.max) else { return nil }
        guard Self.supportedFormatVersions.contains(version) else {
            context.report(
                .unsupportedFormatVersion, "safety lexicon format version \(version) is not supported; this Coach reads 1",
                at: top.value("formatVersion")?.1 ?? rootPath)
            return nil
        }
        return SafetyLexicon(
            concepts: decodeConcepts(top), signals: decodeSignals(top), figurative: top.strings("figurative"),
            figurativeWhenNegated: top.strings("figurativeWhenNegated"),
            jokeMarkers: decodeJokeMarkers(top), knownWords: top.strings("knownWords"), context: decodeContext(top))
    }

    private func decodeConcepts(_ top: ObjectReader) -> [Concept] {
        guard let reader = top.object("concepts") else { return [] }
        // NB: any name is a concept; passing every name as known leaves only the report of one declared twice.
        reader.rejectUnknownFields(known: reader.members.map(\.key))
        return reader.members.map { member in
            let path = reader.path.appending(key: member.key, offset: member.value.offset)
            let members = (ObjectReader.elements(member.value, at: path, context: context) ?? [])
                .compactMap { ObjectReader.string($0, at: $1, context: context) }
            return Concept(name: member.key, members: members, path: path)
        }
    }

    private func decodeSignals(_ top: ObjectReader) -> [SafetySignal] {
        var seen: Set<String> = []
        return (top.array("signals", required: true) ?? []).compactMap { value, path in
            guard let reader = ObjectReader(value, at: path, context: context) else { return nil }
            reader.rejectUnknownFields(known: Self.signalFields)
            let id = reader.string("id", required: true)
            let category = enumValue(reader, "category", SafetyCategory.self)
            let level = enumValue(reader, "level", SafetyLevel.self)
            let basis = reader.string("basis", required: true)
            let phrases = reader.strings("phrases")
            // A group is a list of parts; a part is one pattern or a list of alternatives.
            let together = (reader.array("together") ?? []).map { group, groupPath in
                (ObjectReader.elements(group, at: groupPath, context: context) ?? []).map { part, partPath in
                    (ObjectReader.elements(part, at: partPath, context: context) ?? [])
                        .compactMap { ObjectReader.string($0, at: $1, context: context) }
                }.filter { !$0.isEmpty }
            }
            if phrases.isEmpty, together.isEmpty {
                context.report(.missingField, "a signal needs 'phrases' or 'together'", at: path)
            }
            for (group, groupPath) in zip(together, reader.array("together") ?? []) where group.count < 2 {
                context.report(
                    .invalidValue, "a 'together' group needs two patterns or more; a single one belongs in 'phrases'",
                    at: groupPath.1)
            }
            guard let id, let category, let level, let basis else { return nil }
            if !seen.insert(id.value).inserted {
                context.report(.duplicateName, "two signals are named '\(id.value)'", at: id.path)
            }
            return SafetySignal(
                id: id.value, category: category, level: level, basis: basis.value, phrases: phrases,
                together: together, isHyperbole: reader.bool("hyperbole") ?? false)
        }
    }

    /// Joke markers are matched as single words, as the normaliser reads them.
    private func decodeJokeMarkers(_ top: ObjectReader) -> [Located<String>] {
        top.strings("jokeMarkers").filter { marker in
            guard TextNormalizer.words(in: marker.value).count == 1 else {
                context.report(
                    .invalidValue, "a joke marker is one word as replies are read; '\(marker.value)' is not", at: marker.path)
                return false
            }
            return true
        }
    }

    private func decodeContext(_ top: ObjectReader) -> SafetyContext {
        guard let reader = top.object("context") else { return SafetyContext() }
        reader.rejectUnknownFields(known: Self.contextFields)
        return SafetyContext(
            resolved: reader.strings("resolved"), current: reader.strings("current"), denial: reader.strings("denial"),
            fiction: reader.strings("fiction"))
    }

    private func enumValue<Value: RawRepresentable<String> & CaseIterable>(
        _ reader: ObjectReader, _ key: String, _ type: Value.Type
    ) -> Value? {
        guard let text = reader.string(key, required: true) else { return nil }
        if let value = Value(rawValue: text.value) { return value }
        let known = Value.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        context.report(.invalidValue, "unknown \(key) '\(text.value)'; expected one of \(known)", at: text.path)
        return nil
    }
}
