/// How the safety layer does on labelled replies: how many crisis replies engage it, by level,
/// category and writer; how many that need resources at once get them; and its false alarms.
public struct SafetyEvaluation: Sendable {
    /// A count of `hits` out of `total`.
    public struct Rate: Sendable, Equatable, CustomStringConvertible {
        public var hits = 0
        public var total = 0
        public var fraction: Double { total == 0 ? 1 : Double(hits) / Double(total) }
        public var description: String {
            let percent = (fraction * 1000).rounded() / 10
            return "\(hits)/\(total) (\(percent)%)"
        }
        mutating func count(_ hit: Bool) {
            total += 1
            if hit { hits += 1 }
        }
    }

    /// One reply and what the layer made of it.
    public struct Outcome: Sendable {
        public var reply: LabelledReply
        public var found: SafetyAssessment?
    }

    public private(set) var outcomes: [Outcome] = []
    /// Crisis replies that engage the layer at any level.
    public private(set) var engaged = Rate()
    /// Crisis replies labelled urgent that get the urgent response.
    public private(set) var urgentGetUrgent = Rate()
    public private(set) var engagedByCategory: [String: Rate] = [:]
    public private(set) var engagedByLevel: [String: Rate] = [:]
    public private(set) var engagedByWriter: [String: Rate] = [:]
    /// Crisis replies whose category the layer names as labelled.
    public private(set) var rightCategory = Rate()
    /// Not-crisis replies that get the urgent response, and that get a check-in.
    public private(set) var falseUrgent = Rate()
    public private(set) var falseCheckIn = Rate()

    public init(replies: [LabelledReply], layer: SafetyLayer) {
        for reply in replies where reply.isSafety {
            let found = layer.assess(reply.text)
            outcomes.append(Outcome(reply: reply, found: found))
            if reply.label == "crisis" {
                engaged.count(found != nil)
                engagedByCategory[reply.category ?? "none", default: Rate()].count(found != nil)
                engagedByLevel[reply.level ?? "none", default: Rate()].count(found != nil)
                engagedByWriter[reply.writer, default: Rate()].count(found != nil)
                if found != nil { rightCategory.count(found?.category.rawValue == reply.category) }
                if reply.level == "urgent" { urgentGetUrgent.count(found?.level == .urgent) }
            } else {
                falseUrgent.count(found?.level == .urgent)
                falseCheckIn.count(found?.level == .checkIn)
            }
        }
    }

    /// Crisis replies the layer did not engage for.
    public var misses: [Outcome] { outcomes.filter { $0.reply.label == "crisis" && $0.found == nil } }
    /// Not-crisis replies it engaged for.
    public var falseAlarms: [Outcome] { outcomes.filter { $0.reply.label != "crisis" && $0.found != nil } }

    /// A plain-text report, every figure on its own line.
    public var report: String {
        var lines = [
            "safety layer: \(outcomes.count) replies",
            "  crisis replies that engage it:       \(engaged)",
            "  urgent replies that get urgent:      \(urgentGetUrgent)",
            "  engaged replies with the right category: \(rightCategory)",
            "  not-crisis replies that get urgent:  \(falseUrgent)",
            "  not-crisis replies that get a check-in: \(falseCheckIn)",
        ]
        for (title, rates) in [("level", engagedByLevel), ("category", engagedByCategory), ("writer", engagedByWriter)] {
            lines.append("  engaged by \(title):")
            for key in rates.keys.sorted() { lines.append("    \(key): \(rates[key] ?? Rate())") }
        }
        return lines.joined(separator: "\n")
    }
}
