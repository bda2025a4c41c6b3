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
            var lineHasWord = false
            let available = max(20, width)
            for word in paragraph.split(separator: " ") {
                if lineHasWord, line.count + 1 + word.count > available {
                    output.append(line)
                    line = restPrefix + hanging
                    lineHasWord = false
                }
                line += (lineHasWord ? " " : "") + word
                lineHasWord = true
            }
            output.append(line)
            prefix = restPrefix
        }
        return output
    }
}
