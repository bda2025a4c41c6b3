import CoachKit
import DefaultScript
import Foundation

/// The benchmark suite of the performance issue, one function per figure.
struct Benchmarks {
    var coachBinary: String
    var benchBinary: String
    var repository: URL
    var quick: Bool
    var results: [Measurement] = []

    private var scale: Int { quick ? 10 : 1 }

    init(coachBinary: String, benchBinary: String, repository: URL, quick: Bool) {
        self.coachBinary = coachBinary
        self.benchBinary = benchBinary
        self.repository = repository
        self.quick = quick
    }

    /// Runs every group, or only those named (startup, load, classify, turn, replay, memory, longchat).
    mutating func run(only: Set<String>) throws {
        func wanted(_ name: String) -> Bool { only.isEmpty || only.contains(name) }
        if wanted("startup") { startUp() }
        if wanted("load") { try loading() }
        if wanted("classify") { try classification() }
        if wanted("turn") { try engineTurn() }
        if wanted("replay") { try replay() }
        if wanted("memory") { chatMemory() }
        if wanted("longchat") { try longChat() }
    }

    /// Whole process, start to exit with stdin at EOF: the opening and first prompt, then goodbye.
    mutating func startUp() {
        var samples: [Double] = []
        for _ in 0..<(100 / scale) {
            if let seconds = ProcessProbe.seconds(coachBinary, []) { samples.append(seconds * 1_000) }
        }
        results.append(
            Harness.summarize(
                "start-up to first prompt (whole process, stdin at EOF)", unit: "ms", samples: samples, target: .atMost(15)))
    }

    /// Peak memory of a whole chat through one path of the default script.
    mutating func chatMemory() {
        let replies =
            ["he cheated on me", "numb", "walks", "part of me wants to, part of me doesn't"].joined(separator: "\n") + "\n"
        var samples: [Double] = []
        for _ in 0..<(20 / scale) {
            if let megabytes = ProcessProbe.peakMemory(coachBinary, [], input: replies, marker: "What makes it hard to decide?") {
                samples.append(megabytes)
            }
        }
        results.append(Harness.summarize("chat peak RSS (one whole path)", unit: "MB", samples: samples, target: .atMost(20)))
    }

    /// Parse, decode, validate and index generated scripts, each in its own process for its peak memory.
    mutating func loading() throws {
        for nodes in [100, 1_000, 10_000] {
            let path = NSTemporaryDirectory() + "coach-bench-\(nodes).json"
            try ScriptGenerator(nodes: nodes, intents: max(10, nodes / 10)).json().write(
                toFile: path, atomically: true, encoding: .utf8)
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            let iterations = max(5, (nodes >= 10_000 ? 20 : 100) / scale)
            let target: Target? = nodes == 10_000 ? .atMost(300) : nil
            var measurement = Harness.measure(
                "load + validate + index, \(nodes) nodes (\(bytes.count / 1_024) KB)", iterations: iterations, warmup: 2,
                target: target
            ) {
                blackHole(ScriptLoader.load(bytes: bytes, fileName: path))
            }
            measurement.unit = "ms"
            measurement.median /= 1_000
            measurement.p99 /= 1_000
            results.append(measurement)
            var memory: [Double] = []
            for _ in 0..<3 {
                if let megabytes = ProcessProbe.peakMemory(benchBinary, ["--load-only", path], input: "", marker: "loaded") {
                    memory.append(megabytes)
                }
            }
            results.append(
                Harness.summarize(
                    "load peak RSS, \(nodes) nodes (whole process)", unit: "MB", samples: memory,
                    target: nodes == 10_000 ? .atMost(60) : nil))
        }
    }

    /// Per-reply classification at the default script's nodes, and with 1,000 and 10,000 intents in scope.
    mutating func classification() throws {
        let script = try ScriptLoader.load(bytes: Array(DefaultScript.json.utf8), fileName: "default").get()
        let table = try String(
            contentsOf: repository.appendingPathComponent("Tests/CoachKitTests/Fixtures/evaluation/classifier.tsv"),
            encoding: .utf8)
        let rows = table.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t").map(String.init) }
        for node in ["role", "apology", "trust_again"] {
            guard let scope = script.scope(at: node) else {
                throw BenchmarkError(description: "the default script has no node '\(node)'")
            }
            let replies = rows.filter { $0[0] == node }.map { $0[2] }
            results.append(
                Harness.measure(
                    "classify one reply at '\(node)' (\(replies.count) replies)", iterations: 2_000 / scale, batch: replies.count,
                    target: .atMost(5)
                ) {
                    for reply in replies { blackHole(script.classifier.classify(reply, in: scope)) }
                })
        }
        for intents in [1_000, 10_000] {
            let generated = try ScriptLoader.load(
                bytes: Array(ScriptGenerator(nodes: 30, intents: intents).json().utf8), fileName: "generated"
            ).get()
            guard let scope = generated.scope(at: "hub") else {
                throw BenchmarkError(description: "the generated script has no node 'hub'")
            }
            var random = SeededGenerator(seed: 7)
            let replies = (0..<200).map { ScriptGenerator.reply(mentioning: $0 % 3, intents: intents, using: &random) }
            results.append(
                Harness.measure(
                    "classify one 80-character reply, \(intents) intents in scope", iterations: 1_000 / scale,
                    batch: replies.count, target: intents == 10_000 ? .atMost(10) : nil
                ) {
                    for reply in replies { blackHole(generated.classifier.classify(reply, in: scope)) }
                })
        }
        try hostilePhrase()
    }

    /// The worst a script can ask of matching: a phrase of seven 10-word gaps, and one of four
    /// gaps between concepts of growing runs of the same word, against a reply of 500 words they
    /// almost fit (the reliability review's F16: 100 s and 25 s before the step budget).
    private mutating func hostilePhrase() throws {
        let gaps = Array(repeating: "yes", count: 7).joined(separator: " *10 ") + " *10 no"
        let concepts = Array(repeating: "~c", count: 4).joined(separator: " *10 ") + " *10 no"
        for (name, phrase) in [("a 7-gap phrase", gaps), ("a 4-gap phrase of concepts", concepts)] {
            let json = """
                {"formatVersion": 1, "id": "hostile", "title": "H", "version": "1", "disclaimer": "d", "start": "q",
                 "concepts": {"c": ["yes", "yes yes", "yes yes yes", "yes yes yes yes"]},
                 "intents": {"a": {"phrases": ["\(phrase)"]}, "b": {"keywords": ["maybe"]}},
                 "nodes": [{"id": "q", "say": ["?"], "ask": {"routes": [{"intent": "a", "to": "e"}, {"intent": "b", "to": "e"}],
                            "fallback": {"to": "e"}}}, {"id": "e", "say": ["bye"], "end": true}]}
                """
            let script = try ScriptLoader.load(bytes: Array(json.utf8), fileName: "hostile").get()
            guard let scope = script.scope(at: "q") else {
                throw BenchmarkError(description: "the hostile script has no node 'q'")
            }
            let reply = "no" + String(repeating: " yes", count: 499)
            results.append(
                Harness.measure(
                    "classify a 2,000-character reply against \(name)", iterations: 100 / scale, warmup: 2,
                    target: .bound(atMost: 10_000)
                ) { blackHole(script.classifier.classify(reply, in: scope)) })
        }
    }

    /// One full engine step: safety layer, classification, routing, templates, new state.
    mutating func engineTurn() throws {
        let engine = try Engine(script: try ScriptLoader.load(bytes: Array(DefaultScript.json.utf8), fileName: "default").get())
        let start = engine.start(seed: 1).state
        let replies = ["he cheated on me", "it was me, I lied to her", "idk tbh", "we both messed up", "purple elephant"]
        results.append(
            Harness.measure(
                "one engine turn at 'role' (safety + classify + route + render)", iterations: 5_000 / scale, batch: replies.count
            ) {
                for reply in replies { blackHole(try? engine.respond(to: .reply(reply), in: start)) }
            })
    }

    /// Every golden transcript replayed, in turns per second.
    mutating func replay() throws {
        let root = repository.appendingPathComponent("Tests/Transcripts")
        var batches: [(Engine, [Transcript])] = []
        var turns = 0
        for id in try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() {
            let bytes = try [UInt8](Data(contentsOf: repository.appendingPathComponent("Dialogue/\(id).json")))
            let engine = try Engine(script: try ScriptLoader.load(bytes: bytes, fileName: id).get())
            let folder = root.appendingPathComponent(id)
            let transcripts = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
                $0.hasSuffix(".transcript")
            }.map {
                try TranscriptParser.parse(String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8), fileName: $0)
                    .get()
            }
            turns += transcripts.reduce(0) { $0 + $1.turns.count + 1 }
            batches.append((engine, transcripts))
        }
        var measurement = Harness.measure(
            "replay every golden transcript (\(turns) turns)", iterations: 200 / scale, warmup: 5, target: .atLeast(20_000)
        ) {
            for (engine, transcripts) in batches {
                for transcript in transcripts { blackHole(TranscriptReplayer(engine: engine).replay(transcript)) }
            }
        }
        // Convert µs per pass into turns per second; the slower pass is the p99.
        let medianSeconds = measurement.median / 1e6, p99Seconds = measurement.p99 / 1e6
        measurement.unit = "turns/s"
        measurement.median = Double(turns) / medianSeconds
        measurement.p99 = Double(turns) / p99Seconds
        results.append(measurement)
    }
}
