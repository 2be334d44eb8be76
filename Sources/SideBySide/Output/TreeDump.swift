/// A readable, indented dump of a parsed article (`sxs parse --format tree`).
public enum TreeDump {
    public static func text(of document: SxsDocument) -> String {
        var lines: [String] = ["\(document.path)"]
        if let matter = document.frontMatter {
            lines.append("  frontMatter \(position(matter.range)) \(matter.entries.count) entries")
            for entry in matter.entries {
                let marker = entry.isTranslatedInPlace ? " (translated in place)" : ""
                lines.append("    \(entry.key): \(quoted(entry.value.text))\(marker)")
            }
        }
        for pair in document.segments where pair.blockKind == "frontMatter" {
            dumpPair(pair, indent: "    ", into: &lines)
        }
        for block in document.blocks { dump(block, document: document, depth: 1, into: &lines) }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func dump(_ block: Block, document: SxsDocument, depth: Int, into lines: inout [String]) {
        let indent = String(repeating: "  ", count: depth)
        var label = block.kind.name
        switch block.kind {
        case .heading(let level, let anchor): label += " h\(level)" + (anchor.map { " #\($0)" } ?? "")
        case .list(let ordered, let start, _): label += ordered ? " ordered from \(start)" : " bullet"
        case .listItem(let ordinal): if let ordinal { label += " \(ordinal)." }
        case .alert(let kind, let style): label += " \(kind) (\(style.rawValue))"
        case .table(let columns): label += " \(columns) columns"
        case .tableRow(let header): if header { label += " header" }
        case .codeBlock(let info): if !info.isEmpty { label += " \(info)" }
        default: break
        }
        lines.append("\(indent)\(label) \(position(block.range))")
        for index in block.segmentIndices { dumpPair(document.segments[index], indent: indent + "  ", into: &lines) }
        for child in block.children { dump(child, document: document, depth: depth + 1, into: &lines) }
    }

    private static func dumpPair(_ pair: SegmentPair, indent: String, into lines: inout [String]) {
        lines.append("\(indent)pair \(pair.id) \(pair.range.start.line):\(pair.range.start.column)")
        lines.append("\(indent)  target \(quoted(pair.target.text))\(inlineSummary(pair.target.inlines))")
        if let source = pair.source {
            lines.append("\(indent)  source \(quoted(source.text))\(inlineSummary(source.inlines))")
        } else {
            lines.append("\(indent)  source (missing)")
        }
    }

    private static func inlineSummary(_ inlines: [Inline]) -> String {
        var parts: [String] = []
        func visit(_ inline: Inline) {
            switch inline.kind {
            case .strong: parts.append("strong \(quoted(inline.plainText))")
            case .emphasis: parts.append("emphasis \(quoted(inline.plainText))")
            case .link(let destination, _): parts.append("link \(quoted(inline.plainText)) -> \(destination)")
            case .image(let destination, _): parts.append("image \(destination)")
            case .code(let code): parts.append("code \(quoted(code))")
            case .html(let html): parts.append("html \(quoted(html))")
            case .entity(let raw, _): parts.append("entity \(raw)")
            case .escape(let character): parts.append("escape \\\(character)")
            default: inline.children.forEach(visit)
            }
        }
        inlines.forEach(visit)
        return parts.isEmpty ? "" : "  [" + parts.joined(separator: "; ") + "]"
    }

    private static func position(_ range: SourceRange) -> String {
        "\(range.start.line):\(range.start.column)-\(range.end.line):\(range.end.column)"
    }

    private static func quoted(_ text: String) -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\n", "\r\n": result += "\\n"
            case "\r": result += "\\r"
            case "\"": result += "\\\""
            default: result.append(character)
            }
        }
        return result + "\""
    }
}
