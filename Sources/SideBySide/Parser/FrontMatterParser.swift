import Yams

/// Finds and reads the YAML front matter at the start of an article.
struct FrontMatterParser {
    /// The front matter (if any), the offset where the body starts, and any diagnostics.
    struct Result {
        var frontMatter: FrontMatter?
        var bodyStart: Int
        var diagnostics: [Diagnostic]
    }

    func parse(_ source: SourceText) -> Result {
        let bytes = source.bytes
        guard isFence(line: 1, in: source, allowDots: false) else {
            return Result(frontMatter: nil, bodyStart: 0, diagnostics: [])
        }
        var line = 2
        while line <= source.lineStarts.count {
            if isFence(line: line, in: source, allowDots: true) { break }
            line += 1
        }
        guard line <= source.lineStarts.count, source.lineStarts[line - 1] < bytes.count else {
            let diagnostic = Diagnostic(
                severity: .warning, code: DiagnosticCode.frontMatter,
                message: "the file starts with '---' but no closing '---' line follows, so it has no front matter: the line is read as a thematic break",
                location: source.location(line: 1, column: 1))
            return Result(frontMatter: nil, bodyStart: 0, diagnostics: [diagnostic])
        }
        let bodyStart = line < source.lineStarts.count ? source.lineStarts[line] : bytes.count
        let range = source.range(0..<bodyStart)
        let raw = source.string(0..<bodyStart)
        let yamlStart = source.lineStarts[1]
        let yamlEnd = source.lineStarts[line - 1]
        let yaml = source.string(yamlStart..<yamlEnd)
        var diagnostics: [Diagnostic] = []
        var entries: [FrontMatterEntry] = []
        if let simple = Self.simpleEntries(of: yaml) {
            return Result(frontMatter: FrontMatter(raw: raw, range: range, entries: simple),
                          bodyStart: bodyStart, diagnostics: [])
        }
        do {
            // Values are kept as text: the basic resolver tags no scalar, which spares a regex per value.
            if let node = try Yams.compose(yaml: yaml, .basic, .default, .utf8) {
                if case .mapping(let mapping) = node {
                    for (key, value) in mapping {
                        let keyLine = (key.mark?.line ?? 1) + 1
                        entries.append(FrontMatterEntry(key: key.string ?? "\(key)", value: Self.value(of: value), line: keyLine))
                    }
                } else {
                    diagnostics.append(Diagnostic(
                        severity: .error, code: DiagnosticCode.frontMatter,
                        message: "front matter is not a mapping of keys to values, so no metadata can be read from it",
                        location: source.location(line: 2, column: 1)))
                }
            }
        } catch let error as YamlError {
            diagnostics.append(Self.diagnostic(for: error, in: source))
        } catch {
            diagnostics.append(Diagnostic(severity: .error, code: DiagnosticCode.frontMatter,
                                          message: "front matter is not valid YAML: \(error)",
                                          location: source.location(line: 2, column: 1)))
        }
        return Result(frontMatter: FrontMatter(raw: raw, range: range, entries: entries),
                      bodyStart: bodyStart, diagnostics: diagnostics)
    }

    /// Whether line `line` is `---` (or `...` when closing), ignoring trailing blanks.
    private func isFence(line: Int, in source: SourceText, allowDots: Bool) -> Bool {
        guard line <= source.lineStarts.count else { return false }
        let start = source.lineStarts[line - 1]
        var end = source.lineContentEnd(line)
        while end > start, source.bytes[end - 1] == 32 || source.bytes[end - 1] == 9 { end -= 1 }
        guard end - start == 3 else { return false }
        let bytes = source.bytes
        if bytes[start] == 45, bytes[start + 1] == 45, bytes[start + 2] == 45 { return true }
        return allowDots && bytes[start] == 46 && bytes[start + 1] == 46 && bytes[start + 2] == 46
    }

    /// The entries of front matter written in the plain subset of YAML that articles use, read
    /// without Yams; nil when any line is outside that subset (Yams reads it then).
    ///
    /// The subset: every line is blank or `key: value` at the start of the line, the key made of ASCII
    /// letters, digits, `.`, `_` and `-` (a letter first), the value either a plain scalar that
    /// starts with no YAML indicator and holds no `: `, ` #` or trailing `:`, or a double-quoted
    /// scalar with no escapes. Values hold printable characters only (no tab, no control, no
    /// character libyaml reads as a line break, none outside the Basic Multilingual Plane), keys
    /// are unique. YAML reads such a line as exactly the key and the value, trailing blanks of a
    /// plain value dropped, so the entries are those Yams would give.
    static func simpleEntries(of yaml: String) -> [FrontMatterEntry]? {
        var yaml = yaml
        return yaml.withUTF8 { bytes -> [FrontMatterEntry]? in
            var entries: [FrontMatterEntry] = []
            var keys = Set<String>()
            var lineStart = 0, line = 2
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 10, bytes[lineEnd] != 13 { lineEnd += 1 }
                let text = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
                // A blank line between entries is no part of either.
                if !text.allSatisfy({ $0 == 32 }) {
                    guard let entry = simpleEntry(text, line: line), keys.insert(entry.key).inserted else { return nil }
                    entries.append(entry)
                }
                if lineEnd + 1 < bytes.count, bytes[lineEnd] == 13, bytes[lineEnd + 1] == 10 { lineEnd += 1 }
                lineStart = lineEnd + 1
                line += 1
            }
            return entries.isEmpty ? nil : entries
        }
    }

    /// One `key: value` line of the subset ``simpleEntries(of:)`` reads, or nil.
    private static func simpleEntry(_ text: UnsafeBufferPointer<UInt8>, line: Int) -> FrontMatterEntry? {
        func isKeyByte(_ byte: UInt8) -> Bool {
            (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57)
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
        }
        guard let first = text.first, (first >= 97 && first <= 122) || (first >= 65 && first <= 90),
              let colon = text.firstIndex(where: { !isKeyByte($0) }), colon <= 100, text[colon] == UInt8(ascii: ":"),
              colon + 1 < text.count, text[colon + 1] == 32 else { return nil }
        var start = colon + 1
        while start < text.count, text[start] == 32 { start += 1 }
        var end = text.count
        while end > start, text[end - 1] == 32 { end -= 1 }
        guard start < end, isPrintable(UnsafeBufferPointer(rebasing: text[start..<end])) else { return nil }
        let value: UnsafeBufferPointer<UInt8>
        if text[start] == UInt8(ascii: "\"") {
            // Double-quoted, closed at the end of the line, nothing to unescape.
            guard end - start >= 2, text[end - 1] == UInt8(ascii: "\""),
                  !text[(start + 1)..<(end - 1)].contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") })
            else { return nil }
            value = UnsafeBufferPointer(rebasing: text[(start + 1)..<(end - 1)])
        } else {
            // Plain: no indicator first, no comment, no mapping value inside.
            guard !"-?:,[]{}#&*!|>'%@`".utf8.contains(text[start]) else { return nil }
            for index in start..<end {
                let byte = text[index]
                if byte == UInt8(ascii: ":"), index + 1 == end || text[index + 1] == 32 { return nil }
                if byte == UInt8(ascii: "#"), text[index - 1] == 32 { return nil }
            }
            value = UnsafeBufferPointer(rebasing: text[start..<end])
        }
        return FrontMatterEntry(key: String(decoding: UnsafeBufferPointer(rebasing: text[..<colon]), as: UTF8.self),
                                value: .scalar(String(decoding: value, as: UTF8.self)), line: line)
    }

    /// Whether `text` holds only characters libyaml reads as printable and not as a break:
    /// ASCII from space to `~`, and two- or three-byte UTF-8 from U+00A0 on, less U+2028,
    /// U+2029, U+FEFF, U+FFFE and U+FFFF.
    private static func isPrintable(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < text.count {
            let byte = text[index]
            if byte < 0x80 {
                guard byte >= 0x20, byte <= 0x7E else { return false }
                index += 1
                continue
            }
            let length: Int
            switch byte {
            case 0xC2:
                guard index + 1 < text.count, text[index + 1] >= 0xA0 else { return false }
                length = 2
            case 0xC3...0xDF: length = 2
            case 0xE2:
                guard index + 2 < text.count, !(text[index + 1] == 0x80 && (text[index + 2] == 0xA8 || text[index + 2] == 0xA9))
                else { return false }
                length = 3
            case 0xEF:
                guard index + 2 < text.count, !(text[index + 1] == 0xBB && text[index + 2] == 0xBF),
                      !(text[index + 1] == 0xBF && text[index + 2] >= 0xBE) else { return false }
                length = 3
            case 0xE0...0xEE: length = 3
            default: return false
            }
            index += length
        }
        return true
    }

    private static func value(of node: Node) -> FrontMatterValue {
        switch node {
        case .scalar(let scalar): return .scalar(scalar.string)
        case .sequence(let sequence): return .list(sequence.map { value(of: $0) })
        case .mapping(let mapping): return .mapping(mapping.map { ($0.key.string ?? "", value(of: $0.value)) })
        case .alias: return .scalar("")
        }
    }

    private static func diagnostic(for error: YamlError, in source: SourceText) -> Diagnostic {
        var line = 2, column = 1
        var message = "front matter is not valid YAML"
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _):
            line = mark.line + 1
            column = mark.column
            message += ": \(problem)" + (context.map { " \($0.text)" } ?? "")
        default:
            message += ": \(error)"
        }
        return Diagnostic(severity: .error, code: DiagnosticCode.frontMatter,
                          message: message + "; the metadata (ms.* keys) cannot be read",
                          location: source.location(line: line, column: column))
    }
}
