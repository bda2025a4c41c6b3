import ArgumentParser
import FoundationEssentials
import Glibc

extension Coach {
    /// `coach forget`: delete everything Coach keeps about you.
    struct Forget: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "forget",
            abstract: "Delete everything Coach has stored: line history, saved conversations, journals and saved transcripts.",
            discussion: "Asks first. Transcripts you saved elsewhere with /save FILE or --transcript FILE are yours to delete.")

        @Flag(help: "Do not ask; for scripts.")
        var yes = false

        func run() throws {
            guard let folder = PrivateFiles.stateDirectory else {
                print(
                    "There is no state folder (neither XDG_STATE_HOME nor HOME is set to a full path), so Coach has stored nothing."
                )
                return
            }
            // NB: held until the process ends: no chat can start saving while this one asks and deletes.
            switch SessionLock.holdStoreAlone(in: folder + "/sessions") {
            case .success: break
            case .failure(.held):
                print(
                    "A Coach chat is running (in another window), and forgetting now would pull its conversation from under it. Close it, then run coach forget again."
                )
                throw ExitCode(1)
            case .failure(.unavailable(let reason)):
                print("The saved conversations cannot be locked (\(reason)), so nothing was deleted.")
                throw ExitCode(1)
            }
            let stored = PrivateFiles.storedItems(in: folder)
            guard !stored.isEmpty else {
                print("Coach has nothing stored in \(folder).")
                return
            }
            print("Coach keeps these in \(folder):")
            for item in stored { print("  \(item)") }
            if !yes {
                print("Delete them all? Type yes to confirm: ", terminator: "")
                // NB: flushed (every stream: nil), so the question shows even when output is not a terminal.
                fflush(nil)
                guard readLine()?.trimmingWhitespace().lowercased() == "yes" else {
                    print("Nothing was deleted.")
                    return
                }
            }
            var failed: [String] = []
            for item in stored {
                do { try FileManager.default.removeItem(atPath: FileSystem.join(folder, item)) } catch { failed.append(item) }
            }
            for item in stored where !failed.contains(item) { print("deleted \(item)") }
            if !failed.isEmpty {
                print("Could not delete: \(failed.joined(separator: ", ")); check the folder's permissions.")
                throw ExitCode(1)
            }
        }
    }
}
