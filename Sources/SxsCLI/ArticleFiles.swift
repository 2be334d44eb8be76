import SideBySide

/// The articles a command was given.
enum ArticleFiles {
    /// The `.md` files of `paths` (files as given, folders searched), in order; when one cannot be
    /// listed, says which and why on stderr and exits 1.
    static func listed(in paths: [String]) throws -> [String] {
        do {
            return try FileIO.markdownFiles(in: paths)
        } catch let error as FileIOError {
            StandardStreams.error(error.description)
            throw SxsExitCode.findings
        }
    }
}
