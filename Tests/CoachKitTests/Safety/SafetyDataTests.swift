import CoachKit
import Testing

/// The built-in safety data (`Dialogue/Safety/`) compiles cleanly with the script pattern
/// compiler, and a mistake in it is reported like a script's, at its line and column.
@Suite struct SafetyDataTests {
    private let sources = SafetyData.embeddedSources

    private func problems(lexicon: String? = nil, responses: String? = nil, resources: String? = nil) -> [Diagnostic] {
        let lexiconSource = lexicon.map { SourceText(fileName: "lexicon.json", text: $0) } ?? sources[0]
        let responsesSource = responses.map { SourceText(fileName: "responses.json", text: $0) } ?? sources[1]
        let resourcesSource = resources.map { SourceText(fileName: "resources.json", text: $0) } ?? sources[2]
        do {
            _ = try SafetyLayer(lexicon: lexiconSource, responses: responsesSource, resources: resourcesSource)
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test func theBuiltInDataCompilesWithNoProblemAtAll() {
        #expect(problems().map(\.description) == [])
    }

    @Test func everySignalNamesItsClinicalBasisAndEveryCategoryHasSignalsAtBothLevels() throws {
        let lexicon = try SafetyLayer().data.lexicon
        #expect(lexicon.signals.allSatisfy { !$0.basis.isEmpty })
        for category in SafetyCategory.allCases {
            let levels = Set(lexicon.signals.filter { $0.category == category }.map(\.level))
            #expect(levels.contains(.urgent), "\(category) has no urgent signal")
        }
    }

    @Test func everyResourceLineNamesTheServicesOwnPageAndWhenItWasChecked() throws {
        let resources = try SafetyLayer().resources
        #expect(resources.lines.count >= 10)
        for line in resources.lines {
            #expect(line.source.hasPrefix("https://"), "\(line.id)")
            #expect(line.checked.count == 10 && line.checked.hasPrefix("20"), "\(line.id)")
            #expect(line.verified || line.note.contains("http"), "\(line.id) says neither that it was verified nor where")
        }
        for category in SafetyCategory.allCases {
            let lines = resources.lines(for: category)
            #expect(lines.count >= 3, "\(category)")
            #expect(lines.first?.contains("emergency") == true)
            #expect(lines.last?.contains("findahelpline.com") == true)
        }
    }

    @Test func aMistakeInTheLexiconIsReportedAtItsPlaceWithAScriptsCode() {
        let lexicon = """
            {
              "formatVersion": 1,
              "concepts": {"pills": ["pills", "tablets"]},
              "signals": [
                {"id": "a", "category": "suicide_self_harm", "level": "urgent", "basis": "C-SSRS: method",
                 "phrases": ["saving my ~pils"]},
                {"id": "b", "category": "suicide_selfharm", "level": "urgent", "basis": "x", "phrases": ["* pills"]}
              ]
            }
            """
        let found = problems(lexicon: lexicon).map(\.description)
        #expect(found.contains { $0.hasPrefix("lexicon.json:6:") && $0.contains("error[C013]") && $0.contains("'~pills'") })
        #expect(
            found.contains { $0.hasPrefix("lexicon.json:7:") && $0.contains("error[C006]") && $0.contains("unknown category") })
    }

    @Test func aResourceWithoutASourceIsRefused() {
        let resources = """
            {"formatVersion": 1, "lines": [{"id": "x", "text": "call 1", "source": "http://example.org", "checked": "yesterday"}],
             "first": ["x"], "last": ["x"], "shown": {}}
            """
        let found = problems(resources: resources).map(\.description)
        #expect(found.contains { $0.contains("'checked' is a date") })
        #expect(found.contains { $0.contains("'source' is the service's own page") })
        #expect(found.contains { $0.contains("missing required field 'suicide_self_harm'") })
    }
}
