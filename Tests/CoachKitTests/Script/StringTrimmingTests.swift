@testable import CoachKit
import Testing

@Suite struct StringTrimmingTests {
    @Test(arguments: [
        ("plain", "plain"), ("  padded\t", "padded"), ("\u{00A0}no-break\u{2003}", "no-break"), ("é", "é"),
        (" café ", "café"), ("", ""), (" \n ", ""), ("a b", "a b"),
    ])
    func trimsAnyWhiteSpaceAtBothEnds(_ text: String, _ trimmed: String) {
        #expect(text.trimmingWhitespace() == trimmed)
    }

    @Test(arguments: [("", true), ("   ", true), ("\u{00A0}\u{3000}", true), ("x", false), (" x ", false), ("é", false)])
    func blankMeansEmptyOrOnlyWhiteSpace(_ text: String, _ isBlank: Bool) {
        #expect(text.isBlank == isBlank)
    }
}
