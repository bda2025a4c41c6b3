import Glibc

/// Reads one environment variable.
// NB: getenv, not ProcessInfo's environment, which copies every variable into a dictionary
// on each use; coach asks for a few variables before its first prompt.
enum Environment {
    static func value(of name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
