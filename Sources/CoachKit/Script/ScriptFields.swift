/// The fields each object of the script format may have, in one place, so the decoder and the
/// test that keeps `Dialogue/coach-script.schema.json` in step with it read the same lists.
public enum ScriptFields {
    public static let script = [
        "$schema", "formatVersion", "id", "title", "version", "language", "source", "disclaimer",
        "start", "classifier", "substitutions", "reflection", "concepts", "intents", "globalRoutes", "safety", "nodes",
    ]
    public static let source = ["title", "author", "note"]
    public static let reflection = ["swaps", "afterWord", "beforeWord"]
    public static let classifier = [
        "threshold", "ambiguityRatio", "confidence", "stemming", "typoCorrection", "negation", "clauses",
    ]
    public static let intent = ["keywords", "phrases", "samples", "examples", "counterExamples"]
    public static let term = ["text", "weight", "negation", "typoCorrection"]
    public static let route = ["intent", "to", "when", "samples", "examples", "confirm"]
    public static let condition = ["answer", "is", "isNot"]
    public static let branch = ["to", "when"]
    public static let safety = ["preface", "resources"]
    public static let node = ["id", "stage", "say", "next", "ask", "end"]
    public static let message = ["text", "when"]
    public static let question = [
        "routes", "clarify", "reask", "reaskOrder", "explain", "acknowledge", "fallback", "save", "label",
    ]
    public static let acknowledgement = ["intent", "variants", "order", "remember", "recall"]
    public static let remembrance = ["in", "line"]
    public static let fallback = ["after", "to"]
    /// Names authors write for a field by its meaning rather than its spelling, so lint can
    /// suggest the field meant ("text" on a node is `say`) where spelling alone would not.
    public static let synonyms = [
        "text": "say", "message": "say", "messages": "say", "goto": "next", "then": "next", "target": "to",
        "question": "ask", "final": "end", "condition": "when", "if": "when",
    ]

    /// The members any object may hold as comments; nothing reads them.
    public static let comments = ["//", "$comment"]

    /// Each list by the name of its definition in the JSON Schema.
    public static let bySchemaDefinition: [String: [String]] = [
        "script": script, "source": source, "reflection": reflection, "classifier": classifier, "intent": intent, "term": term,
        "route": route, "condition": condition, "branch": branch, "safety": safety, "node": node, "message": message,
        "question": question, "acknowledgement": acknowledgement, "remembrance": remembrance,
        "fallback": fallback,
    ]
}
