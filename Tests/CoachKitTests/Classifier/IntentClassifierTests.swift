import CoachKit
import Testing

/// The classifier on small scripts written for each behaviour.
@Suite struct IntentClassifierTests {
    /// A script whose one question routes the given intents.
    private func makeClassifier(
        concepts: String = "{}", intents: String, threshold: Double = 1
    ) throws -> (IntentClassifier, IntentClassifier.Scope) {
        let json = """
            {"formatVersion": 1, "id": "t", "title": "T", "version": "1", "disclaimer": "d", "start": "q",
             "classifier": {"threshold": \(threshold)},
             "concepts": \(concepts), "intents": \(intents),
             "nodes": [{"id": "q", "say": ["?"], "ask": {"routes": ROUTES, "fallback": {"to": "end"}}},
                       {"id": "end", "say": ["bye"], "end": true}]}
            """
        let names = try #require(try? JSONParser.parse(Array(intents.utf8))).objectKeys
        let routes = "[" + names.map { #"{"intent": "\#($0)", "to": "end"}"# }.joined(separator: ",") + "]"
        let script = try TestScripts.load(json.replacingOccurrences(of: "ROUTES", with: routes)).get()
        return (script.classifier, try #require(script.scope(at: "q")))
    }

    @Test func stemsMatchEveryFormOfAKeyword() throws {
        let (classifier, scope) = try makeClassifier(intents: #"{"apology": {"keywords": ["apologize"]}}"#)
        for reply in ["I apologized", "apologizing to her", "an apology", "I will apologise"] {
            #expect(classifier.classify(reply, in: scope).label == "apology", "\(reply)")
        }
    }

    @Test func aNegatedKeywordDoesNotCount() throws {
        let (classifier, scope) = try makeClassifier(intents: #"{"sure": {"keywords": ["sure"]}}"#)
        #expect(classifier.classify("I'm sure", in: scope).label == "sure")
        #expect(classifier.classify("I'm not sure", in: scope).label == "fallback")
        #expect(classifier.classify("never sure", in: scope).label == "fallback")
    }

    @Test func aPatternThatIncludesTheNegationMatchesIt() throws {
        let (classifier, scope) = try makeClassifier(
            intents: #"{"unsure": {"phrases": ["not sure"]}, "yes": {"keywords": ["sure"]}}"#)
        #expect(classifier.classify("i'm not sure", in: scope).label == "unsure")
        #expect(classifier.classify("sure", in: scope).label == "yes")
    }

    @Test func aGapCannotSwallowTheNegation() throws {
        let (classifier, scope) = try makeClassifier(intents: #"{"hit": {"phrases": ["he * hit me"]}}"#)
        #expect(classifier.classify("he really hit me", in: scope).label == "hit")
        #expect(classifier.classify("he never hit me", in: scope).label == "fallback")
    }

    @Test func conceptsAndActorsSendTheSameVerbToDifferentIntents() throws {
        let (classifier, scope) = try makeClassifier(
            concepts: #"{"self": ["i"], "other": ["he", "she", "my partner"], "betray": ["cheat", "lie", "went behind * back"]}"#,
            intents: #"{"broke": {"phrases": ["~self *2 ~betray"]}, "hurt": {"phrases": ["~other *2 ~betray", "~betray * me"]}}"#)
        #expect(classifier.classify("I cheated", in: scope).label == "broke")
        #expect(classifier.classify("I went behind her back", in: scope).label == "broke")
        #expect(classifier.classify("he cheated on me", in: scope).label == "hurt")
        #expect(classifier.classify("my partner lied", in: scope).label == "hurt")
        #expect(classifier.classify("I didn't cheat, she did", in: scope).label == "fallback")
    }

    @Test func gapsCaptureTheWordsTheySpan() throws {
        let (classifier, scope) = try makeClassifier(intents: #"{"feel": {"phrases": ["i am so * about it"]}}"#)
        let result = classifier.classify("I'm so angry and tired about it", in: scope)
        #expect(result.label == "feel")
        #expect(result.captures == ["angry and tired"])
    }

    @Test func aHashMatchesAnyNumberAndANamedNumberOnlyItself() throws {
        let (classifier, scope) = try makeClassifier(
            intents: ##"{"long": {"phrases": ["# years"]}, "ten": {"phrases": ["10 times"]}}"##)
        for reply in ["we were together 20 years", "2.5 years", "1,000 years"] {
            #expect(classifier.classify(reply, in: scope).label == "long", "\(reply)")
        }
        #expect(classifier.classify("years and years", in: scope).label == "fallback")
        #expect(classifier.classify("about 10 times", in: scope).label == "ten")
        // Digits are not squeezed into a number a pattern names, as stretched letters are.
        #expect(classifier.classify("100 times", in: scope).label == "fallback")
        // A number some pattern names is still any number.
        #expect(classifier.classify("10 years", in: scope).label == "long")
    }

    @Test func aGapStopsAtTheEndOfAClause() throws {
        let (classifier, scope) = try makeClassifier(intents: #"{"broke": {"phrases": ["broke * trust"]}}"#)
        #expect(classifier.classify("I broke her trust", in: scope).label == "broke")
        #expect(classifier.classify("I broke down. trust me", in: scope).label == "fallback")
    }

    @Test func aLongerPhraseClaimsItsWordsFromShorterOnes() throws {
        let (classifier, scope) = try makeClassifier(
            intents: #"{"yes": {"keywords": ["yeah"]}, "no": {"keywords": ["no"], "phrases": ["yeah no"]}}"#)
        #expect(classifier.classify("yeah no", in: scope).label == "no")
        #expect(classifier.classify("yeah", in: scope).label == "yes")
    }

    /// "I can't not apologise" is a yes: the second negation cancels the first, so a phrase
    /// that holds only the first is undone, and the word after both counts as said.
    @Test func aDoubleNegationCancels() throws {
        let (classifier, scope) = try makeClassifier(
            intents: #"{"no": {"phrases": ["i can not", "do not want to"]}, "yes": {"keywords": ["apologize", "trust"]}}"#)
        #expect(classifier.classify("i can not", in: scope).label == "no")
        #expect(classifier.classify("i can't not apologise", in: scope).label == "yes")
        #expect(classifier.classify("i don't want to not trust her", in: scope).label == "yes")
        #expect(classifier.classify("i don't want to trust her", in: scope).label == "no")
    }

    @Test func anAuxiliaryFollowedByNotIsDenied() throws {
        let (classifier, scope) = try makeClassifier(intents: #"{"yes": {"phrases": ["i do"]}}"#)
        #expect(classifier.classify("I do", in: scope).label == "yes")
        #expect(classifier.classify("I do not", in: scope).label == "fallback")
    }

    @Test func anchorsTieAPatternToTheWholeReply() throws {
        let (classifier, scope) = try makeClassifier(intents: #"{"end": {"phrases": ["< stop >"]}}"#)
        #expect(classifier.classify("Stop!", in: scope).label == "end")
        #expect(classifier.classify("I want him to stop lying", in: scope).label == "fallback")
    }

    /// Words that close a reply without adding to it ("rn", "lol", "honestly") may follow `>`,
    /// however many; any other word after it still breaks the match.
    @Test func theReplysEndHoldsBeforeWordsThatOnlyCloseIt() throws {
        let (classifier, scope) = try makeClassifier(intents: #"{"end": {"phrases": ["< stop >"]}}"#)
        for reply in ["stop rn", "stop lol", "stop, honestly", "stop right now lol", "stop now please"] {
            #expect(classifier.classify(reply, in: scope).label == "end", "\(reply)")
        }
        for reply in ["stop him", "stop right there", "lol"] {
            #expect(classifier.classify(reply, in: scope).label == "fallback", "\(reply)")
        }
    }

    @Test func misspeltWordsAreReadAsTheClosestKnownWord() throws {
        let (classifier, scope) = try makeClassifier(intents: #"{"cheat": {"keywords": ["cheated", "trust", "definitely"]}}"#)
        for reply in ["he cheeted", "trsut", "definately", "chaeted"] {
            #expect(classifier.classify(reply, in: scope).label == "cheat", "\(reply)")
        }
        // Short words are never corrected: too many are one letter from another word.
        let (short, shortScope) = try makeClassifier(intents: #"{"sure": {"keywords": ["sure"]}}"#)
        #expect(short.classify("sore", in: shortScope).label == "fallback")
    }

    @Test func closeScoresAskForClarificationAndDistantOnesDoNot() throws {
        let (classifier, scope) = try makeClassifier(
            intents: #"{"a": {"keywords": ["apple"]}, "b": {"keywords": ["banana", "berry"]}}"#)
        #expect(classifier.classify("apple banana", in: scope).outcome == .clarify(["a", "b"]))
        #expect(classifier.classify("apple banana berry", in: scope).label == "b")
    }

    @Test func aWordClaimedByTwoIntentsGoesToTheOneDeclaredFirst() throws {
        let (classifier, scope) = try makeClassifier(
            intents: #"{"first": {"keywords": ["same"]}, "second": {"keywords": ["same"]}}"#)
        for _ in 0..<20 { #expect(classifier.classify("same", in: scope).label == "first") }
    }

    @Test func equalScoresRankGlobalThenDeclarationOrder() throws {
        let (classifier, scope) = try makeClassifier(intents: #"{"b": {"keywords": ["beta"]}, "a": {"keywords": ["alpha"]}}"#)
        #expect(classifier.classify("alpha beta", in: scope).candidates.map(\.name) == ["b", "a"])
    }

    @Test func belowTheThresholdItFallsBack() throws {
        let (classifier, scope) = try makeClassifier(intents: #"{"a": {"keywords": [{"text": "maybe", "weight": 0.5}]}}"#)
        #expect(classifier.classify("maybe", in: scope).outcome == .fallback)
    }
}

extension JSONValue {
    /// The member names of an object, in order (empty for other values).
    var objectKeys: [String] {
        if case .object(let members) = kind { return members.map(\.key) }
        return []
    }
}
