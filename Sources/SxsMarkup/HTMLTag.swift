/// A tag that libxml2's HTML parser read in a piece of text, with the bytes it occupies.
///
/// Only tags that are written in the input are reported: the elements libxml2 opens or
/// closes implicitly (an implied `<p>`, the close of an unterminated `<span>` at the end)
/// have no bytes and are left out, so that callers see the markup exactly as written.
public struct HTMLTag: Sendable, Hashable {
    /// What kind of markup the tag is.
    public enum Kind: Sendable, Hashable {
        /// An opening tag such as `<span data-ttu-id="x">`, or a self-closing `<br/>`.
        case start
        /// A closing tag such as `</span>`.
        case end
        /// A comment `<!-- … -->`.
        case comment
    }

    /// Whether the tag opens, closes, or is a comment.
    public var kind: Kind
    /// The element name in lower case (`span`, `a`, `br`); empty for a comment.
    public var name: String
    /// The attributes in document order, values with entities resolved.
    public var attributes: [HTMLAttribute]
    /// Byte offsets of the tag in the text that was tokenized, `<` through `>`.
    public var range: Range<Int>

    public init(kind: Kind, name: String, attributes: [HTMLAttribute] = [], range: Range<Int>) {
        self.kind = kind
        self.name = name
        self.attributes = attributes
        self.range = range
    }

    /// The value of the attribute `name`, if the tag has it.
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }
}

/// One attribute of an HTML tag.
public struct HTMLAttribute: Sendable, Hashable {
    /// The attribute name in lower case.
    public var name: String
    /// The value with entities resolved; empty for an attribute written without a value.
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
