/// Renders a `ScriptGraph` in Graphviz's DOT language (`dot -Tsvg`).
///
/// Statements are boxes, questions diamonds-ish ellipses, open questions notes, ends double
/// octagons; unreachable or uncovered nodes are dashed and red; fallback edges are dashed.
public enum DotRenderer {
    public static func render(_ graph: ScriptGraph) -> String {
        var lines = [
            "digraph \(quote(graph.title)) {",
            "  graph [rankdir=TB, fontname=\"Helvetica\", label=\(quote(graph.title)), labelloc=t, fontsize=20];",
            "  node [fontname=\"Helvetica\", fontsize=11];",
            "  edge [fontname=\"Helvetica\", fontsize=9];",
            "  \"__start\" [shape=point, width=0.15];",
            "  \"__start\" -> \(quote(graph.start));",
        ]
        for vertex in graph.vertices {
            var attributes = ["shape=\(shape(vertex.kind))", "label=\(quote(vertex.id))"]
            if !vertex.isReachable {
                attributes += ["style=dashed", "color=red", "xlabel=\"unreachable\""]
            } else if vertex.isCovered == false {
                attributes += ["style=\"dashed,filled\"", "fillcolor=\"#ffe0e0\"", "color=red"]
            } else if vertex.kind == .question {
                attributes += ["style=filled", "fillcolor=\"#e8f0ff\""]
            }
            lines.append("  \(quote(vertex.id)) [\(attributes.joined(separator: ", "))];")
        }
        for edge in graph.edges {
            var attributes: [String] = []
            if let label = edge.label { attributes.append("label=\(quote(label))") }
            if edge.kind == .fallback { attributes.append("style=dashed") }
            if edge.isCovered == false { attributes += ["color=red", "fontcolor=red"] }
            let suffix = attributes.isEmpty ? "" : " [\(attributes.joined(separator: ", "))]"
            lines.append("  \(quote(edge.from)) -> \(quote(edge.to))\(suffix);")
        }
        lines.append("  \"__any\" [shape=note, style=filled, fillcolor=\"#fff6d5\", label=\"at every question\"];")
        for route in graph.globalRoutes {
            lines.append("  \"__any\" -> \(quote(route.to)) [label=\(quote(route.intent)), style=dotted];")
        }
        lines.append(
            "  \"__safety\" [shape=note, style=filled, fillcolor=\"#ffd9d9\", label=\"safety layer: every reply, first;\\nresources, then go on or stop\"];"
        )
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func shape(_ kind: ScriptGraph.Kind) -> String {
        switch kind {
        case .statement: "box"
        case .question: "ellipse"
        case .openQuestion: "note"
        case .end: "doubleoctagon"
        }
    }

    static func quote(_ text: String) -> String {
        "\"" + text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
    }
}
