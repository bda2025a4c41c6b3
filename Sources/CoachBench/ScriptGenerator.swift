import CoachKit

/// Deterministic dialogue scripts of any size, for load and classification benchmarks: the same
/// seed always gives the same text.
///
/// Intents get three keywords and a phrase from a synthetic vocabulary ("velk", "morish", ...)
/// plus an ordinary word; each question routes three intents; one `hub` node routes all of them,
/// to measure classification with every intent in scope.
struct ScriptGenerator {
    var nodes: Int
    var intents: Int
    var seed: UInt64 = 2026

    private static let syllables = [
        "ka", "vel", "mor", "ish", "tan", "ru", "bo", "len", "sa", "qui", "dor", "pha", "zen", "lo", "mi", "tar",
    ]
    static let ordinaryWords = ["trust", "sorry", "angry", "partner", "again", "friend", "money", "phone", "night", "work"]

    /// A made-up word from the generator, five to nine letters long.
    static func word(_ number: Int) -> String {
        var value = number
        var text = ""
        repeat {
            text += syllables[value % syllables.count]
            value /= syllables.count
        } while value > 0
        while text.count < 5 { text += "n" }
        return text
    }

    func json() -> String {
        var random = SeededGenerator(seed: seed)
        var intentsJSON: [String] = []
        for index in 0..<intents {
            let keywords = (0..<3).map { "\"\(ScriptGenerator.word(index * 3 + $0 + 17))\"" }
            let ordinary = ScriptGenerator.ordinaryWords[index % ScriptGenerator.ordinaryWords.count]
            let phrase = "\"\(ScriptGenerator.word(index * 3 + 17)) * \(ordinary)\""
            intentsJSON.append("\"i\(index)\": {\"keywords\": [\(keywords.joined(separator: ", "))], \"phrases\": [\(phrase)]}")
        }
        var nodesJSON: [String] = []
        let hubRoutes = (0..<intents).map { "{\"intent\": \"i\($0)\", \"to\": \"end\"}" }.joined(separator: ", ")
        nodesJSON.append(
            "{\"id\": \"hub\", \"say\": [\"Hub?\"], \"ask\": {\"routes\": [\(hubRoutes)], \"fallback\": {\"to\": \"n0\"}}}")
        for index in 0..<nodes {
            let next = index + 1 < nodes ? "n\(index + 1)" : "end"
            if index % 3 == 2 {
                nodesJSON.append("{\"id\": \"n\(index)\", \"say\": [\"Statement \(index).\"], \"next\": \"\(next)\"}")
                continue
            }
            let routes = (0..<3).map { _ -> String in
                let intent = Int.random(in: 0..<intents, using: &random)
                let far = Int.random(in: index + 1...min(nodes, index + 5), using: &random)
                return "{\"intent\": \"i\(intent)\", \"to\": \"\(far < nodes ? "n\(far)" : "end")\"}"
            }
            nodesJSON.append(
                """
                {"id": "n\(index)", "say": ["Question \(index) for {{answers.a\(index)}}?"], "ask": {"routes": [\(routes.joined(separator: ", "))], \
                "reask": ["Again, question \(index)?"], "fallback": {"after": 2, "to": "\(next)"}, "save": "a\(index)"}}
                """)
        }
        nodesJSON.append("{\"id\": \"end\", \"say\": [\"Bye.\"], \"end\": true}")
        return """
            {"formatVersion": 1, "id": "generated-\(nodes)-\(intents)", "title": "Generated", "version": "1", "disclaimer": "d", "start": "n0",
             "intents": {\(intentsJSON.joined(separator: ",\n"))},
             "nodes": [\(nodesJSON.joined(separator: ",\n"))]}
            """
    }

    /// An 80-character reply that mentions `mentions` of the generated keywords among ordinary words.
    static func reply(mentioning mentions: Int, intents: Int, using random: inout SeededGenerator) -> String {
        var words = [
            "honestly", "i", "think", "that", "my", "partner", "and", "me", "need", "to", "talk", "about", "it", "more", "often",
        ]
        for slot in 0..<mentions {
            let intent = Int.random(in: 0..<intents, using: &random)
            words[2 + slot * 4] = word(intent * 3 + 17)
        }
        return String(words.joined(separator: " ").prefix(80))
    }
}
