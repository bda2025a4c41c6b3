import DefaultScript
import Foundation
import Testing

@testable import CoachKit

/// The keyword weights the trust script's examples teach: deterministic, and deciding as
/// `LearnedDecision` documents.
@Suite struct LearnedWeightsTests {
    /// The trust script with every list of examples reversed.
    private static func trustWithExamplesReversed() throws -> ValidatedScript {
        func reversed(_ value: Any) -> Any {
            if var dictionary = value as? [String: Any] {
                for (key, inner) in dictionary {
                    dictionary[key] = key == "examples" ? Array(((inner as? [Any]) ?? []).reversed()) : reversed(inner)
                }
                return dictionary
            }
            if let array = value as? [Any] { return array.map(reversed) }
            return value
        }
        return try TestScripts.trust { object in object = try #require(reversed(object) as? [String: Any]) }
    }

    @Test func theSameExamplesInAnotherOrderTeachTheSameWeightsBitForBit() throws {
        let shipped = try #require(TestScripts.trust.classifier.learned)
        let reordered = try #require(try Self.trustWithExamplesReversed().classifier.learned)
        #expect(shipped.exampleCount > 2_000)
        #expect(reordered.exampleCount == shipped.exampleCount)
        #expect(reordered.fingerprint == shipped.fingerprint)
    }

    @Test func trainingTwiceGivesTheSameWeights() throws {
        let again = try TestScripts.load(DefaultScript.json, file: DefaultScript.fileName).get()
        #expect(again.classifier.learned?.fingerprint == TestScripts.trust.classifier.learned?.fingerprint)
    }

    /// `StableMath` is ours so that no platform's libm can change a weight; it must still be right.
    @Test(arguments: [1e-9, 0.001, 0.25, 0.5, 0.999, 1, 1.5, 2, 10, 123.456, 1e6])
    func stableLogarithmsAgreeWithTheSystemLibrary(_ x: Double) {
        #expect(abs(StableMath.log(x) - Foundation.log(x)) <= 1e-12 * max(1, abs(Foundation.log(x))))
    }

    @Test(arguments: [-30.0, -5, -1, -0.001, 0, 0.5, 1, 3, 20])
    func stableExponentialsAgreeWithTheSystemLibrary(_ x: Double) {
        #expect(abs(StableMath.exp(x) - Foundation.exp(x)) <= 1e-12 * Foundation.exp(x))
    }

    @Test func aNegatedWordIsADifferentFeatureFromTheWordItself() throws {
        let learned = try #require(TestScripts.trust.classifier.learned)
        let patterns = TestScripts.trust.classifier.patterns
        func names(_ text: String) -> [String] {
            learned.features.namedFeatures(of: patterns.analyze(TextNormalizer.words(in: text)).tokens).map(\.name)
        }
        #expect(names("i cheated").contains("cheat"))
        #expect(names("i never cheated").contains("not:cheat"))
        #expect(!names("i never cheated").contains("cheat"))
    }

    @Test func theWeightsHearWhatNoPatternSays() throws {
        // Neither reply matches a phrase of its intent; the weights route both.
        let engine = TestScripts.trustEngine
        let hurt = try engine.analyze("turns out he had a whole second phone", at: "role", detailed: true)
        #expect(hurt.classification.candidates.isEmpty)
        #expect(hurt.label == "hurt")
        let leaving = try engine.analyze("im gonna log out", at: "hurt_feel")
        #expect(leaving.classification.candidates.isEmpty)
        #expect(leaving.label == "confirm", "the weights alone ask before ending the chat")
    }

    @Test func aReplyWithNothingTheExamplesEverSaidFallsBack() throws {
        let analysis = try TestScripts.trustEngine.analyze("purple", at: "role", detailed: true)
        #expect(analysis.label == "fallback")
        #expect(analysis.classification.learned?.hasKnownFeature == false)
    }

    @Test func explainingNamesTheFeaturesAndRoutingDoesNot() throws {
        let engine = TestScripts.trustEngine
        let explained = try #require(try engine.analyze("i lied to her", at: "role", detailed: true).classification.learned)
        #expect(explained.features.contains("lie"))
        #expect(explained.local.first?.contributions.isEmpty == false)
        let routed = try #require(try engine.analyze("i lied to her", at: "role").classification.learned)
        #expect(routed.features.isEmpty)
        #expect(routed.local.first?.intent == explained.local.first?.intent)
        #expect(routed.local.first?.probability == explained.local.first?.probability)
    }

    /// A question with hundreds of intents with examples would need weights for every feature and
    /// intent; past `maximumWeights` it is left to its patterns instead of exhausting memory.
    @Test func aQuestionTooBigToLearnIsLeftToItsPatterns() throws {
        let count = 800
        let intents = (0..<count).map { number in
            let words = (0..<12).map { "w\(number)x\($0)" }.joined(separator: " ")
            return #""i\#(number)": {"keywords": ["k\#(number)"], "examples": ["\#(words)", "k\#(number) \#(words)"]}"#
        }.joined(separator: ",\n")
        let routes = (0..<count).map { #"{"intent": "i\#($0)", "to": "bye"}"# }.joined(separator: ", ")
        let json = """
            {"formatVersion": 2, "id": "big", "title": "Big", "version": "1", "disclaimer": "A test.", "start": "ask",
             "intents": {\(intents)},
             "nodes": [{"id": "ask", "say": ["Which?"], "ask": {"routes": [\(routes)], "fallback": {"to": "bye"}}},
                       {"id": "bye", "say": ["Bye."], "end": true}]}
            """
        let script = try TestScripts.load(json).get()
        let learned = try #require(script.classifier.learned)
        #expect(learned.questions.isEmpty)
        let engine = try Engine(script: script)
        #expect(try engine.analyze("k7", at: "ask").label == "i7")
    }
}
