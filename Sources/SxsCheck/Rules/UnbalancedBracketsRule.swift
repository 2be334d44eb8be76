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

    /// Which ASCII bytes are bracket scalars, by byte value.
    static let asciiBrackets: [Bool] = (0..<128).map { bracketScalars.contains(Unicode.Scalar(UInt8($0))) }

    /// The first two UTF-8 bytes of each bracket scalar written with more than one byte.
    static let bracketPrefixes: Set<UInt16> = Set(bracketScalars.compactMap { scalar in
        let bytes = Array(String(scalar).utf8)
        return bytes.count > 1 ? UInt16(bytes[0]) << 8 | UInt16(bytes[1]) : nil
    })

    /// Whether `text` holds one of ``bracketScalars``.
    static func hasBracket(_ text: String) -> Bool {
        var found = false
        forEachBracket(in: text) { _ in
            found = true
            return false
        }
        return found
    }

    /// Calls `body` with the value of each of ``bracketScalars`` in `text`, in order, while it returns true.
    ///
    /// The text is read as UTF-8: a scalar is decoded only when its first bytes are a bracket's.
    static func forEachBracket(in text: String, _ body: (UInt32) -> Bool) {
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if asciiBrackets[Int(byte)], !body(UInt32(byte)) { return }
                    index += 1
                    continue
                }
                let length = byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
                if index + 1 < bytes.count, bracketPrefixes.contains(UInt16(byte) << 8 | UInt16(bytes[index + 1])) {
                    let end = min(index + length, bytes.count)
                    let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self).unicodeScalars.first!
                    if bracketScalars.contains(scalar), !body(scalar.value) { return }
                }
                index += length
            }
        }
    }

    /// Every bracket scalar with its family (index in ``families``) and +1 for an opening, -1 for a closing one.
    static let brackets: [(value: UInt32, family: Int, delta: Int)] = families.enumerated().flatMap { index, family in
        family.open.compactMap { $0.unicodeScalars.first }.map { ($0.value, index, 1) }
            + family.close.compactMap { $0.unicodeScalars.first }.map { ($0.value, index, -1) }
    }

    public func problems(in pair: CheckedPair, context: CheckContext) -> [String] {
        let target = pair.target.prose, source = pair.source.prose
        var problems: [String] = []
        // Most segments have no bracket at all.
        guard Self.hasBracket(target) else { return [] }
        let targetBalances = Self.balances(target)
        if targetBalances.contains(where: { $0 != 0 }) {
            let sourceBalances = Self.balances(source)
            for (index, family) in Self.families.enumerated() {
                let targetBalance = targetBalances[index]
                guard targetBalance != 0, sourceBalances[index] == 0, !Self.isListNumbering(target, family.close) else { continue }
                problems.append(targetBalance > 0 ? "the translation opens '\(family.name)' without closing it"
                                                  : "the translation closes a '\(family.name)' bracket it never opened")
            }
        }
        // A translation may write the source's curly quotes as straight ones: count both in the source.
        let quotes = target.utf8.lazy.filter { $0 == UInt8(ascii: "\"") }.count
        if quotes % 2 == 1, source.unicodeScalars.lazy.filter({ $0 == "\"" || $0 == "“" || $0 == "”" }).count % 2 == 0 {
            problems.append("the translation has an odd number of '\"'")
        }
        return problems
    }

    /// The depth each bracket family ends at in `text` (opened minus closed), in the order of ``families``.
    static func balances(_ text: String) -> [Int] {
        var depths = [Int](repeating: 0, count: families.count)
        // Brackets are single scalars: compare scalars, not grapheme clusters.
        forEachBracket(in: text) { value in
            if let bracket = brackets.first(where: { $0.value == value }) { depths[bracket.family] += bracket.delta }
            return true
        }
        return depths
    }

    /// "1) Step" style numbering closes a bracket never opened; it is not a mistake.
    static func isListNumbering(_ text: String, _ close: Set<Character>) -> Bool {
        guard close.contains(")") else { return false }
        let trimmed = text.drop { $0 == " " }
        let digits = trimmed.prefix { $0.isNumber || ($0.isLetter && $0.isASCII) }
        return !digits.isEmpty && digits.count <= 2 && trimmed.dropFirst(digits.count).first.map(close.contains) == true
    }
}
