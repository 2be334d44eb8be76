import Foundation
import SxsCommonMark
import SxsMarkup

/// Reads side-by-side Markdown articles into ``SxsDocument`` values.
///
/// A parser keeps one libxml2 HTML context to reuse across files; it is not thread-safe, so
/// use one parser per thread (``parseFiles(_:)`` does this for you).
public final class SxsParser {
    private let tokenizer = HTMLTokenizer()
    private let converter = CommonMarkConverter()

    public init() {}

    /// Parses the article at `path`. Reading errors are thrown; problems in the content are diagnostics.
    public func parse(contentsOf path: String) throws -> SxsDocument {
        parse(bytes: try FileIO.read(path), path: path)
    }

    /// Parses an article from its bytes; `path` is used in diagnostics only.
    public func parse(bytes: [UInt8], path: String) -> SxsDocument {
        let source = SourceText(bytes: bytes)
        var diagnostics: [Diagnostic] = []
        var scanBytes = bytes
        let invalidOffsets = source.invalidUTF8Offsets()
        for offset in invalidOffsets {
            let what = bytes[offset] == 0 ? "a NUL byte" : String(format: "byte 0x%02X", bytes[offset])
            diagnostics.append(Diagnostic(
                severity: .error, code: DiagnosticCode.invalidUTF8,
                message: "\(what) is not valid UTF-8; articles must be UTF-8, so this text cannot be read as written",
                location: source.location(at: offset)))
            scanBytes[offset] = UInt8(ascii: "?")
        }
        let frontMatter = FrontMatterParser().parse(source)
        diagnostics += frontMatter.diagnostics

        let bodyStart = frontMatter.bodyStart
        let tree = scanBytes.withUnsafeBufferPointer { buffer in
            converter.tree(UnsafeBufferPointer(rebasing: buffer[bodyStart...]))
        }
        let firstBodyLine = source.location(at: bodyStart).line - 1
        var builder = BlockBuilder(
            source: source, scanBytes: scanBytes, tree: tree, tokenizer: tokenizer, converter: converter,
            map: PositionMap(lineOrigins: source.lineStarts[firstBodyLine...], limit: bytes.count),
            isValidUTF8: invalidOffsets.isEmpty)
        var blocks = builder.blocks()
        diagnostics += builder.diagnostics
        var segments = builder.segments
        if let matter = frontMatter.frontMatter {
            let pairs = FrontMatterPairs(source: source, tokenizer: tokenizer, converter: converter)
                .pairs(in: matter, diagnostics: &diagnostics)
            if !pairs.isEmpty {
                // Front-matter pairs come first; the blocks' indices move up by as many.
                segments = pairs + segments
                blocks = blocks.map { $0.shiftingSegmentIndices(by: pairs.count) }
            }
        }
        diagnostics += duplicateIDs(in: segments, source: source)
        diagnostics.sort { $0.location.offset < $1.location.offset }
        return SxsDocument(path: path, source: source, frontMatter: frontMatter.frontMatter, blocks: blocks,
                           segments: segments, diagnostics: diagnostics)
    }

    private func duplicateIDs(in segments: [SegmentPair], source: SourceText) -> [Diagnostic] {
        // Ids whose numbers rise are all different strings: the text after the last hyphen, where
        // the number is written, differs in each (it is ASCII, so only equal bytes are equal text).
        var rising = true
        var previous = Int.min
        for index in segments.indices {
            guard let number = segments[index].id.number, number > previous else { rising = false; break }
            previous = number
        }
        if rising { return [] }
        var first: [String: SourceLocation] = [:]
        first.reserveCapacity(segments.count)
        var diagnostics: [Diagnostic] = []
        // By index: a pair is a large value, and copying one for each look-up retained all its strings.
        for index in segments.indices {
            let id = segments[index].id.raw, start = segments[index].range.start
            if let earlier = first[id] {
                diagnostics.append(Diagnostic(
                    severity: .error, code: DiagnosticCode.duplicateID,
                    message: "segment id '\(segments[index].id)' is already used at line \(earlier.line), column \(earlier.column); ids must be unique to align a translation with its source",
                    location: start))
            } else {
                first[id] = start
            }
        }
        return diagnostics
    }
}

extension SxsParser {
    /// Parses `paths` on all cores and returns `transform` of each, in order.
    ///
    /// `transform` runs on the worker thread that parsed the file, so a caller that keeps only
    /// what it needs (a count, the output text) never holds every document at once.
    public static func parseFiles<Value>(
        _ paths: [String], transform: (Result<SxsDocument, FileIOError>) -> Value
    ) -> [Value] {
        let results = ResultSlots<Value>(count: paths.count)
        let workers = max(1, min(ProcessInfoCores.count, paths.count))
        let next = AtomicCounter()
        DispatchWorkers.run(count: workers) {
            let parser = SxsParser()
            while true {
                let index = next.increment()
                guard index < paths.count else { break }
                let result: Result<SxsDocument, FileIOError>
                do {
                    result = .success(try parser.parse(contentsOf: paths[index]))
                } catch let error as FileIOError {
                    result = .failure(error)
                } catch {
                    result = .failure(FileIOError(path: paths[index], message: "\(error)"))
                }
                results[index] = transform(result)
            }
        }
        return results.values
    }

    /// Parses `paths` on all cores, in order; a file that cannot be read gives its error instead.
    public static func parseFiles(_ paths: [String]) -> [Result<SxsDocument, FileIOError>] {
        parseFiles(paths) { $0 }
    }
}
