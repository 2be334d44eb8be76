/// A piece of markup of a segment that a translator must keep: written in XLIFF as an inline code
/// that carries the markup's original bytes, so that import can write them back exactly.
public struct InlineCode: Sendable, Hashable {
    /// Whether the markup surrounds text (`**…**`, `[…](url)`, `<b>…</b>`) or stands alone (an image, `<br/>`).
    public enum Kind: String, Sendable, Hashable {
        case paired, standalone
    }

    /// What the markup does, which gives the code's `type`/`subType` (2.0) or `ctype` (1.2).
    public enum Role: String, Sendable, Hashable {
        case bold, italic, strikethrough, link, image, code, html, entity, escape, lineBreak
        /// A character XML 1.0 cannot hold (a C0 control), kept as a code so that it survives.
        case character
    }

    /// The code's id within its unit (`1`, `2`…): the same in source and target for the same markup.
    public var id: String
    /// Paired or standalone.
    public var kind: Kind
    /// What the markup does.
    public var role: Role
    /// The markup as written: all of a standalone code, the opening of a paired one (`**`, `[`).
    public var start: String
    /// The closing markup of a paired code (`**`, `](url)`); empty for a standalone one.
    public var end: String

    public init(id: String, kind: Kind, role: Role, start: String, end: String = "") {
        self.id = id
        self.kind = kind
        self.role = role
        self.start = start
        self.end = end
    }
}

/// A piece of a segment's text as XLIFF content: text, or a reference to one of the unit's inline codes.
public enum CodedToken: Sendable, Hashable {
    /// Text as written in the Markdown (a translator may change it).
    case text(String)
    /// A standalone code, by id.
    case placeholder(String)
    /// The start of a paired code, by id; what follows up to its ``close(_:)`` is inside it.
    case open(String)
    /// The end of a paired code, by id.
    case close(String)
}

extension Unicode.Scalar {
    /// Whether XML 1.0 can hold the character (tab, LF, CR, and U+0020 up, less U+FFFE and U+FFFF).
    var isXMLCharacter: Bool {
        switch value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}

extension String {
    /// Whether every character can be written in XML 1.0.
    var isXMLText: Bool { unicodeScalars.allSatisfy(\.isXMLCharacter) }

    /// The text cut into runs XML can hold and single characters it cannot, in order.
    var xmlRuns: [XMLRun] {
        if isXMLText { return isEmpty ? [] : [.text(self)] }
        var runs: [XMLRun] = []
        var current = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if scalar.isXMLCharacter {
                current.append(scalar)
            } else {
                if !current.isEmpty { runs.append(.text(String(current))); current = String.UnicodeScalarView() }
                runs.append(.character(scalar))
            }
        }
        if !current.isEmpty { runs.append(.text(String(current))) }
        return runs
    }
}

/// A run of text as XML writes it: characters it can hold, or one it cannot (written as a code point element).
enum XMLRun: Hashable {
    case text(String)
    case character(Unicode.Scalar)
}

extension Unicode.Scalar {
    /// The code point in upper-case hexadecimal, at least four digits (`001B`), as `<cp hex>` writes it.
    var hex: String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// The scalar a `<cp hex>` value names, if any.
    init?(hex: String) {
        guard !hex.isEmpty, hex.count <= 6, let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else { return nil }
        self = scalar
    }
}
