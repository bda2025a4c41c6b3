import CStemmer
import Synchronization

/// Snowball stemming through the reference C library (Debian's libstemmer): "cheated",
/// "cheating" and "cheats" all become "cheat", so a keyword matches every form of its word.
///
///     let stemmer = try Stemmer(language: "english")
///     stemmer.stem("apologizing")  // "apolog"
public final class Stemmer: Sendable {
    /// The stemmer could not be made for the script's language.
    public struct UnsupportedLanguage: Error, Equatable, Sendable {
        public var language: String
        public var supported: [String]
    }

    // NB: a libstemmer stemmer keeps scratch state between calls, so calls must not overlap;
    // every use of `handle` happens inside `lock`, which is what makes sharing it safe.
    // nil for `unstemmed`, which keeps every word as it is.
    nonisolated(unsafe) private let handle: OpaquePointer?
    private let lock = Mutex(())

    /// - Throws: `UnsupportedLanguage` when libstemmer has no algorithm of that name.
    public init(language: String) throws(UnsupportedLanguage) {
        guard let stemmer = sb_stemmer_new(language, "UTF_8") else {
            throw UnsupportedLanguage(language: language, supported: Stemmer.supportedLanguages)
        }
        handle = stemmer
    }

    private init() { handle = nil }

    /// A stemmer that keeps every word as it is, for a script that turns stemming off.
    public static let unstemmed = Stemmer()

    deinit {
        if let handle { sb_stemmer_delete(handle) }
    }

    /// The stem of one lowercased word.
    public func stem(_ word: String) -> String {
        guard let handle else { return word }
        let bytes = Array(word.utf8)
        return lock.withLock { _ -> String in
            bytes.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress,
                    let stemmed = sb_stemmer_stem(handle, base, Int32(buffer.count))
                else { return word }
                let length = Int(sb_stemmer_length(handle))
                return String(decoding: UnsafeBufferPointer(start: stemmed, count: length), as: UTF8.self)
            }
        }
    }

    /// The languages libstemmer knows, such as "english" and "german".
    public static var supportedLanguages: [String] {
        var names: [String] = []
        guard var cursor = sb_stemmer_list() else { return names }
        while let name = cursor.pointee {
            names.append(String(cString: name))
            cursor += 1
        }
        return Array(Set(names)).sorted()
    }
}
