/// Renders a `ScriptGraph` as a Mermaid flowchart, which GitHub and many editors draw inline.
public enum MermaidRenderer {
    public static func render(_ graph: ScriptGraph) -> String {
        var lines = ["flowchart TD", "  __start((start)) --> \(id(graph.start))"]
        for vertex in graph.vertices {
            let text = vertex.isReachable ? vertex.id : "\(vertex.id) (unreachable)"
            let shaped: String =
                switch vertex.kind {
                case .statement: "[\"\(text)\"]"
                case .question: "{{\"\(text)\"}}"
                case .openQuestion: "[/\"\(text)\"/]"
                case .end: "([\"\(text)\"])"
                }
            lines.append("  \(id(vertex.id))\(shaped)")
            if !vertex.isReachable || vertex.isCovered == false { lines.append("  class \(id(vertex.id)) missing") }
        }
        // NB: Mermaid styles an edge by its number, counted from 0 in the order edges are written.
        var missed: [Int] = []
        for (index, edge) in graph.edges.enumerated() {
            let arrow = edge.kind == .fallback ? "-.->" : "-->"
            let label = edge.label.map { "|\"\($0.replacing("\"", with: "'"))\"|" } ?? ""
            lines.append("  \(id(edge.from)) \(arrow)\(label) \(id(edge.to))")
            if edge.isCovered == false { missed.append(index + 1) }
        }
        lines.append("  __any[/\"at every question\"/]")
        for route in graph.globalRoutes { lines.append("  __any -.->|\"\(route.intent)\"| \(id(route.to))") }
        lines.append("  __safety[/\"safety layer: every reply, first\"/]")
        lines.append("  classDef missing stroke:#d00,stroke-dasharray:4")
        if !missed.isEmpty {
            lines.append("  linkStyle \(missed.map(String.init).joined(separator: ",")) stroke:#d00,color:#d00")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Mermaid ids must avoid its keywords ("end") and punctuation.
    static func id(_ node: String) -> String {
        "n_" + String(node.map { $0.isLetter || $0.isNumber ? $0 : "_" })
    }
}
