import ArgumentParser

/// `coach`: a calm, scripted coach for the time after trust is broken.
@main
struct Coach: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coach",
        abstract: "A scripted coaching chat for the time after trust is broken in a relationship.",
        discussion: """
            With no subcommand, coach starts a chat on the built-in script (Dialogue/trust-is-broken.json).
            Coach is not a therapist and not for emergencies: if you are in danger, call your local emergency number.
            """,
        subcommands: [
            Chat.self, Classify.self, Evaluate.self, Lint.self, Graph.self, Replay.self, Explore.self, Journal.self, Forget.self,
        ],
        defaultSubcommand: Chat.self
    )

    static func main() {
        // NB: with no arguments, parse straight into the default chat: parsing from the root
        // also inspects every subcommand, 3% of the instructions before the first prompt.
        if CommandLine.arguments.count <= 1 {
            DefaultScriptPreload.start()
            Chat.main([])
        } else {
            main(nil)
        }
    }
}
