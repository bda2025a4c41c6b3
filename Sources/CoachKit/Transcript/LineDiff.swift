/// A unified diff of two lists of lines, built on the standard library's `difference(from:)`.
///
///     LineDiff.unified(expected: ["a", "b"], actual: ["a", "c"])
///     // "--- expected\n+++ actual\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n"
public enum LineDiff {
    public static func unified(expected: [String], actual: [String], context: Int = 3) -> String {
        let difference = actual.difference(from: expected)
        guard !difference.isEmpty else { return "" }
        var removed = Set<Int>(), inserted = Set<Int>()
        for change in difference {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        // Walk both sides together, producing (tag, text, expectedIndex, actualIndex) rows.
        var rows: [(tag: Character, text: String)] = []
        var (left, right) = (0, 0)
        while left < expected.count || right < actual.count {
            if left < expected.count, removed.contains(left) {
                rows.append(("-", expected[left])); left += 1
            } else if right < actual.count, inserted.contains(right) {
                rows.append(("+", actual[right])); right += 1
            } else {
                rows.append((" ", left < expected.count ? expected[left] : actual[right])); left += 1; right += 1
            }
        }
        var output = "--- expected\n+++ actual\n"
        var index = 0
        while index < rows.count {
            guard rows[index].tag != " " else { index += 1; continue }
            let start = max(0, index - context)
            var end = index
            while end < rows.count {
                if rows[end].tag != " " { end += 1; continue }
                let nextChange = rows[end...].firstIndex { $0.tag != " " }
                guard let next = nextChange, next - end <= 2 * context else { break }
                end = next
            }
            let stop = min(rows.count, end + context)
            let hunk = rows[start..<stop]
            let oldStart = rows[..<start].filter { $0.tag != "+" }.count + 1
            let newStart = rows[..<start].filter { $0.tag != "-" }.count + 1
            output +=
                "@@ -\(oldStart),\(hunk.filter { $0.tag != "+" }.count) +\(newStart),\(hunk.filter { $0.tag != "-" }.count) @@\n"
            output += hunk.map { "\($0.tag)\($0.text)\n" }.joined()
            index = stop
        }
        return output
    }
}
