/// The JSON form of a parsed article (`sxs parse --format json`); the README documents the schema.
public enum DocumentJSON {
    /// Version of the schema; raised when a field changes meaning or disappears.
    public static let schemaVersion = 1

    public static func value(of document: SxsDocument) -> JSONValue {
        .object([
            ("schemaVersion", .int(schemaVersion)),
            ("path", .string(document.path)),
            ("lineEndings", lineEndings(document.lineEndings)),
            ("frontMatter", document.frontMatter.map(frontMatter) ?? .null),
            ("blocks", .array(document.blocks.map(block))),
            ("segments", .array(document.segments.map(segment))),
            ("diagnostics", .array(document.diagnostics.map(diagnostic))),
        ])
    }

    static func lineEndings(_ endings: LineEndings) -> JSONValue {
        .object([("crlf", .int(endings.crlf)), ("lf", .int(endings.lf)), ("cr", .int(endings.cr)),
                 ("mixed", .bool(endings.isMixed))])
    }

    static func location(_ location: SourceLocation) -> JSONValue {
        .object([("line", .int(location.line)), ("column", .int(location.column)), ("offset", .int(location.offset))])
    }

    static func range(_ range: SourceRange) -> JSONValue {
        .object([("start", location(range.start)), ("end", location(range.end))])
    }

    static func frontMatter(_ frontMatter: FrontMatter) -> JSONValue {
        func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
        return .object([
            ("raw", .string(frontMatter.raw)),
            ("range", range(frontMatter.range)),
            ("entries", .array(frontMatter.entries.map { entry in
                .object([("key", .string(entry.key)), ("value", frontMatterValue(entry.value)),
                         ("line", .int(entry.line)), ("translatedInPlace", .bool(entry.isTranslatedInPlace))])
            })),
            ("contentLocale", optional(frontMatter.contentLocale)),
            ("translationType", optional(frontMatter.translationType?.rawValue)),
            ("openLocFileHash", optional(frontMatter.openLocFileHash)),
            ("sourceGitCommit", optional(frontMatter.sourceGitCommit)),
            ("lastHandoff", optional(frontMatter.lastHandoff)),
            ("locFileId", optional(frontMatter.locFileID)),
            ("assetId", optional(frontMatter.assetID)),
        ])
    }

    static func frontMatterValue(_ value: FrontMatterValue) -> JSONValue {
        switch value {
        case .scalar(let text): return .string(text)
        case .list(let items): return .array(items.map(frontMatterValue))
        case .mapping(let pairs): return .object(pairs.map { ($0.0, frontMatterValue($0.1)) })
        }
    }

    static func block(_ block: Block) -> JSONValue {
        var members: [(String, JSONValue)] = [("kind", .string(block.kind.name)), ("range", range(block.range))]
        switch block.kind {
        case .heading(let level, let anchor):
            members.append(("level", .int(level)))
            members.append(("anchor", anchor.map(JSONValue.string) ?? .null))
        case .list(let ordered, let start, let tight):
            members += [("ordered", .bool(ordered)), ("start", .int(start)), ("tight", .bool(tight))]
        case .listItem(let ordinal):
            members.append(("ordinal", ordinal.map(JSONValue.int) ?? .null))
        case .table(let columns): members.append(("columns", .int(columns)))
        case .tableRow(let isHeader): members.append(("header", .bool(isHeader)))
        case .alert(let kind, let style):
            members += [("alert", .string(kind)), ("style", .string(style.rawValue))]
        case .codeBlock(let info): members.append(("info", .string(info)))
        default: break
        }
        if !block.segmentIndices.isEmpty { members.append(("segments", .array(block.segmentIndices.map(JSONValue.int)))) }
        if !block.children.isEmpty { members.append(("children", .array(block.children.map(self.block)))) }
        return .object(members)
    }

    static func segment(_ pair: SegmentPair) -> JSONValue {
        .object([
            ("id", .string(pair.id.raw)),
            ("prefix", .string(pair.id.prefix)),
            ("number", pair.id.number.map(JSONValue.int) ?? .null),
            ("sourceId", pair.sourceID.map { .string($0.raw) } ?? .null),
            ("target", .string(pair.target.text)),
            ("source", pair.source.map { .string($0.text) } ?? .null),
            ("line", .int(pair.range.start.line)),
            ("column", .int(pair.range.start.column)),
            ("range", range(pair.range)),
            ("block", .string(pair.blockKind)),
            ("targetRange", range(pair.target.range)),
            ("sourceRange", pair.source.map { range($0.range) } ?? .null),
            ("targetInlines", .array(pair.target.inlines.map(inline))),
            ("sourceInlines", pair.source.map { .array($0.inlines.map(inline)) } ?? .null),
        ])
    }

    static func inline(_ inline: Inline) -> JSONValue {
        var members: [(String, JSONValue)] = [("kind", .string(inline.kind.name))]
        switch inline.kind {
        case .text(let text), .code(let text), .html(let text): members.append(("text", .string(text)))
        case .escape(let character): members.append(("text", .string(character)))
        case .entity(let raw, let decoded): members += [("raw", .string(raw)), ("text", .string(decoded))]
        case .link(let destination, let title), .image(let destination, let title):
            members += [("destination", .string(destination)), ("title", .string(title))]
        default: break
        }
        members.append(("line", .int(inline.range.start.line)))
        members.append(("column", .int(inline.range.start.column)))
        if !inline.children.isEmpty { members.append(("children", .array(inline.children.map(self.inline)))) }
        return .object(members)
    }

    static func diagnostic(_ diagnostic: Diagnostic) -> JSONValue {
        .object([("severity", .string(diagnostic.severity.rawValue)), ("code", .string(diagnostic.code)),
                 ("message", .string(diagnostic.message)), ("line", .int(diagnostic.location.line)),
                 ("column", .int(diagnostic.location.column))])
    }
}
