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
        if let bytes = readRegularFile(path) { return bytes }
        // Not a regular file, or a call failed: FileHandle says why.
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

    /// The bytes of the regular file at `path`, read straight into the array; nil when it is no
    /// regular file or a call fails.
    private static func readRegularFile(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        var failed = false
        // One byte more than the size, so that a file that grew since is noticed.
        var bytes = [UInt8](unsafeUninitializedCapacity: Int(status.st_size) + 1) { buffer, count in
            count = 0
            failed = !readAll(descriptor, into: buffer, count: &count)
        }
        while !failed, bytes.count == bytes.capacity {
            var chunk = [UInt8](repeating: 0, count: 65536)
            var count = 0
            failed = chunk.withUnsafeMutableBufferPointer { !readAll(descriptor, into: $0, count: &count) }
            bytes += chunk[..<count]
            if count < chunk.count { break }
        }
        return failed ? nil : bytes
    }

    /// Reads from `descriptor` into `buffer` from `count` on, until it is full or the file ends; false on an error.
    private static func readAll(_ descriptor: Int32, into buffer: UnsafeMutableBufferPointer<UInt8>, count: inout Int) -> Bool {
        while count < buffer.count {
            let read = Foundation.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            if read > 0 {
                count += read
            } else if read == 0 {
                return true
            } else if errno != EINTR {
                return false
            }
        }
        return true
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
