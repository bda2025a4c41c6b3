/// What replaying one transcript found.
public struct ReplayResult: Sendable {
    public struct Mismatch: Sendable, Equatable {
        public enum Problem: Sendable, Equatable {
            /// The coach's lines differ; a unified diff of expected against actual.
            case messages(diff: String)
            /// Checkpoints that did not hold, and the ones that did.
            case checkpoints(missing: [Checkpoint], actual: [Checkpoint])
            /// The engine would not take the input (for example a reply after the end).
            case engineRefused(String)
        }

        /// 0 for the opening, then 1, 2, ... for each of the person's lines.
        public var turn: Int
        /// The transcript line the turn starts on.
        public var line: Int
        public var input: String?
        public var problem: Problem
    }

    public var mismatches: [Mismatch] = []
    public var warnings: [String] = []
    /// The transcript as the current script would write it, for `--update`.
    public var actual: Transcript
    /// Every node the replay reached.
    public var reachedNodes: Set<String> = []
    /// Every route taken, as "node->intent".
    public var takenRoutes: Set<String> = []
    /// Every move between nodes, as "from->to".
    public var takenEdges: Set<String> = []
    /// Every question left by its fallback, by node id.
    public var takenFallbacks: Set<String> = []

    public var passed: Bool { mismatches.isEmpty }

    mutating func note(_ turn: Turn, from node: String?) {
        var previous = node
        var fellBack = false
        for event in turn.events {
            switch event {
            case .fellBack:
                fellBack = true
            case .reachedNode(let id):
                reachedNodes.insert(id)
                if let previous { takenEdges.insert("\(previous)->\(id)") }
                // NB: the move right after a miss at the question is its fallback, not a route.
                if fellBack, let previous, previous == node { takenFallbacks.insert(previous) }
                fellBack = false
                previous = id
            case .choseIntent(let intent, _):
                if let node { takenRoutes.insert("\(node)->\(intent)") }
            default:
                break
            }
        }
    }
}
