import Foundation
import SideBySide

/// How one segment of a translated article stands against another version of its English.
public struct AlignedSegment: Sendable, Hashable {
    /// What happened to the segment's English.
    public enum Status: String, Sendable, Hashable {
        /// The English is the same (exactly, or but for case, spacing and quotes).
        case unchanged
        /// The English was edited: a fuzzy match, with a word diff.
        case changed
        /// The English is new in the other version: nothing translated matches it.
        case new
        /// The segment's English is gone from the other version.
        case removed
    }

    public var status: Status
    /// The pair of the translated article (nil for `new`).
    public var pair: SegmentPair?
    /// The English of the other version it matched (nil for `removed`).
    public var otherSource: String?
    /// The pair of the other version, when it is a side-by-side article.
    public var otherPair: SegmentPair?
    /// How alike the two English texts are, 0…1 (1 for unchanged).
    public var score: Double
    /// The word diff from this English to the other's, for `changed`.
    public var diff: WordDiff?
}

/// Aligns a translated article with another version of its English, by source text.
///
/// Ids are not stable across versions, so segments are matched by their English: exactly, then
/// normalised (case, spacing, quotes), then fuzzily by word similarity (at least `threshold`).
public struct VersionAlignment: Sendable {
    /// The least word similarity for a fuzzy match.
    public var threshold: Double

    public init(threshold: Double = 0.5) { self.threshold = threshold }

    /// Aligns `document` with another side-by-side version (`other`'s sources are its English).
    public func align(_ document: SxsDocument, with other: SxsDocument) -> [AlignedSegment] {
        let units = other.segments.compactMap { pair in pair.source.map { (text: $0.text, pair: Optional(pair)) } }
        return align(document, units: units)
    }

    /// Aligns `document` with an English article (plain Markdown): its sentences are the units.
    public func align(_ document: SxsDocument, withEnglish english: SxsDocument) -> [AlignedSegment] {
        align(document, units: EnglishSentences.sentences(of: english).map { (text: $0, pair: nil) },
              blocks: EnglishSentences.blocks(of: english).map(TextNormalization.normalized))
    }

    /// `blocks`: the other version's block texts, normalised; a source written inside one is unchanged
    /// even when markup around it (a bold heading, a note label) makes the sentence differ.
    func align(_ document: SxsDocument, units: [(text: String, pair: SegmentPair?)], blocks: [String] = []) -> [AlignedSegment] {
        var exact: [String: [Int]] = [:], normal: [String: [Int]] = [:]
        for (index, unit) in units.enumerated() {
            exact[unit.text, default: []].append(index)
            normal[TextNormalization.normalized(unit.text), default: []].append(index)
        }
        var used = Set<Int>()
        var results: [AlignedSegment] = []
        var pending: [(Int, SegmentPair)] = []
        func take(_ candidates: [Int]?) -> Int? { candidates?.first { !used.contains($0) } }
        for pair in document.segments {
            guard let source = pair.source?.text else { continue }
            let normalized = TextNormalization.normalized(source)
            if let index = take(exact[source]) ?? take(normal[normalized]) {
                used.insert(index)
                results.append(AlignedSegment(status: .unchanged, pair: pair, otherSource: units[index].text,
                                              otherPair: units[index].pair, score: 1, diff: nil))
            } else if !normalized.isEmpty, blocks.contains(where: { $0.contains(normalized) }) {
                // Written inside a longer sentence of the other version (`**Note**<br>` before it…).
                let index = units.indices.first { !used.contains($0) && TextNormalization.normalized(units[$0].text).contains(normalized) }
                if let index { used.insert(index) }
                results.append(AlignedSegment(status: .unchanged, pair: pair, otherSource: index.map { units[$0].text } ?? source,
                                              otherPair: nil, score: 1, diff: nil))
            } else {
                pending.append((results.count, pair))
                results.append(AlignedSegment(status: .removed, pair: pair, otherSource: nil, otherPair: nil, score: 0, diff: nil))
            }
        }
        // Fuzzy matches for what is left, best first.
        for (slot, pair) in pending {
            let source = pair.source!.text
            var best: (index: Int, diff: WordDiff)?
            for (index, unit) in units.enumerated() where !used.contains(index) {
                let diff = WordDiff(from: source, to: unit.text)
                if diff.similarity >= threshold, diff.similarity > (best?.diff.similarity ?? 0) { best = (index, diff) }
            }
            if let best {
                used.insert(best.index)
                results[slot] = AlignedSegment(status: .changed, pair: pair, otherSource: units[best.index].text,
                                               otherPair: units[best.index].pair, score: best.diff.similarity, diff: best.diff)
            }
        }
        for (index, unit) in units.enumerated() where !used.contains(index) {
            results.append(AlignedSegment(status: .new, pair: nil, otherSource: unit.text, otherPair: unit.pair, score: 0, diff: nil))
        }
        return results
    }
}

/// The sentences of an English article written in plain Markdown, as its side-by-side pairs would hold them.
public enum EnglishSentences {
    /// Each sentence of the article's paragraphs, headings and table cells, as Markdown, in order.
    public static func sentences(of document: SxsDocument) -> [String] {
        var result: [String] = []
        func visit(_ block: Block) {
            switch block.kind {
            case .paragraph, .heading, .tableCell:
                var text = document.source.string(block.range.offsets)
                if case .heading = block.kind {
                    text = String(text.drop { $0 == "#" || $0 == " " })
                    // The anchor `<a name="…"></a>` before a heading's text is not part of it.
                    if text.hasPrefix("<a "), let close = text.range(of: "</a>") { text = String(text[close.upperBound...]) }
                }
                result += split(text.trimmingCharacters(in: .whitespacesAndNewlines))
            default:
                block.children.forEach(visit)
            }
        }
        document.blocks.forEach(visit)
        return result.filter { !$0.isEmpty }
    }

    /// The raw text of each paragraph, heading and table cell.
    public static func blocks(of document: SxsDocument) -> [String] {
        var result: [String] = []
        func visit(_ block: Block) {
            switch block.kind {
            case .paragraph, .heading, .tableCell, .htmlBlock: result.append(document.source.string(block.range.offsets))
            default: block.children.forEach(visit)
            }
        }
        document.blocks.forEach(visit)
        return result
    }

    /// A block's text cut after each sentence end followed by a blank, as the localization tool cuts;
    /// never inside `**bold**` (a UI label such as `**Next: Subscriptions**` is one piece of its sentence).
    static func split(_ text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        var previous: Character?
        var insideStrong = false
        for character in text {
            if character.isWhitespace, !insideStrong, let previous,
               ".?!:".contains(previous) || previous == "*" && current.hasSuffix(".**") {
                sentences.append(current)
                current = ""
                continue
            }
            if current.isEmpty, character.isWhitespace { continue }
            current.append(character)
            if character == "*", current.hasSuffix("**"), !current.hasSuffix("***") { insideStrong.toggle() }
            previous = character
        }
        if !current.isEmpty { sentences.append(current) }
        return sentences
    }
}
