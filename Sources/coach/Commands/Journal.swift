import ArgumentParser
import FoundationEssentials
import Glibc

extension Coach {
    /// `coach journal`: read again, or delete, the answers of conversations that reached their end.
    struct Journal: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "journal",
            abstract: "List, read or delete the journals of finished conversations (kept only on this computer).",
            discussion: "With no number, lists them; with a number, shows that one. coach forget deletes them all.")

        @Argument(help: "The journal to show, by its number in the list.")
        var number: Int64?

        @Option(help: ArgumentHelp("Delete the journal with this number.", valueName: "number"))
        var delete: Int64?

        static let noJournals = "There are no journals kept on this computer."

        func validate() throws {
            if number != nil, delete != nil {
                throw ValidationError("Give a number to show, or --delete NUMBER, not both.")
            }
        }

        func run() throws {
            guard let directory = SessionStore.standardDirectory, FileSystem.isDirectory(directory) == true else {
                print(Self.noJournals)
                return
            }
            if let problem = PrivateFiles.prepareDirectory(directory) {
                print("The journals cannot be read: \(problem).")
                throw ExitCode(1)
            }
            // NB: held until the process ends: coach forget cannot delete the store under this read.
            switch SessionLock.shareStore(in: directory) {
            case .success: break
            case .failure(.held):
                print("coach forget is deleting what Coach keeps (in another window). Try again when it has finished.")
                throw ExitCode(1)
            case .failure(.unavailable(let reason)):
                print("The journals cannot be locked (\(reason)), so they were not read.")
                throw ExitCode(1)
            }
            let store: SessionStore
            switch SessionStore.open(directory: directory) {
            case .success(let opened):
                if let notice = opened.notice { print(notice) }
                store = opened.store
            case .failure(let failure):
                print("The journals cannot be read: \(failure).")
                throw ExitCode(1)
            }
            do {
                if let delete {
                    guard try store.deleteJournal(number: delete) else { throw JournalError.noSuch(delete) }
                    print("Deleted journal \(delete).")
                    return
                }
                let journals = try store.journals()
                if let number {
                    guard let journal = journals.first(where: { $0.number == number }) else { throw JournalError.noSuch(number) }
                    // NB: what was typed is shown, never obeyed: escapes become visible codes.
                    print(
                        "\(Sanitizer.visible(journal.title)), \(Self.date(journal.finished)):\n\(Sanitizer.visible(journal.entries))"
                    )
                    return
                }
                guard !journals.isEmpty else {
                    print(Self.noJournals)
                    return
                }
                for journal in journals {
                    print("  \(journal.number)  \(Self.date(journal.finished))  \(Sanitizer.visible(journal.title))")
                }
                print("coach journal NUMBER shows one; coach journal --delete NUMBER deletes it.")
            } catch let error as SQLiteDatabase.Failure {
                print("The journals cannot be read: \(error).")
                throw ExitCode(1)
            }
        }

        enum JournalError: Error, CustomStringConvertible {
            case noSuch(Int64)
            var description: String {
                switch self {
                case .noSuch(let number): "There is no journal \(number); coach journal lists them."
                }
            }
        }

        /// "2026-12-03 17:40", in local time.
        private static func date(_ seconds: Int64) -> String { FileSystem.localTime("%Y-%m-%d %H:%M", at: time_t(seconds)) }
    }
}
