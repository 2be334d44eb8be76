import SideBySide
import SxsMarkup

/// The XML form of an ``XLIFFSkeleton``, in the namespace `urn:sxs:xliff-skeleton:1` (prefix `sxs`).
///
/// Bytes are written as text; a character XML 1.0 cannot hold as `<sxs:cp hex="001B"/>`, a byte
/// that is not UTF-8 as `<sxs:byte hex="FF"/>`. A slot is `<sxs:target unit="ID" escape="…"
/// paired="1 3" standalone="2">original target</sxs:target>`. XLIFF 2.0 holds this inside
/// `<skeleton>`; XLIFF 1.2 holds an `<sxs:skeleton>` document of it as the text of `<internal-file>`.
enum SkeletonMarkup {
    static let namespace = "urn:sxs:xliff-skeleton:1"
    static let prefix = "sxs"

    /// Writes the skeleton's pieces as content of the element open in `writer`.
    static func write(_ skeleton: XLIFFSkeleton, into writer: XMLWriter) throws {
        for piece in skeleton.pieces {
            switch piece {
            case .bytes(let bytes):
                try write(bytes, into: writer)
            case .target(let slot):
                try writer.startElement("\(prefix):target", mixedContent: true)
                try writer.attribute("unit", slot.unitID)
                if slot.escaping != .none { try writer.attribute("escape", slot.escaping.rawValue) }
                if !slot.pairedCodes.isEmpty { try writer.attribute("paired", slot.pairedCodes.joined(separator: " ")) }
                if !slot.standaloneCodes.isEmpty { try writer.attribute("standalone", slot.standaloneCodes.joined(separator: " ")) }
                try write(slot.original, into: writer)
                try writer.endElement()
            }
        }
    }

    /// The skeleton as a standalone XML document (for XLIFF 1.2's `<internal-file>`).
    static func document(_ skeleton: XLIFFSkeleton) throws -> String {
        let writer = try XMLWriter(indent: false)
        try writer.startDocument()
        try writer.startElement("\(prefix):skeleton", mixedContent: true)
        try writer.attribute("xmlns:\(prefix)", namespace)
        try write(skeleton, into: writer)
        return String(decoding: try writer.finish(), as: UTF8.self)
    }

    /// Writes `bytes` as text, with elements for what text cannot hold.
    private static func write(_ bytes: [UInt8], into writer: XMLWriter) throws {
        var start = 0
        let invalid = bytes.contains { $0 >= 0x80 || $0 == 0 } ? SourceText(bytes: bytes).invalidUTF8Offsets() : []
        for offset in invalid + [bytes.count] {
            if start < offset {
                try writer.text(String(decoding: bytes[start..<offset], as: UTF8.self), codePointElement: "\(prefix):cp")
            }
            if offset < bytes.count {
                try writer.startElement("\(prefix):byte")
                try writer.attribute("hex", String(bytes[offset], radix: 16, uppercase: true))
                try writer.endElement()
            }
            start = offset + 1
        }
    }

    /// The skeleton held by `container` (the `<skeleton>` or `<sxs:skeleton>` element).
    static func read(_ container: XMLElement) throws -> XLIFFSkeleton {
        var pieces: [XLIFFSkeleton.Piece] = []
        var pending: [UInt8] = []
        for child in container.children {
            if case .element(let element) = child, element.namespace == namespace, element.name == "target" {
                if !pending.isEmpty { pieces.append(.bytes(pending)); pending = [] }
                guard let unit = element.attribute("unit"), !unit.isEmpty else {
                    throw XLIFFReadError(line: element.line, message: "a skeleton <sxs:target> has no unit attribute")
                }
                let escaping = try element.attribute("escape").map { value in
                    guard let escaping = TargetEscaping(rawValue: value) else {
                        throw XLIFFReadError(line: element.line, message: "a skeleton <sxs:target> has an unknown escape '\(value)'")
                    }
                    return escaping
                } ?? TargetEscaping.none
                var original: [UInt8] = []
                for grandchild in element.children { try append(grandchild, to: &original) }
                pieces.append(.target(TargetSlot(
                    unitID: unit, original: original, escaping: escaping,
                    pairedCodes: words(element.attribute("paired")), standaloneCodes: words(element.attribute("standalone")))))
            } else {
                try append(child, to: &pending)
            }
        }
        if !pending.isEmpty { pieces.append(.bytes(pending)) }
        return XLIFFSkeleton(pieces: pieces)
    }

    private static func words(_ value: String?) -> [String] {
        (value ?? "").split(separator: " ").map(String.init)
    }

    /// Appends the bytes `content` stands for: text, a `cp` or a `byte` element.
    private static func append(_ content: XMLContent, to bytes: inout [UInt8]) throws {
        switch content {
        case .text(let text):
            bytes += text.utf8
        case .element(let element):
            guard element.namespace == namespace else {
                throw XLIFFReadError(line: element.line, message: "the skeleton holds an element <\(element.name)> that is not sxs skeleton markup")
            }
            let hex = element.attribute("hex") ?? ""
            switch element.name {
            case "cp":
                guard let scalar = Unicode.Scalar(hex: hex) else {
                    throw XLIFFReadError(line: element.line, message: "skeleton <sxs:cp hex=\"\(hex)\"> is not a Unicode code point")
                }
                bytes += String(scalar).utf8
            case "byte":
                guard hex.count <= 2, let byte = UInt8(hex, radix: 16) else {
                    throw XLIFFReadError(line: element.line, message: "skeleton <sxs:byte hex=\"\(hex)\"> is not a byte")
                }
                bytes.append(byte)
            default:
                throw XLIFFReadError(line: element.line, message: "the skeleton holds an unknown element <sxs:\(element.name)>")
            }
        }
    }
}

/// Why an XLIFF file cannot be imported at all: where, and what is wrong with it.
public struct XLIFFReadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The 1-based line of the problem, 0 when unknown.
    public var line: Int
    /// What is wrong, and why it stops the import.
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "\(line): \(message)" }
}
