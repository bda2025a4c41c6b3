/// Wraps text to a width at spaces, keeping the text's own line breaks and the indentation of
/// list lines ("  - ..."), so messages read well in any terminal.
enum TextWrapper {
    static func wrap(_ text: String, width: Int, firstPrefix: String, restPrefix: String) -> [String] {
        var output: [String] = []
        var prefix = firstPrefix
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let indent = String(paragraph.prefix { $0 == " " })
            let hanging = indent + (paragraph.dropFirst(indent.count).hasPrefix("- ") ? "  " : "")
            var line = prefix + indent
            // NB: the width is kept as words are added; counting the line's characters again
            // for every word made wrapping a long message quadratic.
            var lineWidth = line.count
            var lineHasWord = false
            let available = max(20, width)
            for word in paragraph.split(separator: " ") {
                let wordWidth = word.count
                if lineHasWord, lineWidth + 1 + wordWidth > available {
                    output.append(line)
                    line = restPrefix + hanging
                    lineWidth = line.count
                    lineHasWord = false
                }
                if lineHasWord {
                    line += " "
                    lineWidth += 1
                }
                line += word
                lineWidth += wordWidth
                lineHasWord = true
            }
            output.append(line)
            prefix = restPrefix
        }
        return output
    }
}
