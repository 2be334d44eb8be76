import SideBySide
import SxsMarkup
import SxsProcedures

/// Turns a parsed side-by-side article into an ``XLIFFDocument``: a unit per segment pair, and a
/// skeleton that holds the rest of the file byte for byte.
///
/// The source language is en-US; the target language is the article's `ms.contentlocale`, else
/// the locale folder of its path. Each unit carries notes: where the segment is, and, when
/// `sourcePatterns` (the en-US procedure patterns) are given, its procedure step and UI labels.
public struct XLIFFExporter: Sendable {
    /// The en-US procedure patterns, for the procedure notes; nil exports without them.
    public var sourcePatterns: LocaleProcedurePatterns?

    public init(sourcePatterns: LocaleProcedurePatterns? = nil) {
        self.sourcePatterns = sourcePatterns
    }

    /// The article as XLIFF; `original` is the path import will write it to (relative to its output folder).
    ///
    /// Diagnostics are warnings about targets that cannot be offered for translation exactly (bytes
    /// that are not UTF-8): they stay in the skeleton and their unit is marked not translatable.
    public func export(_ document: SxsDocument, original: String) -> (document: XLIFFDocument, diagnostics: [Diagnostic]) {
        let bytes = document.source.bytes
        let tokenizer = HTMLTokenizer()
        let context = ProcedureNotes(document: document, patterns: sourcePatterns)
        let pairs = document.segments.sorted { $0.target.range.start.offset < $1.target.range.start.offset }
        let ids = Self.unitIDs(pairs)
        var pieces: [XLIFFSkeleton.Piece] = []
        var units: [XLIFFUnit] = []
        var diagnostics: [Diagnostic] = []
        var cursor = 0
        for (pair, id) in zip(pairs, ids) {
            let range = pair.target.range.offsets
            let escaping: TargetEscaping = pair.blockKind == "frontMatter" && Self.isDoubleQuoted(bytes[pair.range.offsets]) ? .yamlDoubleQuoted : .none
            let exact = range.lowerBound >= cursor && range.upperBound <= bytes.count
                && escaping.unescape(Array(bytes[range])) == Array(pair.target.text.utf8)
            let map = InlineCodeMap(pair: pair, bytes: bytes, escaping: escaping, tokenizer: tokenizer)
            var notes = [Self.locationNote(pair)]
            if pair.source == nil {
                notes.append(XLIFFNote(category: "source", text: "The article has no English source span for this segment."))
            }
            notes += context.notes[pair.id.raw] ?? []
            units.append(XLIFFUnit(id: id, segmentID: pair.id.raw, codes: map.codes, source: map.source, target: map.target,
                                   notes: notes, isTranslatable: exact))
            guard exact else {
                diagnostics.append(Diagnostic(
                    severity: .warning, code: "xliff-target-kept",
                    message: "segment \(pair.id): the target is not valid UTF-8 text, so it cannot be offered for translation exactly; it stays in the skeleton and unit \(id) is marked translate=\"no\"",
                    location: pair.target.range.start))
                continue
            }
            pieces.append(.bytes(Array(bytes[cursor..<range.lowerBound])))
            let expected = map.target.isEmpty ? map.source : map.target
            pieces.append(.target(TargetSlot(
                unitID: id, original: Array(bytes[range]), escaping: escaping,
                pairedCodes: expected.compactMap { if case .open(let code) = $0 { code } else { nil } },
                standaloneCodes: expected.compactMap { if case .placeholder(let code) = $0 { code } else { nil } })))
            cursor = range.upperBound
        }
        pieces.append(.bytes(Array(bytes[cursor...])))
        let skeleton = XLIFFSkeleton(pieces: pieces.filter { if case .bytes(let bytes) = $0 { !bytes.isEmpty } else { true } })
        let language = ProcedureExtractor.locale(of: document, side: .target)
        return (XLIFFDocument(original: original, sourceLanguage: "en-US", targetLanguage: language, skeleton: skeleton, units: units), diagnostics)
    }

    /// Whether a front-matter pair is written in a double-quoted YAML value (its attribute quotes are escaped).
    private static func isDoubleQuoted(_ written: ArraySlice<UInt8>) -> Bool {
        zip(written, written.dropFirst()).contains { $0 == UInt8(ascii: "\\") && $1 == UInt8(ascii: "\"") }
    }

    /// A unit id per pair: the segment id when it is a unique XML name token, else `u` and the pair's number.
    static func unitIDs(_ pairs: [SegmentPair]) -> [String] {
        var used: Set<String> = []
        var ids: [String] = []
        for (index, pair) in pairs.enumerated() {
            var id = pair.id.raw
            if !isNameToken(id) || used.contains(id) {
                id = "u\(index + 1)"
                while used.contains(id) { id += "_" }
            }
            used.insert(id)
            ids.append(id)
        }
        return ids
    }

    /// Whether `text` is a non-empty run of ASCII letters, digits, `.`, `-` and `_` (a safe XML name token).
    static func isNameToken(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { byte in
            (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
        }
    }

    private static func locationNote(_ pair: SegmentPair) -> XLIFFNote {
        let place = pair.blockKind == "frontMatter" ? "in the front matter" : "in a \(pair.blockKind)"
        return XLIFFNote(category: "location", text: "Segment \(pair.id), line \(pair.range.start.line), \(place).")
    }
}
