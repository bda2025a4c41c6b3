extension RoutingEvaluation {
    /// The whole evaluation in plain text: accuracy and misroutes per group and writer, then,
    /// per group, each intent's precision and recall and the confusion matrix, as
    /// `rasa test nlu` reports them.
    public var report: String {
        let tallies = self.tallies
        let writers = Set(outcomes.map(\.reply.writer)).sorted() + ["all"]
        var lines = ["routing: \(outcomes.count) replies (right / misrouted, by writer)"]
        lines.append("  " + "node".padded(to: 14) + writers.map { $0.padded(to: 20) }.joined())
        for group in tallies.keys.sorted() {
            let cells = writers.map { writer -> String in
                guard let tally = tallies[group]?[writer] else { return "-".padded(to: 20) }
                return "\(Self.percent(tally.accuracy)) / \(Self.percent(tally.misrouteRate))".padded(to: 20)
            }
            lines.append("  " + group.padded(to: 14) + cells.joined())
        }
        for group in tallies.keys.sorted() {
            lines.append("")
            lines.append("\(group): precision, recall and support of each label")
            for score in intentScores(in: group) {
                lines.append(
                    "  " + score.intent.padded(to: 14) + "precision \(score.precision.map(Self.percent) ?? "-")".padded(to: 20)
                        + "recall \(Self.percent(score.recall))".padded(to: 18) + "\(score.support)")
            }
            lines += confusionLines(group)
        }
        return lines.joined(separator: "\n")
    }

    /// The confusion matrix of a group: a row per label, a column per reading.
    private func confusionLines(_ group: String) -> [String] {
        let matrix = confusion[group] ?? [:]
        let labels = matrix.keys.sorted()
        let readings = Set(matrix.values.flatMap(\.keys)).sorted { left, right in
            let leftRank = labels.firstIndex(of: left) ?? labels.count
            let rightRank = labels.firstIndex(of: right) ?? labels.count
            return leftRank != rightRank ? leftRank < rightRank : left < right
        }
        let width = max(9, (readings.map(\.count).max() ?? 0) + 2)
        var lines = ["  confusion (rows: label, columns: read as)"]
        lines.append("  " + "".padded(to: 14) + readings.map { $0.padded(to: width) }.joined())
        for label in labels {
            let cells = readings.map { String(matrix[label]?[$0] ?? 0).padded(to: width) }
            lines.append("  " + label.padded(to: 14) + cells.joined())
        }
        return lines
    }

    static func percent(_ value: Double) -> String { "\((value * 1000).rounded() / 10)%" }

    /// The evaluation as one JSON-ready value, for `coach evaluate --format json`.
    public var summary: Summary {
        let tallies = self.tallies
        return Summary(
            replies: outcomes.count,
            groups: tallies.keys.sorted().map { group in
                Summary.Group(
                    group: group,
                    writers: (tallies[group] ?? [:]).keys.sorted().map { writer in
                        let tally = tallies[group]?[writer] ?? Tally()
                        return Summary.Writer(
                            writer: writer, total: tally.total, right: tally.right, misrouted: tally.misrouted,
                            accuracy: tally.accuracy, misrouteRate: tally.misrouteRate)
                    },
                    intents: intentScores(in: group), confusion: confusion[group] ?? [:])
            },
            misses: outcomes.filter { !$0.isRight }.map { outcome in
                Summary.Miss(
                    line: outcome.reply.line, node: outcome.node, text: outcome.reply.text, label: outcome.reply.label,
                    got: outcome.got, misrouted: outcome.isMisrouted, writer: outcome.reply.writer)
            })
    }

    /// `summary`'s shape.
    public struct Summary: Sendable, Encodable {
        public struct Writer: Sendable, Encodable {
            public var writer: String
            public var total: Int
            public var right: Int
            public var misrouted: Int
            public var accuracy: Double
            public var misrouteRate: Double
        }
        public struct Group: Sendable, Encodable {
            public var group: String
            public var writers: [Writer]
            public var intents: [IntentScore]
            public var confusion: [String: [String: Int]]
        }
        public struct Miss: Sendable, Encodable {
            public var line: Int
            public var node: String
            public var text: String
            public var label: String
            public var got: String
            public var misrouted: Bool
            public var writer: String
        }
        public var replies: Int
        public var groups: [Group]
        public var misses: [Miss]
    }
}

extension String {
    fileprivate func padded(to length: Int) -> String {
        count >= length ? self + " " : self + String(repeating: " ", count: length - count)
    }
}
