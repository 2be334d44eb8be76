import SideBySide

/// A problem a check rule found: which rule, how serious, where, and what is wrong.
public struct Finding: Sendable, Hashable {
    /// The stable id of the rule that found it (`number-mismatch`).
    public var ruleID: String
    /// How serious it is; `error` makes `sxs check` exit with 1.
    public var severity: Diagnostic.Severity
    /// The family of the rule.
    public var category: RuleCategory
    /// What is wrong, and why it matters.
    public var message: String
    /// More about it: the other places of a corpus-wide inconsistency, a word diff…
    public var notes: [String]
    /// The article the finding is in.
    public var path: String
    /// Where: the start of the segment pair (or of the front matter, or of the file).
    public var location: SourceLocation
    /// The id of the pair concerned, if one is.
    public var segmentID: String?
    /// The translation of that pair.
    public var target: String?
    /// The English source of that pair.
    public var source: String?

    public init(ruleID: String, severity: Diagnostic.Severity, category: RuleCategory, message: String,
                notes: [String] = [], path: String, location: SourceLocation, segmentID: String? = nil,
                target: String? = nil, source: String? = nil) {
        self.ruleID = ruleID
        self.severity = severity
        self.category = category
        self.message = message
        self.notes = notes
        self.path = path
        self.location = location
        self.segmentID = segmentID
        self.target = target
        self.source = source
    }

    /// What identifies the finding across edits that move it: rule, file, pair and texts, not line.
    public var fingerprint: String {
        var hasher = StableHash()
        for part in [ruleID, path, segmentID ?? "", target ?? "", source ?? "", segmentID == nil ? message : ""] {
            hasher.combine(part)
        }
        return hasher.hexDigest
    }
}

/// The families of check rules.
public enum RuleCategory: String, Sendable, Hashable, CaseIterable {
    case structure, content, markup, numbers, terminology, staleness, consistency, frontMatter
}

/// FNV-1a over UTF-8, 64 bits: a hash that is the same in every run (Swift's `Hasher` is seeded).
struct StableHash {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func combine(_ text: String) {
        // The bytes read in place, in a loop over a buffer rather than through the UTF-8 view's iterator.
        var text = text, state = state
        text.withUTF8 { bytes in
            for byte in bytes { state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        }
        state ^= 0xFF
        self.state = state &* 0x0000_0100_0000_01B3
    }

    var hexDigest: String {
        let hex = String(state, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
