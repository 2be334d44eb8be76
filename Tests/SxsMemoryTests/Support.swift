import Foundation
import SxsCheck
import SxsMemory
import SxsTestSupport

/// Fixtures, scratch folders and small articles for the memory's tests.
enum MemoryTesting {
    /// A file of `Fixtures/` (`zh-CN/add-a-new-customer.md`).
    static func fixture(_ name: String) -> String {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(name).path
    }

    /// The repository's root folder.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A new empty folder under the temporary directory.
    static func scratch() throws -> URL {
        let folder = ScratchFolder.url("sxs-memory")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// A side-by-side article in `locale` with `pairs` (id, target, source), one paragraph each.
    static func article(_ locale: String, _ pairs: [(String, String, String)], type: String = "HT", date: String = "05/18/2020") -> String {
        "---\nms.contentlocale: \(locale)\nms.translationtype: \(type)\nms.date: \(date)\n---\n"
            + pairs.map { RuleExample.pair($0.0, $0.1, $0.2) }.joined(separator: "\n\n") + "\n"
    }

    /// Writes `text` to `name` under `folder` and returns the file's path.
    @discardableResult
    static func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// A memory in a new scratch folder, with the articles `files` (name → text) imported.
    static func memory(with files: [String: String]) throws -> (TranslationMemory, URL) {
        let folder = try scratch()
        let paths = try files.sorted { $0.key < $1.key }.map { try write($0.value, $0.key, in: folder) }
        let memory = try TranslationMemory(path: folder.appendingPathComponent("tm.sqlite").path)
        _ = try memory.importArticles(paths, relativeTo: folder.path)
        return (memory, folder)
    }
}
