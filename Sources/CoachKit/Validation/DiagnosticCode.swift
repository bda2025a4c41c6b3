/// The stable code of every kind of script problem. A code never changes meaning; each is
/// documented once, with an example, in `Dialogue/README.md`.
public enum DiagnosticCode: String, Sendable, Equatable, CaseIterable, Codable {
    /// The file is not valid JSON.
    case jsonSyntax = "C001"
    /// The file could not be read at all (missing, a folder, unreadable, too large, not UTF-8).
    case unreadableFile = "C002"
    /// The script's `formatVersion` is not one this build of Coach reads.
    case unsupportedFormatVersion = "C003"
    /// A field this format does not have (often a misspelling).
    case unknownField = "C004"
    /// A required field is absent.
    case missingField = "C005"
    /// A field holds the wrong JSON type, or a value out of range.
    case invalidValue = "C006"
    /// Two nodes, intents or concepts share one name.
    case duplicateName = "C010"
    /// A route, `next` or `start` names a node that does not exist.
    case unknownNode = "C011"
    /// A route names an intent that is not declared.
    case unknownIntent = "C012"
    /// A pattern names a concept that is not declared.
    case unknownConcept = "C013"
    /// A pattern cannot be compiled (empty, a lone gap, a gap at an end).
    case invalidPattern = "C014"
    /// Concepts that include each other in a circle.
    case conceptCycle = "C015"
    /// A template refers to an answer or capture that cannot exist.
    case unknownTemplateVariable = "C016"
    /// A node's shape is inconsistent (for example both `next` and `end`, or neither).
    case invalidNodeShape = "C017"
    /// Statement nodes that lead to each other in a circle with no question between them.
    case statementCycle = "C018"
    /// A route condition names an answer that no node saves, or an intent that answer can never have.
    case impossibleCondition = "C019"
    /// A node no conversation can reach from `start`.
    case unreachableNode = "C020"
    /// A node from which no conversation can reach an end.
    case deadEnd = "C021"
    /// A question with routes but no fallback: a reply that matches nothing re-asks forever.
    case missingFallback = "C022"
    /// An intent or concept is declared but never used.
    case unusedDeclaration = "C023"
    /// A message with no text.
    case emptyMessage = "C024"
    /// One keyword claimed by two intents that are both in scope at one node.
    case sharedKeyword = "C025"
    /// A route's sample reply does not reach that route.
    case sampleMisrouted = "C026"
    /// The same example twice, or one example given to two intents a question chooses between.
    case duplicateExample = "C027"
    /// An example its own question's learned weights read as another intent.
    case exampleMisread = "C028"
    /// A question where some intents have examples and others none: it cannot use learned
    /// weights (they could never choose the unexampled intent), so its patterns decide alone.
    case incompleteExamples = "C029"
    /// A phrase whose gaps and concepts could take more ways to match at one position than
    /// matching tries (`PatternMatcher.stepBudget`), so a reply it fits may be missed.
    case costlyPattern = "C030"
    /// A queue of remembered lines recalled but never remembered into (an error: the recall can
    /// never say anything), or remembered into but never recalled (a warning: kept for nothing).
    case unpairedMemory = "C031"
    /// A route that is never taken: an earlier route of the same question takes its intent
    /// without a condition.
    case shadowedRoute = "C032"
    /// A routed intent with no keywords, phrases or examples: no reply can take its route.
    case intentWithoutTerms = "C033"
    /// A template names an answer, with no default, at a node some conversation reaches before
    /// that answer is saved: the person would see nothing where the answer should be.
    case answerMaybeUnsaved = "C034"

    /// The severity a problem of this kind has unless a rule says otherwise.
    public var defaultSeverity: Diagnostic.Severity {
        switch self {
        case .unreachableNode, .missingFallback, .unusedDeclaration, .sharedKeyword, .sampleMisrouted, .duplicateExample,
            .exampleMisread, .incompleteExamples, .costlyPattern, .shadowedRoute, .intentWithoutTerms, .answerMaybeUnsaved:
            .warning
        default:
            .error
        }
    }
}
