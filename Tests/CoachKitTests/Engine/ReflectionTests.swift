import CoachKit
import Testing

@Suite struct ReflectionTests {
    @Test(arguments: [
        ("I lied to him", "you lied to him"),
        ("I lied to him about my phone.", "you lied to him about your phone"),
        ("I was scared", "you were scared"),
        ("I'm so ashamed of myself", "you're so ashamed of yourself"),
        ("we hurt each other", "you hurt each other"),
        ("you never listen", "I never listen"),
        // "you" as an object is "me", and the verb after a subject "you" agrees with "I".
        ("I lied to you", "you lied to me"),
        ("I told you already", "you told me already"),
        ("i thought you were asleep", "you thought I was asleep"),
        ("you are right", "I am right"),
        // "you" before a verb stays a subject, even after a word that would make it an object.
        ("I broke the trust you had in me", "you broke the trust I had in you"),
        ("I lied to him more than you think", "you lied to him more than I think"),
        ("I cheated despite the love you gave me", "you cheated despite the love I gave you"),
        // What trails the words is dropped, emoji are left out, and capitals are not shouted back.
        ("I lied to her!!!", "you lied to her"),
        ("i lied to her :(", "you lied to her"),
        ("i cheated on her \u{1F614}", "you cheated on her"),
        ("I CHEATED ON HER", "you cheated on her"),
    ])
    func firstAndSecondPersonSwap(said: String, reflected: String) {
        #expect(Reflection.reflect(said) == reflected)
    }
}

@Suite struct TemplateTests {
    let answers = ["what": SavedAnswer(text: "I lied to her", intent: nil, node: "q")]

    @Test func answersAreReflectedAndRawAnswersAreNot() {
        #expect(Template.render("So {{answers.what}}.", answers: answers, captures: []) == "So you lied to her.")
        #expect(
            Template.render("\u{201C}{{raw.what}}\u{201D}", answers: answers, captures: []) == "\u{201C}I lied to her\u{201D}")
    }

    @Test func capturesFillNumberedGaps() {
        #expect(
            Template.render("What makes you feel {{1}}?", answers: [:], captures: ["so angry at myself"])
                == "What makes you feel so angry at yourself?")
    }

    @Test func aDefaultStandsInForAMissingValue() {
        #expect(Template.render("feel {{1|that way}}?", answers: [:], captures: []) == "feel that way?")
        #expect(Template.render("feel {{1|that way}}?", answers: [:], captures: ["scared"]) == "feel scared?")
    }

    @Test func missingValuesLeaveNoBraces() {
        #expect(Template.render("A{{answers.none}}B{{2}}C", answers: [:], captures: []) == "ABC")
        #expect(Template.render("open {{ only", answers: [:], captures: []) == "open {{ only")
    }

    @Test func variablesAreListedForChecking() {
        #expect(
            Template.variables(in: "{{answers.a}} {{raw.b}} {{1}} {{journal}} {{x}}")
                == [.answer("a"), .rawAnswer("b"), .capture(1), .journal, .unknown("x")])
    }
}
