/// A cloud a product runs in, named as `sxs run --cloud` names it.
public enum ProductCloud: String, Sendable, Hashable, CaseIterable {
    /// The worldwide instance (an article's "Partner Center").
    case worldwide
    /// The US Government instance.
    case usgov
    /// The Germany instance.
    case germany

    /// The cloud an "Applies to" entry names, by its id in `procedures.yml` (`partner-center`, `us-government`, `germany`).
    public init?(applicability id: String) {
        switch id {
        case "partner-center", "worldwide": self = .worldwide
        case "us-government", "usgov": self = .usgov
        case "germany": self = .germany
        default: return nil
        }
    }
}

/// What kind of control a product shows, which says how the runner may act on it.
public enum ProductControlKind: String, Sendable, Hashable, CaseIterable {
    case menu, menuItem, button, link, tab, field, option, list, offer, quantity

    /// Whether the control is clicked (rather than typed into).
    public var isActivatable: Bool { self != .field && self != .quantity }
}

/// A control the current page shows: a stable id, its kind, and its labels in one locale (canonical first).
public struct ProductControl: Sendable, Hashable {
    /// The control's id, stable across runs and locales (a scenario names controls by it).
    public var id: String
    public var kind: ProductControlKind
    /// The labels the control is shown with, canonical first, then the accepted alternatives.
    public var labels: [String]
    /// Whether an option or offer is currently selected.
    public var isSelected: Bool

    public init(id: String, kind: ProductControlKind, labels: [String], isSelected: Bool = false) {
        self.id = id
        self.kind = kind
        self.labels = labels
        self.isSelected = isSelected
    }
}

/// Something the current page shows to read or copy: an id, its caption in the locale, its value.
public struct ProductOutput: Sendable, Hashable {
    public var id: String
    public var caption: String
    public var value: String

    public init(id: String, caption: String, value: String) {
        self.id = id
        self.caption = caption
        self.value = value
    }
}

/// An action the product refused, with its message in the run's locale.
public struct ProductActionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The product's message, localized.
    public var message: String

    public init(message: String) { self.message = message }
    public var description: String { message }
}

/// A product's UI as a runner drives it: the current page, its controls, and the actions a user takes.
///
/// Every method takes the run's locale (`zh-CN`) so that labels and error messages are the ones a
/// reader of the article in that locale sees.
public protocol ProductSession: AnyObject {
    /// The id of the current page.
    var currentPageID: String { get }
    /// The current page's titles in `locale`, canonical first.
    func pageTitles(in locale: String) -> [String]
    /// The controls the current page shows, in display order.
    func visibleControls(in locale: String) -> [ProductControl]
    /// What the current page shows to read or copy.
    func outputs(in locale: String) -> [ProductOutput]
    /// Clicks the control `id` of the current page.
    func activate(_ id: String, in locale: String) throws(ProductActionError)
    /// Types `value` into the field or quantity `id` of the current page.
    func enter(_ value: String, into id: String, in locale: String) throws(ProductActionError)
}

/// Makes a fresh product session for one run, with the scenario's starting data already in place.
public protocol ProductSessionFactory: Sendable {
    /// A session signed in to `cloud`, showing its first page, with `scenario.setup` applied.
    func makeSession(cloud: ProductCloud, scenario: Scenario) throws -> any ProductSession
}
