import CoachKit
import Testing

@Suite struct SafetyLayerTests {
    let layer: SafetyLayer

    init() throws { layer = try SafetyLayer() }

    @Test func clearDangerIsUrgentWithItsCategory() {
        #expect(layer.assess("he choked me last night")?.level == .urgent)
        #expect(layer.assess("he choked me last night")?.category == .physicalViolence)
        #expect(layer.assess("kms")?.category == .suicideOrSelfHarm)
        #expect(layer.assess("he said he'd hurt me if I leave")?.category == .threats)
        #expect(layer.assess("she threatens suicide if I go")?.category == .partnerSuicideThreat)
    }

    @Test func unclearSignalsAskFirst() {
        #expect(layer.assess("I hate myself for what I did")?.level == .checkIn)
        #expect(layer.assess("I feel dead inside")?.level == .checkIn)
    }

    @Test func figuresOfSpeechDenialsAndJokesDoNotRaiseIt() {
        for reply in [
            "I'd die of embarrassment", "this is torture", "my heart is broken", "I'm not suicidal, just sad",
            "I could kill him lol", "he hit me up yesterday",
        ] {
            #expect(layer.assess(reply) == nil, "\(reply)")
        }
    }

    @Test func resourcesAreRealAndAlwaysIncludeEmergencyAndADirectory() {
        let all = layer.resources.lines(for: nil).joined(separator: "\n")
        #expect(all.contains("988"))
        #expect(all.contains("116 123"))
        #expect(all.contains("1-800-799-7233"))
        #expect(all.contains("findahelpline.com"))
        for category in SafetyCategory.allCases {
            let lines = layer.resources.lines(for: category)
            #expect(lines.first?.contains("emergency") == true)
            #expect(lines.last?.contains("findahelpline.com") == true)
        }
    }
}
