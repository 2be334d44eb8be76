import SideBySide

/// One thing a step asks the user to do or to see, recognised from its text, in text order.
public struct StepAction: Sendable, Hashable {
    /// What kind of action it is.
    public var kind: ActionKind
    /// The UI element it acts on, when the text names one as a label; nil for an action found by its phrase only.
    public var ui: UIReference?
    /// The text the action was recognised from: the label, or the phrase as written (`enter the number of licenses`).
    public var text: String
    /// The segment the action was written in, or nil in an article without pairs.
    public var segmentID: SegmentID?
    /// Where that text is in the file.
    public var range: SourceRange

    public init(kind: ActionKind, ui: UIReference?, text: String, segmentID: SegmentID?, range: SourceRange) {
        self.kind = kind
        self.ui = ui
        self.text = text
        self.segmentID = segmentID
        self.range = range
    }
}

/// The kinds of actions a step can hold.
public enum ActionKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// Open a menu (a menu followed by its item is one ``select`` with a cascade instead).
    case openMenu
    /// Select a menu item, button, link, tab or option.
    case select
    /// Be on a page: "On the **X** page" asserts where the user is.
    case assertPage
    /// Enter a value in a field (a name, a quantity).
    case enterValue
    /// Choose one or more entries from a list (offers, a customer).
    case chooseFromList
    /// Check what is shown (check the entries for accuracy).
    case verify
    /// Keep something the UI shows (copy the admin user name and password).
    case captureOutput
    /// Do something outside the UI (send the e-mail).
    case external
    /// A statement with nothing to do (what will happen).
    case informational
}
