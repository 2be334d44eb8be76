import Foundation
import SideBySide

// sxs-benchmark [CORPUS] [--rounds N] [--only parse|check|stages|memory]: speed and memory figures, release build, one run.
MemoryTuning.keepFreedMemory()
var arguments = Array(CommandLine.arguments.dropFirst())
var rounds = 3
if let index = arguments.firstIndex(of: "--rounds"), index + 1 < arguments.count, let value = Int(arguments[index + 1]) {
    rounds = max(1, value)
    arguments.removeSubrange(index...(index + 1))
}
var only: String?
if let index = arguments.firstIndex(of: "--only"), index + 1 < arguments.count {
    only = arguments[index + 1]
    arguments.removeSubrange(index...(index + 1))
}
let corpus = arguments.first ?? "../shared/corpus"

do {
    let files = try FileIO.markdownFiles(in: [corpus])
    guard !files.isEmpty else {
        FileHandle.standardError.write(Data("sxs-benchmark: \(corpus): no .md files to measure\n".utf8))
        exit(64)
    }
    func memoryBenchmark() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("sxs-benchmark-tm-\(getpid())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        for line in try MemoryBenchmark(files: files, rounds: rounds, scratchDirectory: scratch.path).run() { print(line) }
    }
    if only == "memory" {
        try memoryBenchmark()
        exit(0)
    }
    if only == "stages" {
        for line in try CheckStages(files: files).run() { print(line) }
        exit(0)
    }
    if only == "check" {
        for line in try CheckBenchmark(files: files, rounds: rounds).run() { print(line) }
        exit(0)
    }
    for line in try ParseBenchmark(files: files, rounds: rounds).run() { print(line) }
    print("parse: peak memory \(String(format: "%.1f", peakMemoryMiB())) MiB (target < 100 MiB)")
    if only == "parse" { exit(0) }
    for line in try CheckBenchmark(files: files, rounds: rounds).run() { print(line) }
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("sxs-benchmark-\(getpid())")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    for line in domainBenchmarkLines(scratchDirectory: scratch.path) { print(line) }
    for line in xliffBenchmarkLines(files: files, rounds: rounds, locales: "locales", scratchDirectory: scratch.path) { print(line) }
    for line in runBenchmarkLines(content: "content", locales: "locales") { print(line) }
    try memoryBenchmark()
} catch {
    FileHandle.standardError.write(Data("sxs-benchmark: error: \(error)\n".utf8))
    exit(1)
}
