/// The keyword features a reply offers the learned weights: what the classifier's tokens say,
/// in a form that generalises beyond the exact words of the examples.
///
/// For "my husband never cheated, i did" (concepts `other`, `betray`, `self`):
/// - stems, marked when a negation covers them: `my`, `husband`, `never`, `not:cheat`, `i`, `did`;
/// - the concept a single word belongs to: `~other`, `not:~betray`, `~self`;
/// - neighbouring pairs of stems: `my husband`, `husband never`, …;
/// - neighbouring pairs with concepts in place of their words, when one is a concept:
///   `~other never`, `never not:~betray`: "she cheated" and "my wife cheated" share `~other ~betray`;
/// - pairs one or two words apart, concepts in place, so "i never once cheated" and "i cheated"
///   share `~self … ~betray`.
///
/// A feature is known by a 64-bit FNV-1a digest of its text, computed without building the
/// text: classifying a reply makes no strings. The texts are built only to explain a reply.
// NB: a reply has a set of features, not counts: a word said twice is no more evidence.
struct ReplyFeatures: Sendable {
    /// The stem each single-word concept member has, and "~" and the concept's name; the first
    /// concept declared wins a word that two share.
    let conceptOfStem: [String: String]

    init(concepts: [(name: String, members: [String])], stemmer: Stemmer) {
        var map: [String: String] = [:]
        for concept in concepts {
            for member in concept.members {
                let words = TextNormalizer.words(in: member)
                guard words.count == 1, let word = words.first else { continue }
                let stem = stemmer.stem(word.text)
                if map[stem] == nil { map[stem] = "~" + concept.name }
            }
        }
        conceptOfStem = map
    }

    /// The digests of a reply's features, in the order they were found (each once).
    func features(of tokens: [Token]) -> [UInt64] {
        walk(tokens, naming: false).keys
    }

    /// Each feature's digest and its text, for explaining a reply.
    func namedFeatures(of tokens: [Token]) -> [(key: UInt64, name: String)] {
        let found = walk(tokens, naming: true)
        return Array(zip(found.keys, found.names))
    }

    /// One word as a feature sees it: its text (a stem, or "~" and a concept's name), whether a
    /// negation covers it, and the digest of both. Building it makes no new string.
    private struct Part {
        var word: String
        var negated: Bool
        var digest: FeatureDigest
        init(_ word: String, negated: Bool) {
            self.word = word
            self.negated = negated
            digest = FeatureDigest().adding(negated ? "not:" : "").adding(word)
        }
        /// The text the digest is of, for explaining.
        var text: String { negated ? "not:" + word : word }
        /// The digest of this part, then `separator`, then `other`.
        func digest(_ separator: String, _ other: Part) -> FeatureDigest {
            digest.adding(separator).adding(other.negated ? "not:" : "").adding(other.word)
        }
    }

    /// The tokens less each double negation's first half: "I can't not apologise" offers the
    /// features of "apologise", and "I don't want to not trust him" those of "trust him", since
    /// a "not want" kept would speak for the very answer the reply denies.
    private static func withoutDoubleNegations(_ tokens: [Token]) -> [Token] {
        var dropped = [Bool](repeating: false, count: tokens.count)
        var any = false
        for (index, token) in tokens.enumerated() where token.isNegationCue {
            guard let outer = token.negatedBy, outer < index else { continue }
            for position in outer...index { dropped[position] = true }
            any = true
        }
        guard any else { return tokens }
        return tokens.indices.filter { !dropped[$0] }.map { tokens[$0] }
    }

    private func walk(_ tokens: [Token], naming: Bool) -> (keys: [UInt64], names: [String]) {
        let tokens = Self.withoutDoubleNegations(tokens)
        var seen = Set<UInt64>(minimumCapacity: tokens.count * 6)
        var keys: [UInt64] = []
        keys.reserveCapacity(tokens.count * 6)
        var names: [String] = []
        // NB: the name is an autoclosure so that classifying never builds it.
        func add(_ digest: FeatureDigest, _ name: @autoclosure () -> String) {
            guard seen.insert(digest.value).inserted else { return }
            keys.append(digest.value)
            if naming { names.append(name()) }
        }
        var plain: [Part] = []
        var abstract: [Part] = []
        var isConcept: [Bool] = []
        plain.reserveCapacity(tokens.count)
        abstract.reserveCapacity(tokens.count)
        isConcept.reserveCapacity(tokens.count)
        for token in tokens {
            let stem = token.correctedStem ?? token.stem
            let negated = token.negatedBy != nil
            plain.append(Part(stem, negated: negated))
            if let concept = conceptOfStem[stem] {
                abstract.append(Part(concept, negated: negated))
                isConcept.append(true)
            } else {
                abstract.append(plain[plain.count - 1])
                isConcept.append(false)
            }
        }
        for index in plain.indices {
            add(plain[index].digest, plain[index].text)
            if isConcept[index] { add(abstract[index].digest, abstract[index].text) }
        }
        for index in plain.indices.dropLast() {
            let (left, right) = (plain[index], plain[index + 1])
            add(left.digest(" ", right), left.text + " " + right.text)
            if isConcept[index] || isConcept[index + 1] {
                let (left, right) = (abstract[index], abstract[index + 1])
                add(left.digest(" ", right), left.text + " " + right.text)
            }
        }
        for index in plain.indices {
            for distance in 2...3 where index + distance < plain.count {
                let (left, right) = (abstract[index], abstract[index + distance])
                add(left.digest(" … ", right), left.text + " … " + right.text)
            }
        }
        return (keys, names)
    }
}

/// FNV-1a over a feature's UTF-8 bytes: the same text gives the same digest on every machine,
/// and a digest can be continued with more text, so a pair's digest starts from its first word's.
struct FeatureDigest: Sendable {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    func adding(_ text: String) -> FeatureDigest {
        var next = self
        for byte in text.utf8 {
            next.value ^= UInt64(byte)
            next.value = next.value &* 0x0000_0100_0000_01b3
        }
        return next
    }
}
