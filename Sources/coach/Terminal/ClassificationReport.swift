import CoachKit
import FoundationEssentials
import Glibc

/// Renders a `ReplyAnalysis` for authors: one JSON line for tools, or a readable explanation.
enum ClassificationReport {
    private struct Line: Encodable {
        struct CandidateScore: Encodable {
            var intent: String
            var score: Double
            var global: Bool
        }
        struct Probability: Encodable {
            var intent: String
            var probability: Double
        }
        var text: String
        var intent: String
        var score: Double
        var candidates: [CandidateScore]
        var safety: String?
        var category: String?
        /// The learned weights' probability of each intent, where the script has examples.
        var learned: [Probability]?
    }

    static func json(_ text: String, _ analysis: ReplyAnalysis) -> String {
        let classification = analysis.classification
        let line = Line(
            text: text, intent: analysis.label, score: classification.score,
            candidates: classification.candidates.map { .init(intent: $0.name, score: $0.score, global: $0.isGlobal) },
            safety: analysis.safety?.level.rawValue, category: analysis.safety?.category.rawValue,
            learned: classification.learned.map { learned in
                (learned.global + learned.local).map {
                    .init(intent: $0.intent, probability: ($0.probability * 1000).rounded() / 1000)
                }
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(line) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    static func explanation(_ text: String, _ analysis: ReplyAnalysis) -> String {
        let classification = analysis.classification
        var lines = ["reply: \(Sanitizer.visible(text))"]
        let tokens = classification.tokens.enumerated().map { index, token in
            var shown = token.word
            if token.stem != token.word { shown += "(\(token.stem))" }
            if let corrected = token.correctedStem { shown += "~>\(corrected)" }
            if let cue = token.negatedBy { shown += "[not:\(cue)]" }
            if index > 0, classification.tokens[index - 1].clause != token.clause { shown = "| " + shown }
            return shown
        }
        lines.append("tokens: \(tokens.joined(separator: " "))")
        lines.append("  (word(stem), ~>typo correction, [not:N] negated by word N, | clause break)")
        lines += safetyLines(analysis.safetyExplanation)
        if let phrase = analysis.aboutTheQuestion {
            lines.append(
                "about the question: the whole reply matched \"\(phrase)\" (the language pack's aboutTheQuestion); the coach explains the question and asks it again, saving nothing"
            )
        }
        if classification.candidates.isEmpty { lines.append("candidates: none matched") }
        for candidate in classification.candidates {
            lines.append("candidate \(candidate.name)\(candidate.isGlobal ? " (global)" : ""): score \(candidate.score)")
            for match in candidate.matches {
                let captures = match.captures(in: classification.tokens).filter { !$0.isEmpty }
                let captured = captures.isEmpty ? "" : ", gaps captured \(captures.map { "\"\($0)\"" }.joined(separator: " "))"
                lines.append(
                    "  \"\(match.term)\" matched \"\(match.words(in: classification.tokens).joined(separator: " "))\" (weight \(match.weight)\(captured))"
                )
            }
        }
        for match in classification.discarded {
            lines.append(
                "  discarded: \"\(match.term)\" on \"\(match.words(in: classification.tokens).joined(separator: " "))\" lost its words to a longer or heavier match"
            )
        }
        if let learned = classification.learned { lines += learnedLines(learned) }
        lines.append("result: \(analysis.label); \(classification.reason)")
        return lines.joined(separator: "\n")
    }

    /// The learned weights' view: each intent's probability and the features that weighed most
    /// for or against it (weights are log-likelihood ratios against the model's other intents).
    private static func learnedLines(_ learned: LearnedEvidence) -> [String] {
        func format(_ value: Double) -> String {
            let rounded = (value * 100).rounded() / 100
            return rounded >= 0 ? "+\(rounded)" : "\(rounded)"
        }
        func describe(_ score: LearnedScore, _ label: String) -> [String] {
            let percent = (score.probability * 1000).rounded() / 10
            let strongest = score.strongest(6).map { "\(Sanitizer.visible($0.feature)) \(format($0.weight))" }
            return [
                "  \(label) \(score.intent): \(percent)%" + (strongest.isEmpty ? "" : "; " + strongest.joined(separator: ", "))
            ]
        }
        var lines = ["learned weights (features and their weight for each intent; + speaks for it):"]
        for score in learned.global { lines += describe(score, "global") }
        if learned.hasQuestionModel {
            for score in learned.local { lines += describe(score, "intent") }
        } else {
            lines.append("  this question has no model of its own: its patterns decide")
        }
        return lines
    }

    /// What the safety layer found, what it silenced and why: the signal, its level, category and
    /// clinical basis, and the blocker or context behind each near miss.
    private static func safetyLines(_ explanation: SafetyExplanation) -> [String] {
        func describe(_ finding: SafetyExplanation.Finding) -> String {
            "\(finding.signal) (\(finding.level.rawValue) \(finding.category.rawValue); \(finding.basis)) on \"\(Sanitizer.visible(finding.words))\""
        }
        var lines: [String] = []
        if let assessment = explanation.assessment {
            lines.append(
                "safety: \(assessment.level.rawValue) \(assessment.category.rawValue) from signal \(assessment.signal); the safety layer answers before any route"
            )
        } else {
            lines.append("safety: nothing found")
        }
        for finding in explanation.found {
            lines.append("  signal " + describe(finding) + (finding.reason.map { ", \($0)" } ?? ""))
        }
        for finding in explanation.silenced {
            lines.append("  silenced " + describe(finding) + ", by \(finding.reason ?? "a blocker")")
        }
        if !explanation.context.isEmpty { lines.append("  context: " + explanation.context.joined(separator: ", ")) }
        return lines
    }
}
