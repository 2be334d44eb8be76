/// An inline element of a segment's text: text, a UI label in bold, a link, code, raw HTML…
public struct Inline: Sendable, Hashable {
    /// What the element is, with the data that kind carries.
    public var kind: InlineKind
    /// Where the element is written in the file.
    public var range: SourceRange
    /// Nested elements (the text of a strong, the text of a link).
    public var children: [Inline]

    public init(kind: InlineKind, range: SourceRange, children: [Inline] = []) {
        self.kind = kind
        self.range = range
        self.children = children
    }

    /// The plain text of the element: text, entities and escapes resolved, markup dropped.
    public var plainText: String {
        switch kind {
        case .text(let text), .code(let text): return text
        case .entity(_, let decoded): return decoded
        case .escape(let character): return character
        case .softBreak: return " "
        case .lineBreak: return "\n"
        case .html: return ""
        default: return children.map(\.plainText).joined()
        }
    }
}

/// The kinds of inline elements.
public enum InlineKind: Sendable, Hashable {
    /// Literal text.
    case text(String)
    /// `**bold**`: in these articles, usually a UI label.
    case strong
    /// `*emphasis*`.
    case emphasis
    /// `~~struck~~`.
    case strikethrough
    /// `[text](destination "title")`.
    case link(destination: String, title: String)
    /// `![alt](destination "title")`; the alt text is in the children.
    case image(destination: String, title: String)
    /// `` `code` ``, without its backticks.
    case code(String)
    /// Raw inline HTML as written: `<br/>`, `<a name="x"></a>`, `<strong>`.
    case html(String)
    /// A character reference such as `&amp;` (as written) and the text it stands for.
    case entity(raw: String, decoded: String)
    /// A backslash escape such as `\|`: the character it keeps literal.
    case escape(String)
    /// A line ending inside a paragraph.
    case softBreak
    /// A hard line break (two spaces or a backslash before the line ending).
    case lineBreak

    /// A short stable name of the kind, as used in JSON (`text`, `strong`, `link`…).
    public var name: String {
        switch self {
        case .text: "text"
        case .strong: "strong"
        case .emphasis: "emphasis"
        case .strikethrough: "strikethrough"
        case .link: "link"
        case .image: "image"
        case .code: "code"
        case .html: "html"
        case .entity: "entity"
        case .escape: "escape"
        case .softBreak: "softBreak"
        case .lineBreak: "lineBreak"
        }
    }
}
