/// Turns parsed JSON into a `DialogueScript`, reporting every unknown, missing and mistyped field
/// at once rather than stopping at the first.
struct ScriptDecoder {
    let context: DecodingContext
    /// The script's format version, once read: it decides which fields are allowed.
    var formatVersion = DialogueScript.supportedFormatVersions.upperBound

    /// The script, or nil when its shape is too broken to go on (the reasons are in `context`).
    func decode(_ root: JSONValue) -> DialogueScript? {
        let rootPath = JSONPath("", offset: root.offset)
        guard let top = ObjectReader(root, at: rootPath, context: context) else { return nil }
        top.rejectUnknownFields(known: ScriptFields.script)
        guard let formatVersion = top.integer("formatVersion", required: true, in: 0...Int.max) else { return nil }
        let supported = DialogueScript.supportedFormatVersions
        guard supported.contains(formatVersion) else {
            let (_, path) = top.value("formatVersion") ?? (root, rootPath)
            context.report(
                .unsupportedFormatVersion,
                "format version \(formatVersion) is not supported; this Coach reads versions \(supported.lowerBound) to \(supported.upperBound)",
                at: path)
            return nil
        }
        return ScriptDecoder(context: context, formatVersion: formatVersion).decodeBody(top, root: root, rootPath: rootPath)
    }

    private func decodeBody(_ top: ObjectReader, root: JSONValue, rootPath: JSONPath) -> DialogueScript? {
        let id = top.string("id", required: true)
        let title = top.string("title", required: true)
        let version = top.string("version", required: true)
        let language = top.string("language") ?? Located("english", at: rootPath)
        let disclaimer = top.string("disclaimer", required: true)
        let start = top.string("start", required: true)
        let nodes = decodeNodes(top)
        guard let id, let title, let version, let disclaimer, let start else { return nil }
        var script = DialogueScript(
            formatVersion: formatVersion, id: id.value, title: title.value, version: version.value,
            language: language, source: decodeAttribution(top), disclaimer: disclaimer.value,
            start: start, classifier: decodeClassifierSettings(top), concepts: decodeConcepts(top),
            intents: decodeIntents(top), globalRoutes: decodeRoutes(top.array("globalRoutes") ?? []),
            safety: decodeSafety(top), nodes: nodes)
        // NB: in the language pack's format, read by its decoder, so the two cannot drift apart.
        let tables = LanguagePackDecoder(context: context)
        tables.wordExpansions(top.object("substitutions"), into: &script.substitutions)
        if let reflection = top.object("reflection") {
            tables.reflection(reflection, swapsRequired: false, into: &script.reflection)
        }
        return script
    }

    private func decodeAttribution(_ top: ObjectReader) -> Attribution? {
        guard let reader = top.object("source") else { return nil }
        reader.rejectUnknownFields(known: ScriptFields.source)
        guard let title = reader.string("title", required: true),
            let author = reader.string("author", required: true)
        else { return nil }
        return Attribution(title: title.value, author: author.value, note: reader.string("note")?.value)
    }

    private func decodeClassifierSettings(_ top: ObjectReader) -> ClassifierSettings {
        var settings = ClassifierSettings()
        guard let reader = top.object("classifier") else { return settings }
        reader.rejectUnknownFields(known: ScriptFields.classifier)
        if let threshold = reader.number("threshold", in: 0.1...100) { settings.threshold = threshold }
        if let ratio = reader.number("ambiguityRatio", in: 0.1...1) { settings.ambiguityRatio = ratio }
        if let confidence = reader.number("confidence", in: 0.34...1) { settings.confidence = confidence }
        if let stemming = reader.bool("stemming") { settings.stemming = stemming }
        if let typoCorrection = reader.bool("typoCorrection") { settings.typoCorrection = typoCorrection }
        if let negation = reader.bool("negation") { settings.negation = negation }
        settings.clauses = reader.choice("clauses", otherwise: settings.clauses)
        return settings
    }

    private func decodeConcepts(_ top: ObjectReader) -> [Concept] {
        guard let reader = top.object("concepts") else { return [] }
        return reader.members.map { member in
            let path = reader.path.appending(key: member.key, offset: member.value.offset)
            let members = (ObjectReader.elements(member.value, at: path, context: context) ?? [])
                .compactMap { ObjectReader.string($0, at: $1, context: context) }
            return Concept(name: member.key, members: members, path: path)
        }
    }

    private func decodeIntents(_ top: ObjectReader) -> [Intent] {
        guard let reader = top.object("intents") else { return [] }
        return reader.members.compactMap { member in
            let path = reader.path.appending(key: member.key, offset: member.value.offset)
            guard let intent = ObjectReader(member.value, at: path, context: context) else { return nil }
            intent.rejectUnknownFields(known: ScriptFields.intent)
            return Intent(
                name: member.key, keywords: decodeTerms(intent.array("keywords", expecting: Self.terms) ?? []),
                phrases: decodeTerms(intent.array("phrases", expecting: Self.terms) ?? []), samples: intent.strings("samples"),
                examples: decodeExamples("examples", of: intent),
                counterExamples: decodeExamples("counterExamples", of: intent),
                path: path)
        }
    }

    /// What `keywords` and `phrases` hold, for the error when they hold something else.
    private static let terms = "a string or a list of terms (a single {\"text\": …} term goes in a list too)"

    private func decodeTerms(_ elements: [(JSONValue, JSONPath)]) -> [Term] {
        elements.compactMap { value, path in
            if case .string(let text) = value.kind {
                return Term(text: text, weight: nil, path: path)
            }
            guard let reader = ObjectReader(value, at: path, context: context) else { return nil }
            reader.rejectUnknownFields(known: ScriptFields.term)
            guard let text = reader.string("text", required: true) else { return nil }
            var switches: PatternSwitches = []
            if reader.bool("negation") == false { switches.insert(.ignoresNegation) }
            if reader.bool("typoCorrection") == false { switches.insert(.refusesTypoCorrections) }
            return Term(text: text.value, weight: reader.number("weight", in: 0.01...100), switches: switches, path: path)
        }
    }

    private func decodeAcknowledgements(_ elements: [(JSONValue, JSONPath)]) -> [Acknowledgement] {
        elements.compactMap { value, path in
            guard let reader = ObjectReader(value, at: path, context: context) else { return nil }
            reader.rejectUnknownFields(known: ScriptFields.acknowledgement)
            let variants = reader.strings("variants", required: true)
            guard !variants.isEmpty else { return nil }
            return Acknowledgement(
                intent: reader.string("intent"), variants: variants, order: reader.variantOrder("order"),
                remember: reader.object("remember").flatMap(decodeRemembrance), recall: reader.string("recall"), path: path)
        }
    }

    private func decodeRemembrance(_ reader: ObjectReader) -> Remembrance? {
        reader.rejectUnknownFields(known: ScriptFields.remembrance)
        guard let queue = reader.string("in", required: true), let line = reader.string("line", required: true) else {
            return nil
        }
        return Remembrance(queue: queue, line: line, path: reader.path)
    }

    private func decodeRoutes(_ elements: [(JSONValue, JSONPath)]) -> [Route] {
        elements.compactMap { value, path in
            guard let reader = ObjectReader(value, at: path, context: context) else { return nil }
            reader.rejectUnknownFields(known: ScriptFields.route)
            let intent = reader.string("intent", required: true)
            let target = reader.string("to", required: true)
            let condition = reader.object("when").flatMap(decodeCondition)
            guard let intent, let target else { return nil }
            return Route(
                intent: intent, target: target, condition: condition, samples: reader.strings("samples"),
                examples: decodeExamples("examples", of: reader), confirm: decodeConfirm(reader), path: path)
        }
    }

    /// Labelled examples, which only format version 2 and later may carry: an older Coach
    /// refuses them as unknown fields, so a script that has them must say it needs a newer one.
    private func decodeExamples(_ key: String, of reader: ObjectReader) -> [Located<String>] {
        let examples = reader.strings(key)
        if !examples.isEmpty, formatVersion < DialogueScript.examplesFormatVersion, let (_, path) = reader.value(key) {
            context.report(
                .unsupportedFormatVersion,
                "'\(key)' needs \"formatVersion\": \(DialogueScript.examplesFormatVersion) or later; this script says \(formatVersion)",
                at: path)
        }
        return examples
    }

    private func decodeConfirm(_ reader: ObjectReader) -> Located<String>? {
        guard let confirm = reader.string("confirm") else { return nil }
        if formatVersion < DialogueScript.examplesFormatVersion {
            context.report(
                .unsupportedFormatVersion,
                "'confirm' needs \"formatVersion\": \(DialogueScript.examplesFormatVersion) or later; this script says \(formatVersion)",
                at: confirm.path)
        }
        return confirm
    }

    private func decodeCondition(_ reader: ObjectReader) -> Condition? {
        reader.rejectUnknownFields(known: ScriptFields.condition)
        guard let answer = reader.string("answer", required: true) else { return nil }
        let positive = reader.string("is")
        let negative = reader.string("isNot")
        if positive != nil, negative != nil {
            context.report(.invalidValue, "a condition takes 'is' or 'isNot', not both", at: reader.path)
        }
        return Condition(
            answer: answer, intent: positive ?? negative, isNegated: negative != nil && positive == nil, path: reader.path)
    }

    private func decodeSafety(_ top: ObjectReader) -> SafetyAdditions {
        guard let reader = top.object("safety") else { return SafetyAdditions() }
        reader.rejectUnknownFields(known: ScriptFields.safety)
        return SafetyAdditions(resources: reader.strings("resources"), preface: reader.string("preface"))
    }

    private func decodeNodes(_ top: ObjectReader) -> [Node] {
        guard let elements = top.array("nodes", required: true) else { return [] }
        if elements.isEmpty, let (_, path) = top.value("nodes") {
            context.report(.invalidNodeShape, "a script needs at least one node", at: path)
        }
        return elements.compactMap(decodeNode)
    }

    private func decodeNode(_ value: JSONValue, at path: JSONPath) -> Node? {
        guard let reader = ObjectReader(value, at: path, context: context) else { return nil }
        reader.rejectUnknownFields(known: ScriptFields.node)
        guard let id = reader.string("id", required: true) else { return nil }
        let node = Node(
            id: id.value, say: decodeMessages(reader), next: decodeNext(reader),
            ask: reader.object("ask").map(decodeQuestion), isEnd: reader.bool("end") ?? false,
            stage: reader.string("stage")?.value, path: path)
        checkShape(of: node, at: path)
        return node
    }

    /// A node's `say`: one string, or a list of strings and `{"text", "when"}` messages.
    private func decodeMessages(_ reader: ObjectReader) -> [Message] {
        guard let (value, path) = reader.value("say", required: true) else { return [] }
        if case .array(let elements) = value.kind, elements.isEmpty {
            context.report(.emptyMessage, "'\(path.components)' needs at least one entry", at: path)
        }
        guard
            let elements = ObjectReader.elements(value, at: path, context: context, expecting: "a message or a list of messages")
        else {
            return []
        }
        return elements.compactMap { element, elementPath in
            guard case .object = element.kind else {
                return ObjectReader.string(element, at: elementPath, context: context, expecting: "a message").map {
                    Message(text: $0)
                }
            }
            guard let message = ObjectReader(element, at: elementPath, context: context) else { return nil }
            message.rejectUnknownFields(known: ScriptFields.message)
            let text = message.string("text", required: true)
            if message.value("when") == nil {
                context.report(
                    .missingField, "missing required field 'when'; a message said every time is written as a plain string",
                    at: message.path)
            }
            let condition = message.object("when").flatMap(decodeCondition)
            guard let text, let condition else { return nil }
            return Message(text: text, condition: condition)
        }
    }

    private func decodeNext(_ reader: ObjectReader) -> [Branch] {
        guard let (value, path) = reader.value("next") else { return [] }
        if case .string(let target) = value.kind {
            return [Branch(target: Located(target, at: path), condition: nil, path: path)]
        }
        let elements = ObjectReader.elements(value, at: path, context: context, expecting: "a node id or a list of branches")
        return (elements ?? []).compactMap { element, elementPath in
            guard let branch = ObjectReader(element, at: elementPath, context: context) else { return nil }
            branch.rejectUnknownFields(known: ScriptFields.branch)
            guard let target = branch.string("to", required: true) else { return nil }
            return Branch(target: target, condition: branch.object("when").flatMap(decodeCondition), path: elementPath)
        }
    }

    private func decodeQuestion(_ reader: ObjectReader) -> Question {
        reader.rejectUnknownFields(known: ScriptFields.question)
        var fallbackAfter = 2
        var fallbackTarget: Located<String>?
        var fallbackPath: JSONPath?
        if let fallback = reader.object("fallback") {
            fallback.rejectUnknownFields(known: ScriptFields.fallback)
            fallbackAfter = fallback.integer("after", in: 1...20) ?? fallbackAfter
            // NB: without `to` a fallback has nowhere to go, and the question was re-asked for ever.
            fallbackTarget = fallback.string("to", required: true)
            fallbackPath = fallback.path
        }
        return Question(
            routes: decodeRoutes(reader.array("routes") ?? []), clarify: reader.string("clarify"),
            reask: reader.strings("reask"), reaskOrder: reader.variantOrder("reaskOrder"), explain: reader.strings("explain"),
            acknowledge: decodeAcknowledgements(reader.array("acknowledge") ?? []), fallbackAfter: fallbackAfter,
            fallbackTarget: fallbackTarget, fallbackPath: fallbackPath,
            save: reader.string("save"), journalLabel: reader.string("label")?.value, path: reader.path)
    }

    private func checkShape(of node: Node, at path: JSONPath) {
        let isQuestionWithRoutes = !(node.ask?.routes.isEmpty ?? true)
        if node.isEnd, !node.next.isEmpty || node.ask != nil {
            context.report(
                .invalidNodeShape, "node '\(node.id)' ends the conversation, so it cannot also have 'next' or 'ask'", at: path)
        } else if !node.isEnd, !isQuestionWithRoutes, node.next.isEmpty {
            context.report(
                .invalidNodeShape, "node '\(node.id)' leads nowhere; give it 'next', 'ask' with routes, or \"end\": true",
                at: path)
        }
        if let last = node.next.last, last.condition != nil {
            context.report(
                .invalidNodeShape, "the last 'next' branch of node '\(node.id)' needs no 'when', so one branch always applies",
                at: last.path)
        }
    }
}
