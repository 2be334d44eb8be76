import Foundation

/// Runs the built `sxs` binary and captures what it printed.
struct SxsBinary {
    struct Outcome {
        var status: Int32
        var stdout: Data
        var stderr: String
        var text: String { String(decoding: stdout, as: UTF8.self) }
    }

    /// The `sxs` executable next to the test bundle (the build's products folder).
    static var url: URL {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("sxs"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("sxs"),
            Bundle(for: Marker.self).bundleURL.deletingLastPathComponent().appendingPathComponent("sxs"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    private final class Marker {}

    static func fixture(_ name: String) -> String {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(name).path
    }

    static func run(_ arguments: [String]) throws -> Outcome {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting, so a large output cannot block the child.
        let stderr = DataBox()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { stderr.data = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: stdout, stderr: String(decoding: stderr.data, as: UTF8.self))
    }
}

/// Bytes one thread reads and another uses after the group it belongs to has finished.
private final class DataBox: @unchecked Sendable {
    var data = Data()
}
