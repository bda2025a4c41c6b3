import CoachKit
import DefaultScript
import Synchronization

/// The built-in script, loaded on another core while the command line is parsed.
///
/// A bare `coach` always chats on the built-in script, so `Coach.main` starts loading it before
/// parsing anything; the chat then takes the result instead of loading it again. Parsing the
/// command line and loading the script were each about a fifth of the time to the first prompt.
enum DefaultScriptPreload {
    typealias Loaded = Result<ValidatedScript, ScriptLoadError>

    private static let started = Mutex<BackgroundWork<Loaded>?>(nil)

    static func start() {
        started.withLock {
            $0 = BackgroundWork { ScriptLoader.load(bytes: Array(DefaultScript.json.utf8), fileName: DefaultScript.fileName) }
        }
    }

    /// The preloaded script, waiting for it if need be, or nil when none was started (or it was
    /// already taken).
    static func take() -> Loaded? {
        started.withLock { work in
            defer { work = nil }
            return work
        }?.wait()
    }
}
