/// Brackets or quotes opened and not closed in the translation (while the source's are balanced).
public struct UnbalancedBracketsRule: PairCheckRule {
    public init() {}
    public let descriptor = RuleDescriptor(
        id: "unbalanced-brackets", defaultSeverity: .warning, category: .content,
        rationale: "an unclosed bracket or quotation mark garbles the sentence and often swallows a UI label",
        examples: [
            .triggering("zh-CN", "选择“客户。", "Select \"Customers\"."),
            .triggering("ja-JP", "顧客 (省略可能を選びます。", "Select customers (optional)."),
            .passing("zh-CN", "选择“客户”（可选）。", "Select \"Customers\" (optional)."),
            .passing("ja-JP", "1) 顧客を選びます。", "1) Select customers."),
            .passing("zh-CN", "生产服务关闭。）", "Production services down.)"),
            .passing("ja-JP", "クレジットカードの購入で、\"注文が拒否されました。", "Your purchase receives an error stating that “Your order was declined."),
            .passing("zh-CN", "选择客户（可选)。", "Select customers (optional)."),
        ])

    /// Bracket families: an ASCII bracket may be closed by its full-width form and the other way round.
    static let families: [(open: Set<Character>, close: Set<Character>, name: String)] = [
        (["(", "（"], [")", "）"], "("), (["[", "［"], ["]", "］"], "["), (["「"], ["」"], "「"), (["『"], ["』"], "『"),
        (["【"], ["】"], "【"), (["“"], ["”"], "“"),
    ]

    static let bracketScalars: Set<Unicode.Scalar> = Set(families.flatMap { $0.open.union($0.close) }.compactMap(\.unicodeScalars.first) + ["\""])

    /// By byte value: 0 for a byte that may start a bracket scalar (an ASCII bracket, or the lead byte of a
    /// longer one), else how many bytes the scalar it starts has (1 for ASCII; a continuation byte, never
    /// reached, counts 1).
    ///
    /// The scan steps over a scalar that is no bracket at once: an ideograph is one step, not three.
    static let strides: [UInt8] = {
        let leads = Set(bracketScalars.map { String($0).utf8.first! })
        return (0..<256).map { (byte: Int) -> UInt8 in
            if leads.contains(UInt8(byte)) { return 0 }
            if byte < 0xC0 { return 1 }
            return byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
        }
    }()

    /// The first two UTF-8 bytes of each bracket scalar written with more than one byte, as one number.
    ///
    /// Kana and most CJK punctuation share a lead byte with the brackets (E3) but not their second byte.
    static let widePrefixes: [UInt16] = Set(bracketScalars.compactMap { scalar in
        let bytes = Array(String(scalar).utf8)
        return bytes.count > 1 ? UInt16(bytes[0]) << 8 | UInt16(bytes[1]) : nil
    }).sorted()

    /// The values of the bracket scalars written with more than one byte in UTF-8.
    static let wideBracketValues: [UInt32] = bracketScalars.filter { !$0.isASCII }.map(\.value).sorted()

    /// Every bracket scalar with its family (index in ``families``) and +1 for an opening, -1 for a closing one.
    static let brackets: [(value: UInt32, family: Int, delta: Int)] = families.enumerated().flatMap { index, family in
        family.open.compactMap { $0.unicodeScalars.first }.map { ($0.value, index, 1) }
            + family.close.compactMap { $0.unicodeScalars.first }.map { ($0.value, index, -1) }
    }

    /// ``widePrefixes`` as a set of 65,536 bits, one per pair of bytes: whether a pair begins a bracket is one
    /// load and a shift, not a search (kana share the brackets' lead byte E3, and most CJK text is kana).
    static let widePrefixBits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 1024)
        for prefix in widePrefixes { bits[Int(prefix >> 6)] |= 1 << UInt64(prefix & 63) }
        return bits
    }()

    /// ``strides``, ``widePrefixBits``, ``wideBracketValues`` and ``brackets``: one global to reach for each text, not four.
    private static let tables = (strides, widePrefixBits, wideBracketValues, brackets)

    /// Whether the set of bits `bits` (``widePrefixBits``) holds `prefix`.
    @inline(__always)
    private static func holds(_ bits: [UInt64], _ prefix: UInt16) -> Bool {
        bits.withUnsafeBufferPointer { $0[Int(prefix >> 6)] >> UInt64(prefix & 63) & 1 != 0 }
    }

    /// What a text holds of ``bracketScalars``.
    struct BracketCounts {
        /// Whether the text holds any of them (a straight quote included).
        var any = false
        /// The depth each bracket family ends at (opened minus closed), in the order of ``families``; the
        /// lanes after the families stay 0. A vector of eight, not an array: nothing is allocated per text.
        var depths = SIMD8<Int>()
        /// How many `"` the text has.
        var straightQuotes = 0
        /// How many `“` and `”` the text has.
        var curlyQuotes = 0
    }

    /// The brackets of `text`, counted in one pass over its UTF-8.
    ///
    /// Brackets are single scalars: scalars are compared, not grapheme clusters. A scalar is decoded
    /// only when its lead byte is a bracket's, with arithmetic on the bytes (the text is valid UTF-8).
    /// The scan goes from scalar to scalar (``strides``), so every byte it looks at is a lead byte.
    static func counts(_ text: String) -> BracketCounts {
        var counts = BracketCounts()
        // The tables are read once, not at each byte.
        let (strides, prefixBits, wideValues, brackets) = tables
        var text = text
        text.withUTF8 { bytes in
            strides.withUnsafeBufferPointer { strides in
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    let stride = strides[Int(byte)]
                    guard stride == 0 else {
                        index += Int(stride)
                        continue
                    }
                    let length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
                    defer { index += length }
                    let value: UInt32
                    if length == 1 {
                        value = UInt32(byte)
                    } else {
                        guard index + length <= bytes.count,
                              Self.holds(prefixBits, UInt16(byte) << 8 | UInt16(bytes[index + 1])) else { continue }
                        var decoded = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                        for offset in 1..<length { decoded = decoded << 6 | UInt32(bytes[index + offset] & 0x3F) }
                        guard wideValues.contains(decoded) else { continue }
                        value = decoded
                    }
                    counts.any = true
                    if value == 0x22 { counts.straightQuotes += 1 }
                    if value == 0x201C || value == 0x201D { counts.curlyQuotes += 1 }
                    if let bracket = brackets.first(where: { $0.value == value }) { counts.depths[bracket.family] += bracket.delta }
                }
            }
        }
        return counts
    }

    public func problems(in pair: CheckedPair, context: CheckContext) -> [String] {
        let target = pair.target.prose, source = pair.source.prose
        var problems: [String] = []
        let targetCounts = Self.counts(target)
        // Most segments have no bracket at all.
        guard targetCounts.any else { return [] }
        var sourceCounts: BracketCounts?
        if targetCounts.depths != .zero {
            let sourceBalances = Self.counts(source)
            sourceCounts = sourceBalances
            for (index, family) in Self.families.enumerated() {
                let targetBalance = targetCounts.depths[index]
                guard targetBalance != 0, sourceBalances.depths[index] == 0, !Self.isListNumbering(target, family.close) else { continue }
                problems.append(targetBalance > 0 ? "the translation opens '\(family.name)' without closing it"
                                                  : "the translation closes a '\(family.name)' bracket it never opened")
            }
        }
        // A translation may write the source's curly quotes as straight ones: count both in the source.
        if targetCounts.straightQuotes % 2 == 1 {
            let source = sourceCounts ?? Self.counts(source)
            if (source.straightQuotes + source.curlyQuotes) % 2 == 0 { problems.append("the translation has an odd number of '\"'") }
        }
        return problems
    }

    /// "1) Step" style numbering closes a bracket never opened; it is not a mistake.
    static func isListNumbering(_ text: String, _ close: Set<Character>) -> Bool {
        guard close.contains(")") else { return false }
        let trimmed = text.drop { $0 == " " }
        let digits = trimmed.prefix { $0.isNumber || ($0.isLetter && $0.isASCII) }
        return !digits.isEmpty && digits.count <= 2 && trimmed.dropFirst(digits.count).first.map(close.contains) == true
    }
}
