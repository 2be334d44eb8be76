import Foundation
import SxsCommonMark
import SxsMarkup

/// Finds segment pairs written inside front-matter values, such as
/// `title: "<span data-ttu-id=\"a40df-101\">…</span><span class=\"sxs-lookup\">…</span></span>"`.
///
/// The pairs are read from the YAML value (quotes unescaped) and their ranges are mapped back to
/// the bytes of the file, so that they are located like every other pair.
struct FrontMatterPairs {
    let source: SourceText
    let tokenizer: HTMLTokenizer
    let converter: CommonMarkConverter

    /// The pairs of every scalar entry of `matter` that holds any, in order.
    func pairs(in matter: FrontMatter, diagnostics: inout [Diagnostic]) -> [SegmentPair] {
        var pairs: [SegmentPair] = []
        for entry in matter.entries {
            guard case .scalar(let value) = entry.value, value.utf8.contains(UInt8(ascii: "<")),
                  value.range(of: "data-ttu-id") != nil else { continue }
            guard let offsets = rawOffsets(of: value, entry: entry) else {
                diagnostics.append(Diagnostic(
                    severity: .warning, code: DiagnosticCode.frontMatter,
                    message: "front-matter value '\(entry.key)' holds segment spans in a YAML style this parser cannot locate byte by byte (only plain and double-quoted one-line values are); its pairs are left out",
                    location: source.location(line: entry.line, column: 1)))
                continue
            }
            let valueText = SourceText(value)
            let tags = valueText.bytes.withUnsafeBufferPointer { tokenizer.tagList(in: $0) }
            var valueDiagnostics: [Diagnostic] = []
            let scanned = SegmentScanner(source: valueText).pairs(in: tags, base: 0, diagnostics: &valueDiagnostics)
            diagnostics += valueDiagnostics.map { diagnostic in
                var moved = diagnostic
                moved.location = source.location(at: offsets[diagnostic.location.offset])
                return moved
            }
            let builder = InlineBuilder(source: valueText, isValidUTF8: true)
            func side(_ range: Range<Int>) -> SegmentSide {
                let inlines = builder.parseStandalone(range, inQuote: false, converter: converter).map { remap($0, offsets) }
                return SegmentSide(text: valueText.string(range), range: fileRange(range, offsets), inlines: inlines)
            }
            for pair in scanned {
                pairs.append(SegmentPair(
                    id: pair.id, sourceID: pair.sourceID, target: side(pair.targetText),
                    source: pair.sourceText.map(side), range: fileRange(pair.range, offsets),
                    markup: pair.markup(in: valueText),
                    blockKind: "frontMatter"))
            }
        }
        return pairs
    }

    /// For each byte of the value (and one past its end), the file offset it was written at.
    ///
    /// Plain values are written as they are; double-quoted ones escape `"` and `\` with a backslash.
    private func rawOffsets(of value: String, entry: FrontMatterEntry) -> [Int]? {
        let bytes = source.bytes
        let lineStart = source.lineStarts[entry.line - 1]
        let lineEnd = source.lineContentEnd(entry.line)
        guard let colon = bytes[lineStart..<lineEnd].firstIndex(of: UInt8(ascii: ":")) else { return nil }
        var raw = colon + 1
        while raw < lineEnd, bytes[raw] == 32 || bytes[raw] == 9 { raw += 1 }
        let quoted = raw < lineEnd && bytes[raw] == UInt8(ascii: "\"")
        if quoted { raw += 1 }
        var offsets: [Int] = []
        offsets.reserveCapacity(value.utf8.count + 1)
        for byte in value.utf8 {
            guard raw < lineEnd else { return nil }
            if quoted, bytes[raw] == UInt8(ascii: "\\"), raw + 1 < lineEnd, bytes[raw + 1] == byte,
               byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "/") {
                offsets.append(raw)
                raw += 2
            } else if bytes[raw] == byte {
                offsets.append(raw)
                raw += 1
            } else {
                return nil
            }
        }
        offsets.append(raw)
        return offsets
    }

    private func fileRange(_ range: Range<Int>, _ offsets: [Int]) -> SourceRange {
        source.range(offsets[range.lowerBound]..<offsets[range.upperBound])
    }

    private func remap(_ inline: Inline, _ offsets: [Int]) -> Inline {
        Inline(kind: inline.kind, range: fileRange(inline.range.offsets, offsets),
               children: inline.children.map { remap($0, offsets) })
    }
}
