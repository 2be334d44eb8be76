import SxsMarkup

/// A pair found in a block's tags, as byte offsets in the file, before its inlines are read.
struct ScannedPair {
    var id: SegmentID
    var sourceID: SegmentID?
    /// `<span data-ttu-id>` through the end of the last tag of the pair.
    var range: Range<Int>
    var targetOpen: Range<Int>
    var targetText: Range<Int>
    var targetClose: Range<Int>
    /// The `sxs-lookup` and `data-stu-id` opening tags, when the pair has its source.
    var sourceOpen: Range<Int>?
    var sourceText: Range<Int>?
    /// The source's `</span></span>`.
    var sourceClose: Range<Int>?
}

extension ScannedPair {
    /// The pair's tags as written in `text`, around its target and source.
    func markup(in text: SourceText) -> PairMarkup {
        Self.markup(targetOpen: targetOpen, targetClose: targetClose, sourceOpen: sourceOpen, sourceClose: sourceClose,
                    in: text)
    }

    /// The tags of a pair at these ranges as written in `text`, around its target and source.
    ///
    /// (For a pair in an array: a method called on the element took a copy of the whole pair.)
    static func markup(targetOpen: Range<Int>, targetClose: Range<Int>, sourceOpen: Range<Int>?, sourceClose: Range<Int>?,
                       in text: SourceText) -> PairMarkup {
        let middleEnd = sourceOpen?.upperBound ?? targetClose.upperBound
        // Ranges as `SourceText.string(_:)` reads them (clamped to the text).
        func clamped(_ range: Range<Int>) -> Range<Int> {
            let lower = min(max(range.lowerBound, 0), text.bytes.count)
            return lower..<min(max(range.upperBound, lower), text.bytes.count)
        }
        return PairMarkup(bytes: text.bytes, ranges: PairMarkup.WrittenRanges(
            targetOpen: clamped(targetOpen), middle: clamped(targetClose.lowerBound..<middleEnd),
            close: sourceClose.map(clamped) ?? 0..<0))
    }
}

/// Pairs up the segment spans of one block, from the tags libxml2 read, and reports malformed ones.
struct SegmentScanner {
    let source: SourceText

    /// The pairs written in a block whose tags are `list` (ranges relative to `base`).
    func pairs(in list: HTMLTagList, base: Int, diagnostics: inout [Diagnostic]) -> [ScannedPair] {
        let tags = list.tags
        var pairs: [ScannedPair] = []
        pairs.reserveCapacity(tags.count / 6) // a pair is six tags
        var index = 0
        while index < tags.count {
            let tag = tags[index]
            guard tag.kind == .start, list.tag(index, isNamed: "span") else { index += 1; continue }
            if let ttuValue = list.value(of: "data-ttu-id", inTag: index) {
                let ttu = list.string(ttuValue)
                guard let close = matchingEnd(of: index, in: list, base: base, diagnostics: &diagnostics) else {
                    diagnostics.append(error(DiagnosticCode.unterminatedSpan, at: base + tag.range.lowerBound,
                        "translated span '\(ttu)' is never closed with </span>, so its text cannot be delimited; the pair is left out"))
                    index += 1
                    continue
                }
                let id = SegmentID(ttu)
                var sourceID: SegmentID?
                var range = (base + tag.range.lowerBound)..<(base + tags[close].range.upperBound)
                var sourceOpen: Range<Int>?, sourceText: Range<Int>?, sourceClose: Range<Int>?
                index = close + 1
                if let (lookup, stuValue) = lookupStart(after: close, in: list, base: base) {
                    let stu = tags[lookup + 1]
                    if let stuClose = matchingEnd(of: lookup + 1, in: list, base: base, diagnostics: &diagnostics),
                       stuClose + 1 < tags.count, tags[stuClose + 1].kind == .end, list.tag(stuClose + 1, isNamed: "span") {
                        // The source's id is nearly always the target's: the same bytes make the same id.
                        let stuID = list.bytes(stuValue, equal: ttuValue) ? id : SegmentID(list.string(stuValue))
                        sourceID = stuID
                        sourceOpen = (base + tags[lookup].range.lowerBound)..<(base + stu.range.upperBound)
                        sourceText = (base + stu.range.upperBound)..<(base + tags[stuClose].range.lowerBound)
                        let closeRange = (base + tags[stuClose].range.lowerBound)..<(base + tags[stuClose + 1].range.upperBound)
                        sourceClose = closeRange
                        range = range.lowerBound..<closeRange.upperBound
                        if stuID != id {
                            diagnostics.append(error(DiagnosticCode.idMismatch, at: base + stu.range.lowerBound,
                                "data-stu-id '\(stuID)' differs from data-ttu-id '\(id)': the English source may belong to another segment"))
                        }
                        index = stuClose + 2
                    } else {
                        diagnostics.append(error(DiagnosticCode.unterminatedSpan, at: base + stu.range.lowerBound,
                            "sxs-lookup span of '\(ttu)' is not closed with </span></span>, so its English source cannot be delimited"))
                        index = lookup + 2
                    }
                } else {
                    diagnostics.append(error(DiagnosticCode.unpairedTarget, at: range.lowerBound,
                        "translated span '\(ttu)' is not followed by its <span class=\"sxs-lookup\"> English source, so the translation cannot be checked against it"))
                }
                if id.number == nil {
                    diagnostics.append(Diagnostic(severity: .warning, code: DiagnosticCode.malformedID,
                        message: "segment id '\(id)' is not of the form prefix-number, so its order cannot be checked",
                        location: source.location(at: range.lowerBound)))
                }
                // Made where it is appended (a pair built up in a variable was copied into the array).
                pairs.append(ScannedPair(
                    id: id, sourceID: sourceID, range: range, targetOpen: shifted(tag.range, base),
                    targetText: (base + tag.range.upperBound)..<(base + tags[close].range.lowerBound),
                    targetClose: shifted(tags[close].range, base), sourceOpen: sourceOpen, sourceText: sourceText,
                    sourceClose: sourceClose))
            } else if isLookup(index, in: list) {
                diagnostics.append(error(DiagnosticCode.unpairedSource, at: base + tag.range.lowerBound,
                    "sxs-lookup span has no translated <span data-ttu-id> right before it, so its English source has no translation"))
                index = (matchingEnd(of: index, in: list, base: base, diagnostics: &diagnostics) ?? index) + 1
            } else {
                index += 1
            }
        }
        return pairs
    }

    /// The index of the `</span>` that closes the span opened at `open` (a `<span>`, as every
    /// caller found); reports segment spans nested inside.
    private func matchingEnd(of open: Int, in list: HTMLTagList, base: Int, diagnostics: inout [Diagnostic]) -> Int? {
        let tags = list.tags
        var depth = 1
        var index = open + 1
        while index < tags.count {
            let tag = tags[index]
            if list.tag(index, isNamed: "span") {
                if tag.kind == .start {
                    depth += 1
                    if list.value(of: "data-ttu-id", inTag: index) != nil || list.value(of: "data-stu-id", inTag: index) != nil
                        || isLookup(index, in: list),
                       !(isLookup(open, in: list) && index == open + 1) {
                        diagnostics.append(error(DiagnosticCode.nestedSpan, at: base + tag.range.lowerBound,
                            "segment span opened inside another segment span: segments do not nest, so this text belongs to the outer segment"))
                    }
                } else if tag.kind == .end {
                    depth -= 1
                    if depth == 0 { return index }
                }
            }
            index += 1
        }
        return nil
    }

    /// The index of the `<span class="sxs-lookup">` right after the tag at `close`, followed by a
    /// `data-stu-id` span, and that span's id (as a range of the list's bytes).
    private func lookupStart(after close: Int, in list: HTMLTagList, base: Int) -> (Int, Range<Int32>)? {
        let tags = list.tags
        let next = close + 1
        guard next + 1 < tags.count, isLookup(next, in: list) else { return nil }
        // Only blanks may stand between the target's </span> and the lookup span.
        let gap = (base + tags[close].range.upperBound)..<(base + tags[next].range.lowerBound)
        guard gap.allSatisfy({ source.bytes[$0] == 32 || source.bytes[$0] == 9 }) else { return nil }
        let stu = tags[next + 1]
        guard stu.kind == .start, list.tag(next + 1, isNamed: "span"), let stuValue = list.value(of: "data-stu-id", inTag: next + 1),
              stu.range.lowerBound == tags[next].range.upperBound else { return nil }
        return (next, stuValue)
    }

    /// Whether tag `index` opens a `<span class="sxs-lookup">` (among other classes).
    private func isLookup(_ index: Int, in list: HTMLTagList) -> Bool {
        guard list.tags[index].kind == .start, list.tag(index, isNamed: "span"),
              let classes = list.value(of: "class", inTag: index) else { return false }
        return list.words(classes, contain: "sxs-lookup")
    }

    private func shifted(_ range: Range<Int>, _ base: Int) -> Range<Int> {
        (base + range.lowerBound)..<(base + range.upperBound)
    }

    private func error(_ code: String, at offset: Int, _ message: String) -> Diagnostic {
        Diagnostic(severity: .error, code: code, message: message, location: source.location(at: offset))
    }
}
