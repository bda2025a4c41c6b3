/// Random walks through a script, to find what no author thought to try: nodes never reached,
/// and conversations that never end. Replies come from the routes' samples and from noise,
/// drawn from a seeded generator, so a run can be repeated exactly.
public struct ScriptExplorer: Sendable {
    public let engine: Engine
    /// A walk still going after this many replies is taken to be stuck in a loop.
    public let maximumTurns: Int

    public init(engine: Engine, maximumTurns: Int = 200) {
        self.engine = engine
        self.maximumTurns = maximumTurns
    }

    /// A walk that went wrong, with the transcript that reproduces it.
    public struct Failure: Sendable {
        public enum Kind: String, Sendable { case neverEnded = "never ended", refused = "engine refused a reply" }
        public var kind: Kind
        public var walk: Int
        public var transcript: Transcript
        public var lastNode: String?
    }

    public struct Report: Sendable {
        public var walks = 0
        public var finished = 0
        public var reachedNodes: Set<String> = []
        public var neverReached: [String] = []
        public var failures: [Failure] = []
        /// Turns taken over all walks.
        public var turns = 0

        /// The failures grouped by what went wrong and where, each group's shortest walk first:
        /// one loop found by 193 walks is one problem, and its shortest walk shows it best.
        public var failureGroups: [[Failure]] {
            var groups: [[Failure]] = []
            for failure in failures {
                if let index = groups.firstIndex(where: { $0[0].kind == failure.kind && $0[0].lastNode == failure.lastNode }) {
                    groups[index].append(failure)
                } else {
                    groups.append([failure])
                }
            }
            return groups.map { $0.sorted { ($0.transcript.turns.count, $0.walk) < ($1.transcript.turns.count, $1.walk) } }
        }
    }

    /// Replies with no meaning, to test fallbacks and re-asks.
    static let noise = [
        "", "   ", "hmm", "what?", "purple elephant", "I had pasta for lunch", "🤷", "...", "asdfgh",
        "can you repeat that", "lol", "ok so", "the weather is nice", "why", "I'm not sure what you mean",
    ]

    public func explore(walks: Int, seed: UInt64) -> Report {
        var random = SeededGenerator(seed: seed)
        var report = Report()
        let script = engine.script.script
        let globalSamples = script.globalRoutes.flatMap { route in
            route.samples.map(\.value) + (script.intents.first { $0.name == route.intent.value }?.samples.map(\.value) ?? [])
        }
        for walk in 0..<walks {
            let walkSeed = random.next()
            var recorder = TranscriptRecorder(script: script, seed: walkSeed)
            var turn = engine.start(seed: walkSeed)
            _ = recorder.recordOpening(turn)
            report.reachedNodes.formUnion(turn.events.reachedNodes)
            var failure: Failure.Kind? = .neverEnded
            for _ in 0..<maximumTurns {
                if turn.isFinished { failure = nil; break }
                let reply = pickReply(at: turn.state, globalSamples: globalSamples, using: &random)
                do {
                    turn = try engine.respond(to: .reply(reply), in: turn.state)
                } catch {
                    failure = .refused
                    _ = recorder.record(input: reply, turn: nil)
                    break
                }
                _ = recorder.record(input: reply, turn: turn)
                report.turns += 1
                report.reachedNodes.formUnion(turn.events.reachedNodes)
            }
            if turn.isFinished { failure = nil }
            report.walks += 1
            if let failure {
                var transcript = recorder.transcript
                let place = turn.state.phase.node.map { " at '\($0)'" } ?? ""
                // NB: the transcript replays the walk as it went, so replay passes; the comment
                // says what to look for, and the walk fails again once the script is fixed.
                transcript.headerComments.append(
                    "coach explore, walk \(walk) of seed \(seed): \(failure.rawValue)\(place) after \(transcript.turns.count) replies"
                )
                report.failures.append(
                    Failure(kind: failure, walk: walk, transcript: transcript, lastNode: turn.state.phase.node))
            } else {
                report.finished += 1
            }
        }
        report.neverReached = script.nodes.map(\.id).filter { !report.reachedNodes.contains($0) }
        return report
    }

    private func pickReply(at state: ConversationState, globalSamples: [String], using random: inout SeededGenerator) -> String {
        let roll = Int.random(in: 0..<100, using: &random)
        if roll < 3, let sample = globalSamples.randomElement(using: &random) { return sample }
        if case .awaitingSafetyChoice = state.phase { return ["go on", "stop"].randomElement(using: &random) ?? "go on" }
        if case .awaitingSafetyCheckIn = state.phase { return ["no, I'm fine", "yes"].randomElement(using: &random) ?? "no" }
        let samples = samples(at: state.phase.node)
        if roll < 80, let sample = samples.randomElement(using: &random) { return sample }
        return ScriptExplorer.noise.randomElement(using: &random) ?? ""
    }

    /// The sample replies of the routes at a node (route samples and their intents' samples).
    private func samples(at nodeID: String?) -> [String] {
        guard let nodeID, let routes = engine.script.node(nodeID)?.ask?.routes else { return [] }
        let intents = engine.script.script.intents
        return routes.flatMap { route in
            route.samples.map(\.value) + (intents.first { $0.name == route.intent.value }?.samples.map(\.value) ?? [])
        }
    }
}

extension [TurnEvent] {
    var reachedNodes: [String] {
        compactMap { if case .reachedNode(let id) = $0 { id } else { nil } }
    }
}
