import Foundation

/// Scratch files and folders for tests: all under one folder of this test process, which is
/// removed when the process exits, so that test runs leave nothing behind in the temporary folder.
public enum ScratchFolder {
    /// This process's folder under the temporary directory.
    public static let root: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sxs-tests-\(getpid())")
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: ScratchFolder.root) }
        return root
    }()

    /// A new, unique path under ``root`` whose name starts with `prefix`; nothing is created there.
    public static func url(_ prefix: String, extension pathExtension: String = "") -> URL {
        let name = "\(prefix)-\(UUID().uuidString)" + (pathExtension.isEmpty ? "" : ".\(pathExtension)")
        return root.appendingPathComponent(name)
    }
}
