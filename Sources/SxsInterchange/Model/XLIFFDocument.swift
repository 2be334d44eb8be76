/// The XLIFF versions `sxs` writes and reads.
public enum XLIFFVersion: String, Sendable, Hashable, CaseIterable {
    case v2_0 = "2.0"
    case v1_2 = "1.2"

    /// The namespace of the version's elements.
    public var namespace: String {
        switch self {
        case .v2_0: "urn:oasis:names:tc:xliff:document:2.0"
        case .v1_2: "urn:oasis:names:tc:xliff:document:1.2"
        }
    }
}

/// An article made ready for translation tools: its segment pairs as units, and a skeleton for the rest.
///
/// The same value is written as XLIFF 2.0 or 1.2 (``XLIFFWriter``).
public struct XLIFFDocument: Sendable, Hashable {
    /// The article's path relative to the export's root (`partner-center/add-a-new-customer.md`); import writes it there.
    public var original: String
    /// The language of the English source (`en-US`).
    public var sourceLanguage: String
    /// The language of the translation (`zh-CN`), or nil when the article does not say.
    public var targetLanguage: String?
    /// Everything that is not a target, with a slot for each.
    public var skeleton: XLIFFSkeleton
    /// One unit per segment pair, in file order.
    public var units: [XLIFFUnit]

    public init(original: String, sourceLanguage: String, targetLanguage: String?, skeleton: XLIFFSkeleton, units: [XLIFFUnit]) {
        self.original = original
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.skeleton = skeleton
        self.units = units
    }
}

/// One segment pair as an XLIFF unit: its English source and translation over a shared set of inline codes.
public struct XLIFFUnit: Sendable, Hashable {
    /// The unit id: the segment id (`063b3-113`) when it is a unique XML name token, else `u` and the pair's number.
    public var id: String
    /// The segment id as the article writes it.
    public var segmentID: String
    /// The inline codes of source and target, by id order.
    public var codes: [InlineCode]
    /// The English source (empty for a target without an English span).
    public var source: [CodedToken]
    /// The translation; empty when the article has none.
    public var target: [CodedToken]
    /// Context for the translator: where the segment is, the procedure step, the UI labels.
    public var notes: [XLIFFNote]
    /// False when the target cannot be exported exactly (bytes that are not UTF-8): the skeleton keeps it, import ignores the unit.
    public var isTranslatable: Bool

    public init(id: String, segmentID: String, codes: [InlineCode], source: [CodedToken], target: [CodedToken],
                notes: [XLIFFNote], isTranslatable: Bool = true) {
        self.id = id
        self.segmentID = segmentID
        self.codes = codes
        self.source = source
        self.target = target
        self.notes = notes
        self.isTranslatable = isTranslatable
    }

    /// Whether the pair has a translation (state `translated`), rather than none yet (state `initial`).
    public var hasTarget: Bool { !target.isEmpty }

    /// The code with id `id`.
    public func code(_ id: String) -> InlineCode? { codes.first { $0.id == id } }
}

/// A note for the translator, with what it is about (`location`, `procedure`, `ui`).
public struct XLIFFNote: Sendable, Hashable {
    /// The kind of context, written as the 2.0 `category`.
    public var category: String
    /// The note's text.
    public var text: String

    public init(category: String, text: String) {
        self.category = category
        self.text = text
    }
}
