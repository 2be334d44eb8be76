/// The id of a segment pair: `063b3-113` is prefix `063b3` and number 113.
public struct SegmentID: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The id as written.
    public var raw: String
    /// The part before the last hyphen: the localization job's file prefix.
    public var prefix: String
    /// The number after the last hyphen, if it is one.
    public var number: Int?

    public init(_ raw: String) {
        self.raw = raw
        var text = raw
        (prefix, number) = text.withUTF8 { bytes in
            guard let hyphen = bytes.lastIndex(of: UInt8(ascii: "-")) else { return (raw, nil) }
            return (String(decoding: UnsafeBufferPointer(rebasing: bytes[..<hyphen]), as: UTF8.self),
                    Self.decimal(UnsafeBufferPointer(rebasing: bytes[(hyphen + 1)...])))
        }
    }

    /// The number `digits` spell as `Int(_:)` reads it: an optional sign, then ASCII decimal
    /// digits; nil for anything else, or when it does not fit.
    private static func decimal(_ digits: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let negative = index < digits.count && digits[index] == UInt8(ascii: "-")
        if index < digits.count, negative || digits[index] == UInt8(ascii: "+") { index += 1 }
        guard index < digits.count else { return nil }
        var value = 0
        while index < digits.count {
            let digit = digits[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            let (times10, overflow) = value.multipliedReportingOverflow(by: 10)
            let (next, overflowAdding) = negative ? times10.subtractingReportingOverflow(Int(digit))
                : times10.addingReportingOverflow(Int(digit))
            guard !overflow, !overflowAdding else { return nil }
            value = next
            index += 1
        }
        return value
    }

    public var description: String { raw }

    public static func < (lhs: SegmentID, rhs: SegmentID) -> Bool {
        if lhs.prefix != rhs.prefix { return lhs.prefix < rhs.prefix }
        return (lhs.number ?? -1) < (rhs.number ?? -1)
    }
}

/// One side of a pair: the translated target or the English source, as Markdown.
public struct SegmentSide: Sendable, Hashable {
    /// The Markdown text between the span's tags, exactly as written.
    public var text: String
    /// Where that text is in the file (inside the tags).
    public var range: SourceRange
    /// The inline structure of the text.
    public var inlines: [Inline]

    public init(text: String, range: SourceRange, inlines: [Inline]) {
        self.text = text
        self.range = range
        self.inlines = inlines
    }

    /// The text with Markdown markup removed and entities resolved.
    public var plainText: String { inlines.map(\.plainText).joined() }

    /// The text of every `**strong**` element in order: the UI labels the segment names.
    public var strongTexts: [String] {
        var labels: [String] = []
        func visit(_ inline: Inline) {
            if case .strong = inline.kind { labels.append(inline.plainText) } else { inline.children.forEach(visit) }
        }
        inlines.forEach(visit)
        return labels
    }
}

/// A translated segment and its English source, as written side by side in the article.
///
/// `<span data-ttu-id="ID">TARGET</span><span class="sxs-lookup"><span data-stu-id="ID">SOURCE</span></span>`
public struct SegmentPair: Sendable, Hashable {
    /// The id of the translated span (`data-ttu-id`).
    public var id: SegmentID
    /// The id of the English span (`data-stu-id`); normally equal to ``id``.
    public var sourceID: SegmentID?
    /// The translation.
    public var target: SegmentSide
    /// The English source, or nil when the target span has no `sxs-lookup` partner.
    public var source: SegmentSide?
    /// Where the whole pair is written, from the first `<span` to the last `</span>`.
    public var range: SourceRange
    /// The markup around the two texts, exactly as written, so the pair can be written back.
    public var markup: PairMarkup
    /// The kind of the innermost block that holds the pair (`paragraph`, `tableCell`, `htmlBlock`…).
    public var blockKind: String

    public init(id: SegmentID, sourceID: SegmentID?, target: SegmentSide, source: SegmentSide?,
                range: SourceRange, markup: PairMarkup, blockKind: String) {
        self.id = id
        self.sourceID = sourceID
        self.target = target
        self.source = source
        self.range = range
        self.markup = markup
        self.blockKind = blockKind
    }

    /// The pair as side-by-side Markdown, from its markup and its two texts.
    public var sxsText: String {
        markup.targetOpen + target.text + markup.middle + (source?.text ?? "") + markup.close
    }
}

/// The tags of a pair as written, around its target and source texts.
public struct PairMarkup: Sendable, Hashable {
    /// `<span data-ttu-id="ID">`.
    public var targetOpen: String {
        get { text(.targetOpen) }
        set { storage = .strings(targetOpen: newValue, middle: middle, close: close) }
    }
    /// From the target's `</span>` through the source's opening tag, or just `</span>` when unpaired.
    public var middle: String {
        get { text(.middle) }
        set { storage = .strings(targetOpen: targetOpen, middle: newValue, close: close) }
    }
    /// The source's `</span></span>`, or empty when unpaired.
    public var close: String {
        get { text(.close) }
        set { storage = .strings(targetOpen: targetOpen, middle: middle, close: newValue) }
    }

    /// The three texts, or where they are written.
    ///
    /// The parser keeps the file's bytes and the ranges of the tags, so that a pair's markup is
    /// made into strings only when it is read (to write the pair back), not for every pair.
    private var storage: Storage

    private enum Storage: Sendable {
        case strings(targetOpen: String, middle: String, close: String)
        /// Each text is its range of `bytes`, decoded as UTF-8.
        case written(bytes: [UInt8], ranges: WrittenRanges)
    }

    /// Where the three texts are in the bytes they are written in.
    struct WrittenRanges: Sendable {
        var targetOpen: Range<Int>
        var middle: Range<Int>
        var close: Range<Int>
    }

    public init(targetOpen: String, middle: String, close: String) {
        storage = .strings(targetOpen: targetOpen, middle: middle, close: close)
    }

    /// The markup written at `ranges` of `bytes` (valid ranges of it).
    init(bytes: [UInt8], ranges: WrittenRanges) {
        storage = .written(bytes: bytes, ranges: ranges)
    }

    /// One of the three texts.
    private enum Part {
        case targetOpen, middle, close
    }

    private func text(_ part: Part) -> String {
        switch storage {
        case .strings(let targetOpen, let middle, let close):
            switch part {
            case .targetOpen: targetOpen
            case .middle: middle
            case .close: close
            }
        case .written(let bytes, let ranges):
            switch part {
            case .targetOpen: String(decoding: bytes[ranges.targetOpen], as: UTF8.self)
            case .middle: String(decoding: bytes[ranges.middle], as: UTF8.self)
            case .close: String(decoding: bytes[ranges.close], as: UTF8.self)
            }
        }
    }

    public static func == (lhs: PairMarkup, rhs: PairMarkup) -> Bool {
        lhs.targetOpen == rhs.targetOpen && lhs.middle == rhs.middle && lhs.close == rhs.close
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(targetOpen)
        hasher.combine(middle)
        hasher.combine(close)
    }
}
