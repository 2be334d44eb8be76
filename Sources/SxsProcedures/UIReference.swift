import SideBySide

/// A UI element a step names, with the label exactly as the article writes it and where.
public struct UIReference: Sendable, Hashable {
    /// The label as written, without its markup (`Customers`, `顧客`); for a cascade, its last item.
    public var label: String
    /// What kind of control the label names.
    public var control: ControlKind
    /// For a menu cascade, every label from the menu to the item (`["Dashboard", "Customers"]`); else just the label.
    public var path: [String]
    /// The segment the label was written in, or nil in an article without pairs.
    public var segmentID: SegmentID?
    /// Where the label is written in the file (for a cascade, the item's label).
    public var range: SourceRange

    public init(label: String, control: ControlKind, path: [String]? = nil, segmentID: SegmentID?, range: SourceRange) {
        self.label = label
        self.control = control
        self.path = path ?? [label]
        self.segmentID = segmentID
        self.range = range
    }

    /// Whether the reference is a menu cascade of two or more labels.
    public var isCascade: Bool { path.count > 1 }
}

/// The kinds of UI controls a label can name.
public enum ControlKind: String, Sendable, Hashable, CaseIterable {
    case menu, menuItem, button, link, tab, option, page, field, list
}
