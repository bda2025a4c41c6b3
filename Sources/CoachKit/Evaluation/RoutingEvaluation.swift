/// How a script routes labelled replies, per node and per writer, as `rasa test nlu` reports
/// for Rasa: how many get their label, and how many are sent down a wrong path (a wrong intent,
/// not a re-ask or a clarifying question, which cost a turn but no harm).
///
/// Replies labelled `end` or `continue` ask only whether the conversation would end: `continue`
/// is right whenever the reply is not read as the `end` intent.
public struct RoutingEvaluation: Sendable {
    /// One reply and what the script made of it.
    public struct Outcome: Sendable {
        public var reply: LabelledReply
        /// The node it was classified at (the `open` node stands for an open question).
        public var node: String
        /// The intent, `clarify`, `fallback` or `crisis`.
        public var got: String
        public var isRight: Bool
        public var isMisrouted: Bool
    }

    /// Counts for one group of replies.
    public struct Tally: Sendable, Equatable {
        public var right = 0
        public var misrouted = 0
        public var total = 0
        public var accuracy: Double { total == 0 ? 1 : Double(right) / Double(total) }
        public var misrouteRate: Double { total == 0 ? 0 : Double(misrouted) / Double(total) }
    }

    public private(set) var outcomes: [Outcome] = []
    /// The intent that ends the conversation in this script.
    public let endIntent: String

    /// - Parameters:
    ///   - openNode: the node that stands for `open` in the file (an open question).
    ///   - endIntent: the intent that ends the conversation.
    /// - Throws: `EngineError.unknownNode` for a node the script does not have.
    public init(replies: [LabelledReply], engine: Engine, openNode: String, endIntent: String = "end") throws(EngineError) {
        self.endIntent = endIntent
        for reply in replies where !reply.isSafety {
            let node = reply.node == "open" ? openNode : reply.node
            let got = try engine.analyze(reply.text, at: node).label
            // Asking (which one? / do you want to stop?) costs a turn, not a wrong path.
            let isIntent = !["clarify", "fallback", "crisis", "confirm", QuestionAboutTheQuestion.label].contains(got)
            let isRight: Bool
            let isMisrouted: Bool
            switch reply.label {
            case "continue":
                isRight = got != endIntent
                isMisrouted = got == endIntent
            case endIntent:
                isRight = got == endIntent
                isMisrouted = isIntent && got != endIntent
            default:
                isRight = got == reply.label
                isMisrouted = isIntent && got != reply.label
            }
            outcomes.append(Outcome(reply: reply, node: node, got: got, isRight: isRight, isMisrouted: isMisrouted))
        }
    }

    /// The group a reply is reported in: its question, or `end` for the leaving replies.
    public static func group(of reply: LabelledReply, endIntent: String = "end") -> String {
        ["end", "continue"].contains(reply.label) || reply.label == endIntent ? "end" : reply.node
    }

    /// What a reply was read as, in the terms of its group: at the leaving replies, `end`,
    /// `confirm` (asked first) or `continue` (anything that does not end the chat).
    public func reading(of outcome: Outcome) -> String {
        guard Self.group(of: outcome.reply, endIntent: endIntent) == "end" else { return outcome.got }
        if outcome.got == endIntent { return "end" }
        return outcome.got == "confirm" ? "confirm" : "continue"
    }

    /// How often each label was read as each reading, by group: `[group][label][reading]`.
    public var confusion: [String: [String: [String: Int]]] {
        var result: [String: [String: [String: Int]]] = [:]
        for outcome in outcomes {
            let group = Self.group(of: outcome.reply, endIntent: endIntent)
            let label = outcome.reply.label == endIntent ? "end" : outcome.reply.label
            result[group, default: [:]][label, default: [:]][reading(of: outcome), default: 0] += 1
        }
        return result
    }

    /// Precision and recall of one intent in one group.
    public struct IntentScore: Sendable, Equatable, Encodable {
        public var intent: String
        /// Of the replies read as this intent, the share that meant it; nil when none was.
        public var precision: Double?
        /// Of the replies that meant this intent, the share read as it.
        public var recall: Double
        public var support: Int
    }

    /// Each label's precision and recall in a group, in label order.
    public func intentScores(in group: String) -> [IntentScore] {
        let matrix = confusion[group] ?? [:]
        return matrix.keys.sorted().map { label in
            let row = matrix[label] ?? [:]
            let support = row.values.reduce(0, +)
            let right = row[label] ?? 0
            let predicted = matrix.values.map { $0[label] ?? 0 }.reduce(0, +)
            return IntentScore(
                intent: label, precision: predicted == 0 ? nil : Double(right) / Double(predicted),
                recall: support == 0 ? 1 : Double(right) / Double(support), support: support)
        }
    }

    /// Tallies by group and writer; the writer `all` counts every writer.
    public var tallies: [String: [String: Tally]] {
        var result: [String: [String: Tally]] = [:]
        for outcome in outcomes {
            let group = Self.group(of: outcome.reply, endIntent: endIntent)
            for writer in [outcome.reply.writer, "all"] {
                var tally = result[group, default: [:]][writer, default: Tally()]
                tally.total += 1
                if outcome.isRight { tally.right += 1 }
                if outcome.isMisrouted { tally.misrouted += 1 }
                result[group, default: [:]][writer] = tally
            }
        }
        return result
    }
}
