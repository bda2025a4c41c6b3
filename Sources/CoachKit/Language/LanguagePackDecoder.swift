/// Turns a parsed language pack into a `LanguagePack`, with a script's object reader and codes:
/// unknown or missing fields, a word the normaliser could never produce (so its entry would never
/// be used), one word given two expansions, an emoji key that is not one character, a spelling
/// ending hidden behind a shorter one listed before it.
struct LanguagePackDecoder {
    private static let topFields = [
        "formatVersion", "language", "about", "contractions", "textingForms", "negativeContractionBases",
        "apostropheSIsIs", "spellingEndings", "emojiWords", "clauseBreakers", "afterTheEnd", "negation", "auxiliaries",
        "reflection", "aboutTheQuestion",
    ]
    private static let negationFields = [
        "cues", "reach", "noStopsBefore", "subjects", "reportingWords", "knowingWords", "embeddedQuestionWords",
    ]
    private static let reflectionFields = ScriptFields.reflection

    let context: DecodingContext

    func decode(_ root: JSONValue) -> LanguagePack? {
        guard let top = ObjectReader(root, at: JSONPath("", offset: root.offset), context: context) else { return nil }
        top.rejectUnknownFields(known: Self.topFields)
        guard top.integer("formatVersion", required: true, in: 1...1) != nil, top.string("language", required: true) != nil
        else { return nil }
        var pack = LanguagePack()
        for table in ["contractions", "textingForms"] {
            wordExpansions(top.object(table, required: true), into: &pack.wordExpansions)
        }
        for (base, verb) in entries(top.object("negativeContractionBases", required: true)) where isWord(base) && isWord(verb) {
            pack.negativeContractionBases[base.value] = verb.value
        }
        pack.apostropheSIsIs = words(top, "apostropheSIsIs")
        pack.spellingEndings = spellingEndings(top.array("spellingEndings", required: true) ?? [])
        for (emoji, word) in entries(top.object("emojiWords", required: true)) where isWord(word) {
            guard emoji.value.unicodeScalars.count == 1, let scalar = emoji.value.unicodeScalars.first else {
                context.report(.invalidValue, "an emoji key is one character; '\(emoji.value)' is several", at: emoji.path)
                continue
            }
            pack.emojiWords[scalar] = word.value
        }
        pack.clauseBreakers = words(top, "clauseBreakers")
        // NB: empty words kept, so a doubled space is reported as not a word, not dropped.
        pack.afterTheEnd = top.strings("afterTheEnd", required: true).compactMap { phrase in
            let words = phrase.value.split(separator: " ", omittingEmptySubsequences: false).map {
                Located(String($0), at: phrase.path)
            }
            return words.allSatisfy(isWord) ? words.map(\.value) : nil
        }
        if let negation = top.object("negation", required: true) {
            negation.rejectUnknownFields(known: Self.negationFields)
            pack.negation.cues = words(negation, "cues")
            pack.negation.reach = negation.integer("reach", required: true, in: 1...20) ?? pack.negation.reach
            pack.negation.noStopsBefore = words(negation, "noStopsBefore")
            pack.negation.subjects = words(negation, "subjects")
            pack.negation.reportingWords = words(negation, "reportingWords")
            pack.negation.knowingWords = words(negation, "knowingWords")
            pack.negation.embeddedQuestionWords = words(negation, "embeddedQuestionWords")
        }
        pack.auxiliaries = words(top, "auxiliaries")
        pack.aboutTheQuestion = top.strings("aboutTheQuestion")
        if let reflection = top.object("reflection", required: true) {
            self.reflection(reflection, swapsRequired: true, into: &pack.reflection)
        }
        return pack
    }

    /// A table of typed words and the words each stands for (`"idk": "i do not know"`), added
    /// to `expansions`; a word given twice is reported. A script's `substitutions` read the same.
    func wordExpansions(_ reader: ObjectReader?, into expansions: inout [String: [String]]) {
        for (word, expansion) in entries(reader) where isWord(word) {
            guard expansions[word.value] == nil else {
                context.report(.duplicateName, "'\(word.value)' is expanded twice; keep one entry", at: word.path)
                continue
            }
            let words = expansion.value.split(separator: " ").map(String.init)
            if !words.isEmpty, words.allSatisfy({ isWord(Located($0, at: expansion.path)) }) { expansions[word.value] = words }
        }
    }

    /// A `reflection` object, its entries set over those already in `tables`: how the pack
    /// reads its own, and how a script's `reflection` adds to and overrides the pack's.
    func reflection(_ reader: ObjectReader, swapsRequired: Bool, into tables: inout LanguagePack.Reflection) {
        reader.rejectUnknownFields(known: Self.reflectionFields)
        for (word, swapped) in entries(reader.object("swaps", required: swapsRequired)) {
            tables.swaps[word.value] = swapped.value
        }
        for (previous, table) in objects(reader.object("afterWord")) {
            for (word, swapped) in entries(table) {
                tables.afterWord[previous.value, default: [:]][word.value] = swapped.value
            }
        }
        for (word, table) in objects(reader.object("beforeWord")) {
            for (next, swapped) in entries(table) {
                tables.beforeWord[word.value, default: [:]][next.value] = swapped.value
            }
        }
    }

    /// A word as the normaliser writes one: lowercase ASCII letters and digits. Any other entry
    /// could never be looked up, so it is reported rather than kept.
    private func isWord(_ word: Located<String>) -> Bool {
        guard !word.value.isEmpty, word.value.utf8.allSatisfy({ (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) })
        else {
            context.report(
                .invalidValue, "'\(word.value)' is not a word as replies are read (lowercase letters and digits)",
                at: word.path)
            return false
        }
        return true
    }

    private func words(_ reader: ObjectReader, _ key: String) -> Set<String> {
        Set(reader.strings(key, required: true).filter(isWord).map(\.value))
    }

    /// An object's members as key and string value, each with its place.
    private func entries(_ reader: ObjectReader?) -> [(Located<String>, Located<String>)] {
        guard let reader else { return [] }
        var seen: Set<String> = []
        return reader.members.compactMap { member in
            guard seen.insert(member.key).inserted else {
                context.report(
                    .duplicateName, "'\(member.key)' appears twice",
                    at: reader.path.appending(key: member.key, offset: member.keyOffset))
                return nil
            }
            let path = reader.path.appending(key: member.key, offset: member.value.offset)
            guard let value = ObjectReader.string(member.value, at: path, context: context) else { return nil }
            return (Located(member.key, at: reader.path.appending(key: member.key, offset: member.keyOffset)), value)
        }
    }

    private func objects(_ reader: ObjectReader?) -> [(Located<String>, ObjectReader)] {
        guard let reader else { return [] }
        return reader.members.compactMap { member in
            let path = reader.path.appending(key: member.key, offset: member.value.offset)
            return ObjectReader(member.value, at: path, context: context).map { (Located(member.key, at: path), $0) }
        }
    }

    private func spellingEndings(_ elements: [(JSONValue, JSONPath)]) -> [(from: String, to: String)] {
        var endings: [(from: String, to: String)] = []
        for (value, path) in elements {
            guard let pair = ObjectReader.elements(value, at: path, context: context), pair.count == 2,
                let from = ObjectReader.string(pair[0].0, at: pair[0].1, context: context),
                let to = ObjectReader.string(pair[1].0, at: pair[1].1, context: context)
            else {
                context.report(.invalidValue, "a spelling ending is a pair: the ending as typed and as read", at: path)
                continue
            }
            guard isWord(from), isWord(to) else { continue }
            // NB: endings are tried in order, so one listed after a shorter ending it ends with is never used.
            if endings.contains(where: { $0.from == from.value }) {
                context.report(.duplicateName, "the ending '\(from.value)' is listed twice; keep one", at: from.path)
                continue
            }
            if let earlier = endings.first(where: { from.value.hasSuffix($0.from) }) {
                context.report(
                    .invalidValue,
                    "'\(from.value)' ends with '\(earlier.from)', listed before it, so it is never used; list it first",
                    at: from.path)
                continue
            }
            endings.append((from.value, to.value))
        }
        return endings
    }
}
