import SideBySide

/// Renders the inlines of a ``ProcedureText`` as Markdown or as escaped HTML, without pair markup.
enum InlineRendering {
    /// The paragraph as one line of Markdown: bold, links, code and emphasis kept; raw HTML dropped.
    static func markdown(_ text: ProcedureText) -> String {
        collapse(text.inlines.map(markdown).joined())
    }

    private static func markdown(_ inline: Inline) -> String {
        let inner = { inline.children.map(markdown).joined() }
        switch inline.kind {
        case .text(let text): return escapeMarkdown(text)
        case .entity(_, let decoded): return escapeMarkdown(decoded)
        case .escape(let character): return "\\" + character
        case .code(let code): return code.contains("`") ? "`` \(code) ``" : "`\(code)`"
        case .softBreak, .lineBreak: return " "
        case .html: return ""
        case .strong: return "**" + inner().trimmingWhitespace + "**"
        case .emphasis: return "*" + inner() + "*"
        case .strikethrough: return "~~" + inner() + "~~"
        case .link(let destination, _): return "[" + inner() + "](" + destination + ")"
        case .image(let destination, _): return "![" + inner() + "](" + destination + ")"
        }
    }

    /// Text with the characters that would start markup escaped; `]` only before `(`, where it could end a link.
    private static func escapeMarkdown(_ text: String) -> String {
        var result = ""
        var characters = text.makeIterator()
        var next = characters.next()
        while let character = next {
            next = characters.next()
            if "\\*_`<".contains(character) || (character == "]" && next == "(") { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// The paragraph as HTML: bold as `<strong class="ui">`, links, code and emphasis; raw HTML dropped.
    static func html(_ text: ProcedureText) -> String {
        collapse(text.inlines.map(html).joined())
    }

    private static func html(_ inline: Inline) -> String {
        let inner = { inline.children.map(html).joined() }
        switch inline.kind {
        case .text, .entity, .escape: return escapeHTML(inline.plainText)
        case .code(let code): return "<code>" + escapeHTML(code) + "</code>"
        case .softBreak, .lineBreak: return " "
        case .html: return ""
        case .strong: return "<strong class=\"ui\">" + inner().trimmingWhitespace + "</strong>"
        case .emphasis: return "<em>" + inner() + "</em>"
        case .strikethrough: return "<s>" + inner() + "</s>"
        case .link(let destination, _): return "<a href=\"" + escapeHTML(destination) + "\">" + inner() + "</a>"
        case .image(_, _): return escapeHTML(inline.plainText)
        }
    }

    /// Text with `&`, `<`, `>` and `"` escaped for HTML.
    static func escapeHTML(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }

    /// The text on one line: runs of white space made one space, ends trimmed.
    static func collapse(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in text {
            if character == " " || character == "\n" || character == "\r" || character == "\t" {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }
}
