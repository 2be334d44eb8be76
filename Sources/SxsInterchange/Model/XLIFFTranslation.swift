/// An XLIFF file back from translation, as read for import: its skeleton and each unit's target.
public struct XLIFFTranslation: Sendable, Hashable {
    /// The version the file was written in.
    public var version: XLIFFVersion
    /// The article's path relative to the output folder (the file's `original`), checked to stay inside it.
    public var original: String
    /// The language of the translation, if the file says.
    public var targetLanguage: String?
    /// The skeleton, as exported.
    public var skeleton: XLIFFSkeleton
    /// The units, by id.
    public var units: [String: TranslatedUnit]

    public init(version: XLIFFVersion, original: String, targetLanguage: String?, skeleton: XLIFFSkeleton, units: [String: TranslatedUnit]) {
        self.version = version
        self.original = original
        self.targetLanguage = targetLanguage
        self.skeleton = skeleton
        self.units = units
    }
}

/// A unit as read back: where it is in the file, and its target as tokens (nil when it has none).
public struct TranslatedUnit: Sendable, Hashable {
    /// The unit id.
    public var id: String
    /// The line of the `<unit>` or `<trans-unit>` element.
    public var line: Int
    /// The target's content, or nil when the unit has no target.
    public var target: [TargetToken]?

    public init(id: String, line: Int, target: [TargetToken]?) {
        self.id = id
        self.line = line
        self.target = target
    }
}

/// A piece of a target as read: text, a code with the markup it names, or content import cannot use.
public enum TargetToken: Sendable, Hashable {
    case text(String)
    /// A standalone code (`<ph>`, `<x>`).
    case placeholder(TargetCode)
    /// The start of a paired code (`<pc>`, `<sc>`, `<bpt>`, `<g>`).
    case open(TargetCode)
    /// The end of a paired code (`</pc>`, `<ec>`, `<ept>`, `</g>`).
    case close(TargetCode)
    /// An element that is not inline content sxs can import, and why.
    case unusable(element: String, reason: String, line: Int)
}

/// An inline code as read from a target.
public struct TargetCode: Sendable, Hashable {
    /// The code id (for an end, the id of the start it closes).
    public var id: String
    /// The element it was written as (`pc`, `ph`, `sc`, `ec`, `bpt`, `ept`, `g`, `x`).
    public var element: String
    /// The markup it stands for, or nil when it cannot be found.
    public var markup: String?
    /// Why the markup cannot be found (a `dataRef` to missing data), when it cannot.
    public var problem: String?
    /// The line of the element.
    public var line: Int

    public init(id: String, element: String, markup: String?, problem: String? = nil, line: Int) {
        self.id = id
        self.element = element
        self.markup = markup
        self.problem = problem
        self.line = line
    }
}
