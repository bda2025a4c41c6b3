import CoachKit
import DefaultScript
import Testing

/// The built-in script as shipped: it loads clean and follows the article's structure.
@Suite struct DefaultScriptTests {
    @Test func loadsWithNoErrorsOrWarnings() {
        let diagnostics = ScriptLoader.diagnostics(bytes: Array(DefaultScript.json.utf8), fileName: DefaultScript.fileName)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
    }

    @Test func theFixedNodesListenForTheFixedIntents() throws {
        let script = TestScripts.trust
        func intents(_ node: String) throws -> Set<String> {
            Set(try #require(script.node(node)?.ask).routes.map(\.intent.value))
        }
        #expect(try intents("role") == ["broke", "hurt", "both", "unsure"])
        #expect(try intents("apology") == ["yes", "no", "unsure"])
        #expect(try intents("trust_again") == ["yes", "no", "unsure"])
        #expect(script.script.globalRoutes.map(\.intent.value) == ["end"])
    }

    @Test func creditsTheArticleAndSaysItIsNotTherapy() {
        let script = TestScripts.trust.script
        #expect(script.source?.title == "What to do When Trust is Broken")
        #expect(script.source?.author == "Dr. S. Kay Webb")
        #expect(script.disclaimer.contains("not a therapist"))
    }
}
