// CoachBench: the performance figures of Coach, printed as a table and optionally saved as JSON.
// Run it through Scripts/bench, which builds everything in release mode first.
//   CoachBench [--json FILE] [--quick] [--coach PATH] [--only startup,load,classify,turn,replay,memory,longchat]
//   CoachBench --load-only SCRIPT   (one load in a fresh process, for peak memory; waits for stdin to close)
import CoachKit
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())

func value(after flag: String) -> String? {
    arguments.firstIndex(of: flag).flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
}

if let path = value(after: "--load-only") {
    guard let data = FileManager.default.contents(atPath: path) else { exit(2) }
    guard case .success(let script) = ScriptLoader.load(bytes: [UInt8](data), fileName: path) else { exit(1) }
    // Say so, then wait for standard input to close, so the parent can read this process's
    // peak memory while the loaded script is still held.
    print("loaded \(script.script.nodes.count) nodes")
    fflush(nil)
    while readLine() != nil {}
    withExtendedLifetime(script) {}
    exit(0)
}

// NB: a child stopped while the benchmark writes to it must fail that write, not end the benchmark.
signal(SIGPIPE, SIG_IGN)
let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
let products = executable.deletingLastPathComponent()
var benchmarks = Benchmarks(
    coachBinary: value(after: "--coach") ?? products.appendingPathComponent("coach").path,
    benchBinary: executable.path,
    repository: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
    quick: arguments.contains("--quick"))
do {
    try benchmarks.run(only: Set(value(after: "--only")?.split(separator: ",").map(String.init) ?? []))
} catch {
    FileHandle.standardError.write(Data("CoachBench: \(error)\n".utf8))
    exit(1)
}
print(Table.render(benchmarks.results))
if let path = value(after: "--json") {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    do {
        try encoder.encode(benchmarks.results).write(to: URL(fileURLWithPath: path))
        print("figures written to \(path)")
    } catch {
        FileHandle.standardError.write(Data("CoachBench: cannot write \(path): \(error)\n".utf8))
        exit(1)
    }
}
let broken = benchmarks.results.filter(\.breaksBound)
for measurement in broken {
    let median = Table.format(measurement.median)
    let target = measurement.target?.described(in: measurement.unit) ?? ""
    FileHandle.standardError.write(
        Data("CoachBench: broke its bound: \(measurement.name): median \(median) \(measurement.unit), bound \(target)\n".utf8))
}
if !broken.isEmpty { exit(1) }
