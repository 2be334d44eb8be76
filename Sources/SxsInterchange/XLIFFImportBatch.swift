import Dispatch
import Foundation
import SideBySide
import SxsMarkup

/// Imports XLIFF files into a folder: each rebuilt article is written atomically to its `original` path there.
public enum XLIFFImportBatch {
    /// What became of one XLIFF file.
    public struct Outcome: Sendable {
        /// The XLIFF file, as given.
        public var xliff: String
        /// The article written, or nil when the file was refused.
        public var article: String?
        /// How many units changed their target.
        public var changedUnits: Int
        /// Units not written (errors), units missing (warnings), or why the file was refused; located in the XLIFF file.
        public var diagnostics: [Diagnostic]
        /// Why the XLIFF file could not be read or the article written.
        public var failure: FileIOError?
    }

    /// Imports each of `paths` into `folder`, on all cores; outcomes in order.
    ///
    /// A file that is not well-formed, declares a DTD or entities, is not XLIFF 2.0 or 1.2, or has no
    /// sxs skeleton is refused with an error and nothing of it is written. Two files for the same
    /// article: the second is refused.
    public static func importFiles(_ paths: [String], to folder: String) -> [Outcome] {
        let slots = OutcomeSlots(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            slots[index] = rebuild(paths[index], folder: folder)
        }
        var written: [String: String] = [:]
        return slots.values.map { pending in
            var outcome = pending.outcome
            guard let bytes = pending.bytes, let article = outcome.article else { return outcome }
            if let earlier = written[article] {
                outcome.article = nil
                outcome.diagnostics.append(Diagnostic(
                    severity: .error, code: "xliff-duplicate-article",
                    message: "this file rebuilds \(article), which \(earlier) already wrote; it is not written",
                    location: SourceLocation(line: 1, column: 1, offset: 0)))
                return outcome
            }
            do {
                try FileIO.writeAtomically(bytes, to: article)
                written[article] = outcome.xliff
            } catch let error as FileIOError {
                outcome.article = nil
                outcome.failure = error
            } catch {
                outcome.article = nil
                outcome.failure = FileIOError(path: article, message: "\(error)")
            }
            return outcome
        }
    }

    /// Reads and rebuilds one file, without writing it.
    private static func rebuild(_ path: String, folder: String) -> Pending {
        var outcome = Outcome(xliff: path, article: nil, changedUnits: 0, diagnostics: [], failure: nil)
        let bytes: [UInt8]
        do {
            bytes = try FileIO.read(path)
        } catch {
            outcome.failure = error as? FileIOError ?? FileIOError(path: path, message: "\(error)")
            return Pending(outcome: outcome, bytes: nil)
        }
        let text = SourceText(bytes: bytes)
        let translation: XLIFFTranslation
        do {
            translation = try XLIFFReader.read(bytes)
        } catch let error as XMLReadError {
            outcome.diagnostics.append(refusal(line: error.line, column: error.column, "the file is not read: \(error.message)", in: text))
            return Pending(outcome: outcome, bytes: nil)
        } catch let error as XLIFFReadError {
            outcome.diagnostics.append(refusal(line: error.line, column: 0, "the file is not imported: \(error.message)", in: text))
            return Pending(outcome: outcome, bytes: nil)
        } catch {
            outcome.diagnostics.append(refusal(line: 0, column: 0, "the file is not imported: \(error)", in: text))
            return Pending(outcome: outcome, bytes: nil)
        }
        let result = XLIFFImporter().rebuild(translation, file: text)
        outcome.article = (folder as NSString).appendingPathComponent(translation.original)
        outcome.changedUnits = result.changedUnits
        outcome.diagnostics = result.diagnostics
        return Pending(outcome: outcome, bytes: result.bytes)
    }

    private static func refusal(line: Int, column: Int, _ message: String, in text: SourceText) -> Diagnostic {
        let location = column > 0 ? text.location(line: max(line, 1), column: column) : XLIFFImporter.location(line: line, in: text)
        return Diagnostic(severity: .error, code: "xliff-unreadable", message: message, location: location)
    }

    /// An outcome with the bytes still to write.
    struct Pending: Sendable {
        var outcome: Outcome
        var bytes: [UInt8]?
    }

    /// One slot per file, filled by the worker that imported it.
    private final class OutcomeSlots: @unchecked Sendable {
        private var slots: [Pending?]
        private let lock = NSLock()

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        subscript(index: Int) -> Pending {
            get { lock.withLock { slots[index]! } }
            set { lock.withLock { slots[index] = newValue } }
        }

        var values: [Pending] { lock.withLock { slots.map { $0! } } }
    }
}
