extension StringProtocol {
    /// The text without leading and trailing white space (CoachKit does without Foundation).
    public func trimmingWhitespace() -> String {
        // NB: text that starts and ends with a visible ASCII character (nearly all of it) is
        // returned as it is, without asking Unicode's properties of any scalar.
        if let first = utf8.first, let last = utf8.reversed().first, (0x21..<0x80).contains(first), (0x21..<0x80).contains(last) {
            return String(self)
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}

extension String {
    /// Whether the text is empty or only white space.
    // NB: a visible ASCII first byte answers at once; asking Unicode's properties of every
    // string in a 10,000-node script took a tenth of loading it.
    var isBlank: Bool {
        if let first = utf8.first, first > 0x20, first < 0x80 { return false }
        return unicodeScalars.allSatisfy(\.properties.isWhitespace)
    }
}
