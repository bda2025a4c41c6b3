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
            let isIntent = !["clarify", "fallback", "crisis"].contains(got)
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

    /// A plain-text table: accuracy and misroutes for each group, per writer and together.
    public var report: String {
        let tallies = self.tallies
        let writers = Set(outcomes.map(\.reply.writer)).sorted() + ["all"]
        func percent(_ value: Double) -> String { "\((value * 1000).rounded() / 10)%" }
        var lines = ["routing: \(outcomes.count) replies (right / misrouted, by writer)"]
        lines.append("  " + "node".padding(toLength: 14) + writers.map { $0.padding(toLength: 20) }.joined())
        for group in tallies.keys.sorted() {
            let cells = writers.map { writer -> String in
                guard let tally = tallies[group]?[writer] else { return "-".padding(toLength: 20) }
                return "\(percent(tally.accuracy)) / \(percent(tally.misrouteRate))".padding(toLength: 20)
            }
            lines.append("  " + group.padding(toLength: 14) + cells.joined())
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    fileprivate func padding(toLength length: Int) -> String {
        count >= length ? self + " " : self + String(repeating: " ", count: length - count)
    }
}
