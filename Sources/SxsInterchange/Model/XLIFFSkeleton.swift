/// Everything of an article that is not a translatable target, in order, with a slot where each
/// target goes: front matter, Markdown around the pairs, the pairs' tags and their English sources.
///
/// Filling every slot with its original target gives the article back byte for byte. Each slot also
/// keeps its original target, so that a unit that cannot be imported keeps its translation, and the
/// codes its target must hold, so that import can tell a broken target from a changed one.
public struct XLIFFSkeleton: Sendable, Hashable {
    /// A piece of the skeleton.
    public enum Piece: Sendable, Hashable {
        /// Bytes of the article, as they are (they need not be valid UTF-8).
        case bytes([UInt8])
        /// Where a unit's target goes.
        case target(TargetSlot)
    }

    /// The pieces, in file order.
    public var pieces: [Piece]

    public init(pieces: [Piece]) {
        self.pieces = pieces
    }

    /// The slots, in file order.
    public var slots: [TargetSlot] {
        pieces.compactMap { if case .target(let slot) = $0 { slot } else { nil } }
    }

    /// The article with each slot filled by `replacements[unitID]` (bytes as written), else its original target.
    public func assemble(_ replacements: [String: [UInt8]] = [:]) -> [UInt8] {
        var output: [UInt8] = []
        for piece in pieces {
            switch piece {
            case .bytes(let bytes): output += bytes
            case .target(let slot): output += replacements[slot.unitID] ?? slot.original
            }
        }
        return output
    }
}

/// Where a unit's target is written in the article, and what import needs to write a new one there.
public struct TargetSlot: Sendable, Hashable {
    /// The id of the unit whose target fills the slot.
    public var unitID: String
    /// The target's bytes as the article writes them (YAML escapes included).
    public var original: [UInt8]
    /// How a target is written at this place.
    public var escaping: TargetEscaping
    /// The ids of the paired codes a target must hold, each once.
    public var pairedCodes: [String]
    /// The ids of the standalone codes a target must hold, each once.
    public var standaloneCodes: [String]

    public init(unitID: String, original: [UInt8], escaping: TargetEscaping, pairedCodes: [String], standaloneCodes: [String]) {
        self.unitID = unitID
        self.original = original
        self.escaping = escaping
        self.pairedCodes = pairedCodes
        self.standaloneCodes = standaloneCodes
    }
}

/// How target text is written where a slot is.
public enum TargetEscaping: String, Sendable, Hashable {
    /// As it is (Markdown body, plain YAML scalars).
    case none
    /// Inside a double-quoted YAML value: `"` and `\` are escaped with a backslash.
    case yamlDoubleQuoted = "yaml-double-quoted"

    /// `text` as written at such a place.
    public func escape(_ text: String) -> [UInt8] {
        guard self == .yamlDoubleQuoted else { return Array(text.utf8) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { bytes.append(UInt8(ascii: "\\")) }
            bytes.append(byte)
        }
        return bytes
    }

    /// The text that `bytes`, written at such a place, stands for (YAML escapes `\"`, `\\`, `\/` resolved).
    public func unescape(_ bytes: [UInt8]) -> [UInt8] {
        guard self == .yamlDoubleQuoted else { return bytes }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count,
               [UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/")].contains(bytes[index + 1]) {
                output.append(bytes[index + 1])
                index += 2
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return output
    }
}
