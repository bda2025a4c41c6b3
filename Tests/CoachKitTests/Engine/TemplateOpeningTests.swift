import CoachKit
import Testing

/// Where a template opens `{{` and does not close it: lint's C016 for a missing brace, which
/// the chat would otherwise show to the person as typed.
@Suite struct TemplateOpeningTests {
    @Test(
        arguments: [
            ("Plain text.", nil),
            ("Open with {{answers.win}}.", nil),
            ("{{1|that}} and {{raw.a}}", nil),
            ("a { b } c", nil),
            ("}} then {{1}}", nil),
            ("Open with {{answers.win}, then.", 10),
            ("{{a}} and {{b", 10),
            ("So {{answers.win and then {{answers.win}}.", 3),
            ("{{", 0),
        ] as [(String, Int?)])
    func findsTheFirstUnclosedOpening(_ template: String, _ offset: Int?) {
        #expect(Template.unclosedOpening(in: template) == offset)
    }
}
