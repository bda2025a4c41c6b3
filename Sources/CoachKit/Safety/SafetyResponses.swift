/// What the coach says when the safety layer engages, decoded from `Dialogue/Safety/responses.json`.
public struct SafetyResponses: Sendable, Equatable {
    /// What each category gets: an acknowledgement for clear danger, a check-in question for an
    /// unclear signal, and which plain answer to that question means the person is safe.
    public struct CategoryResponse: Sendable, Equatable {
        public var acknowledgement: String
        public var checkIn: String
        public var safeAnswer: SafetyReplyReader.Answer
        /// Whether a no that goes on about the other person is still a no (`noMayBeExplained`).
        public var explainedNo: Bool = false
    }

    public var categories: [SafetyCategory: CategoryResponse]
    public var choice: String
    /// Said when the person says they are safe, before the question is asked again.
    public var declinedCheckIn: String
    /// Said when the person says they are safe and the reply that raised the check-in is read as
    /// the answer to the question.
    public var declinedCheckInGoingOn: String
    /// Said in place of a category's acknowledgement when the answer to a check-in was neither a
    /// plain yes nor a plain no ("idk", "not really") and signalled nothing itself.
    public var unclearCheckInAnswer: String
    public var resourcesHeading: String
    /// One line on keeping the conversation private on a shared computer.
    public var privacyNote: String
    public var goOn: String
    public var stoppedGoodbye: String
    /// Said before the resources are listed again when a conversation in which danger came up ends.
    public var closingReminder: String
    /// Reads the answers to the check-in and to "go on or stop?".
    public var reader: SafetyReplyReader

    func response(for category: SafetyCategory) -> CategoryResponse {
        // NB: the decoder refuses a file that lacks a category, so this default is never used.
        categories[category] ?? CategoryResponse(acknowledgement: choice, checkIn: choice, safeAnswer: .no)
    }
}

struct SafetyResponsesDecoder {
    private static let topFields = [
        "formatVersion", "about", "categories", "choice", "declinedCheckIn", "declinedCheckInGoingOn", "unclearCheckInAnswer",
        "resourcesHeading",
        "privacyNote", "goOn",
        "stoppedGoodbye", "closingReminder", "answerWords",
    ]
    private static let answerWordFields = [
        "yes", "no", "safe", "hedge", "hedgeWhenNegated", "plain", "goOn", "stop", "contrast", "someoneElse", "beyondThem",
        "determiners", "explaining", "ending",
    ]
    private static let categoryFields = ["acknowledgement", "checkIn", "safeAnswer", "noMayBeExplained"]

    let context: DecodingContext

    func decode(_ root: JSONValue) -> SafetyResponses? {
        let rootPath = JSONPath("", offset: root.offset)
        guard let top = ObjectReader(root, at: rootPath, context: context) else { return nil }
        top.rejectUnknownFields(known: Self.topFields)
        guard top.integer("formatVersion", required: true, in: 1...1) != nil else { return nil }
        var categories: [SafetyCategory: SafetyResponses.CategoryResponse] = [:]
        if let reader = top.object("categories", required: true) {
            reader.rejectUnknownFields(known: SafetyCategory.allCases.map(\.rawValue))
            for category in SafetyCategory.allCases {
                guard let entry = reader.object(category.rawValue, required: true) else { continue }
                entry.rejectUnknownFields(known: Self.categoryFields)
                let acknowledgement = entry.string("acknowledgement", required: true)
                let checkIn = entry.string("checkIn", required: true)
                let safeAnswer = entry.string("safeAnswer", required: true)
                let answer: SafetyReplyReader.Answer? =
                    switch safeAnswer?.value {
                    case "yes": .yes
                    case "no": .no
                    default: nil
                    }
                if let safeAnswer, answer == nil {
                    context.report(
                        .invalidValue, "'safeAnswer' is 'yes' or 'no', found '\(safeAnswer.value)'", at: safeAnswer.path)
                }
                guard let acknowledgement, let checkIn, let answer else { continue }
                categories[category] = .init(
                    acknowledgement: acknowledgement.value, checkIn: checkIn.value, safeAnswer: answer,
                    explainedNo: entry.bool("noMayBeExplained") ?? false)
            }
        }
        guard let choice = top.string("choice", required: true), let declined = top.string("declinedCheckIn", required: true),
            let declinedGoingOn = top.string("declinedCheckInGoingOn", required: true),
            let unclear = top.string("unclearCheckInAnswer", required: true),
            let heading = top.string("resourcesHeading", required: true), let privacy = top.string("privacyNote", required: true),
            let goOn = top.string("goOn", required: true), let goodbye = top.string("stoppedGoodbye", required: true),
            let reminder = top.string("closingReminder", required: true), let reader = decodeReader(top),
            categories.count == SafetyCategory.allCases.count
        else { return nil }
        return SafetyResponses(
            categories: categories, choice: choice.value, declinedCheckIn: declined.value,
            declinedCheckInGoingOn: declinedGoingOn.value, unclearCheckInAnswer: unclear.value, resourcesHeading: heading.value,
            privacyNote: privacy.value, goOn: goOn.value, stoppedGoodbye: goodbye.value,
            closingReminder: reminder.value, reader: reader)
    }

    private func decodeReader(_ top: ObjectReader) -> SafetyReplyReader? {
        guard let reader = top.object("answerWords", required: true) else { return nil }
        reader.rejectUnknownFields(known: Self.answerWordFields)
        func set(_ key: String) -> Set<String> { Set(reader.strings(key, required: true).map(\.value)) }
        let words = SafetyReplyReader.Words(
            yes: set("yes"), no: set("no"), safe: set("safe"), hedge: set("hedge"), hedgeWhenNegated: set("hedgeWhenNegated"),
            plain: set("plain"), goOn: set("goOn"), stop: set("stop"), contrast: set("contrast"),
            someoneElse: set("someoneElse"), beyondThem: set("beyondThem"), determiners: set("determiners"),
            explaining: set("explaining"), ending: set("ending"))
        return SafetyReplyReader(words: words)
    }
}
