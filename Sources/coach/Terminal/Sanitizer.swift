/// Makes text safe to put on a terminal: escape sequences and other control characters a person
/// typed or a file holds are shown as visible codes, never sent raw to the terminal.
enum Sanitizer {
    static func visible(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x09: output.unicodeScalars.append(scalar)
            case 0x1B: output += "^["
            case 0x00..<0x20: output += "^" + String(UnicodeScalar(scalar.value + 64).map(Character.init) ?? "?")
            case 0x7F: output += "^?"
            // NB: bidirectional overrides and isolates too: they reorder what the terminal shows
            // ("U+202E" makes "txt.exe" read "exe.txt"); and the invisible ones (zero-width
            // space, joiners, word joiner, byte-order mark), which hide what a line really holds.
            case 0x80..<0xA0, 0x200B...0x200F, 0x061C, 0x202A...0x202E, 0x2060...0x2069, 0xFEFF:
                output += "\\u{\(String(scalar.value, radix: 16))}"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
