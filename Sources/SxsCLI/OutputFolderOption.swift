import ArgumentParser
import Foundation

/// `-o DIR`: the folder a command writes its files to, which must not be a file.
struct OutputFolderOption: ParsableArguments {
    @Option(name: [.short, .customLong("output")], help: "The folder to write to (created if needed).")
    var output: String

    func validate() throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isFolder), !isFolder.boolValue {
            throw ValidationError("--output \(output) is a file; give the folder to write to")
        }
    }
}
