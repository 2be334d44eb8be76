import Foundation

/// A file that could not be read or written: which, and why.
public struct FileIOError: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): error: \(message)" }
}

/// Reading files whole and writing them atomically (a temporary file in the same folder, then a rename).
public enum FileIO {
    /// The bytes of the file at `path`.
    public static func read(_ path: String) throws -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            throw FileIOError(path: path, message: !exists ? "no such file"
                              : isDirectory.boolValue ? "is a folder, not a file" : "cannot be opened for reading (permissions?)")
        }
        defer { try? handle.close() }
        do {
            return Array(try handle.readToEnd() ?? Data())
        } catch {
            throw FileIOError(path: path, message: "cannot be read: \(error.localizedDescription)")
        }
    }

    /// Writes `bytes` to `path` so that readers see either the old file or the whole new one.
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw FileIOError(path: path, message: "its folder cannot be created: \(error.localizedDescription)")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).sxs-\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(bytes)) else {
            throw FileIOError(path: path, message: "cannot write a temporary file in \(folder.path) (permissions? disk full?)")
        }
        if rename(temporary.path, path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw FileIOError(path: path, message: "cannot replace the file: \(reason)")
        }
    }

    /// The `.md` files at `paths`: files as given, folders searched recursively, in sorted order.
    public static func markdownFiles(in paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw FileIOError(path: path, message: "no such file or folder")
            }
            if isDirectory.boolValue {
                guard let enumerator = FileManager.default.enumerator(atPath: path) else { continue }
                var found: [String] = []
                for case let relative as String in enumerator where relative.hasSuffix(".md") {
                    found.append((path as NSString).appendingPathComponent(relative))
                }
                files += found.sorted()
            } else {
                files.append(path)
            }
        }
        return files
    }
}
