import SideBySide

/// A procedure of an article: a title, the clouds it applies to, context, numbered steps and result.
public struct Procedure: Sendable, Hashable {
    /// The heading or bold paragraph that introduces the steps (nil when none precedes them).
    public var title: ProcedureText?
    /// The clouds of the article's "Applies to" list, in order.
    public var appliesTo: [Applicability]
    /// The heading of that list as written on this side (`适用于`), or nil when the article has none.
    public var appliesToHeading: String?
    /// The paragraphs between the title and the steps.
    public var context: [ProcedureText]
    /// The steps, in order (a list split by an alert is joined back into one).
    public var steps: [ProcedureStep]
    /// The paragraphs after the steps, up to the next heading or procedure title.
    public var result: [ProcedureText]
    /// The alerts after the steps.
    public var notes: [ProcedureNote]
    /// Where the steps are written, from the first list item to the last.
    public var range: SourceRange

    public init(title: ProcedureText?, appliesTo: [Applicability], appliesToHeading: String? = nil, context: [ProcedureText],
                steps: [ProcedureStep], result: [ProcedureText], notes: [ProcedureNote], range: SourceRange) {
        self.title = title
        self.appliesTo = appliesTo
        self.appliesToHeading = appliesToHeading
        self.context = context
        self.steps = steps
        self.result = result
        self.notes = notes
        self.range = range
    }

    /// Every step, substeps after their parent, depth first.
    public var allSteps: [ProcedureStep] {
        // Most procedures have no substeps: their steps are all of them, shared rather than copied one by one.
        guard steps.contains(where: { !$0.substeps.isEmpty }) else { return steps }
        var all: [ProcedureStep] = []
        func add(_ steps: [ProcedureStep]) {
            for step in steps {
                all.append(step)
                add(step.substeps)
            }
        }
        add(steps)
        return all
    }
}

/// One entry of an article's "Applies to" list: the cloud as written and, when known, its id.
public struct Applicability: Sendable, Hashable {
    /// The entry as written (`美国政府 Microsoft 云合作伙伴中心`).
    public var label: String
    /// The cloud's stable id from the locale data (`us-government`), or nil when the name is not known.
    public var cloud: String?

    public init(label: String, cloud: String?) {
        self.label = label
        self.cloud = cloud
    }
}

/// An alert (note, important, tip…) attached to a step or a procedure.
public struct ProcedureNote: Sendable, Hashable {
    /// The alert's kind in upper case (`NOTE`, `IMPORTANT`).
    public var kind: String
    /// The alert's paragraphs.
    public var paragraphs: [ProcedureText]

    public init(kind: String, paragraphs: [ProcedureText]) {
        self.kind = kind
        self.paragraphs = paragraphs
    }
}

/// A paragraph of one side of an article: its inlines with file ranges and the segments they came from.
public struct ProcedureText: Sendable, Hashable {
    /// The inlines, with ranges in the article's file; pair markup is gone, only one side's text is left.
    public var inlines: [Inline]
    /// Where the paragraph is written in the file.
    public var range: SourceRange
    /// The file ranges of the segment texts the paragraph holds, with their ids, in order.
    public var segments: [SegmentSpan]

    public init(inlines: [Inline], range: SourceRange, segments: [SegmentSpan]) {
        self.inlines = inlines
        self.range = range
        self.segments = segments
    }

    /// The text without markup, whitespace at both ends trimmed.
    public var plainText: String {
        inlines.map(\.plainText).joined().trimmingWhitespace
    }

    /// The id of the segment whose text holds byte `offset`, or nil outside every segment.
    public func segmentID(at offset: Int) -> SegmentID? {
        segments.first { $0.offsets.contains(offset) }?.id
    }
}

/// The span of one segment's text in a paragraph of one side.
public struct SegmentSpan: Sendable, Hashable {
    /// The segment's id.
    public var id: SegmentID
    /// The byte offsets of the side's text in the file.
    public var offsets: Range<Int>

    public init(id: SegmentID, offsets: Range<Int>) {
        self.id = id
        self.offsets = offsets
    }
}

extension StringProtocol {
    /// The text without white space (including ideographic spaces and line endings) at either end.
    var trimmingWhitespace: String { UTF8Text.trimmingWhitespace(self) }
}
