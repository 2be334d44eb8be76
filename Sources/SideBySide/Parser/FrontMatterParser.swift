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
        do {
            // Values are kept as text: the basic resolver tags no scalar, which spares a regex per value.
            // No value is constructed from the nodes (their strings are read), so the constructor
            // needs no maps; `.default` built its three dictionaries of closures for every file.
            if let node = try Yams.compose(yaml: yaml, .basic, Constructor([:], [:], [:]), .utf8) {
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
