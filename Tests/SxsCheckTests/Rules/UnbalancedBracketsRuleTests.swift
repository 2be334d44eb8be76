import SideBySide
@testable import SxsCheck
import SxsTestSupport
import Testing

@Suite struct UnbalancedBracketsRuleTests {
    @Test func examples() {
        RuleTesting.expectExamples(of: UnbalancedBracketsRule())
    }

    @Test func reportsWhatAndWhere() {
        // From the corpus (zh-CN 2021, machine translation).
        let messages = RuleTesting.messages(UnbalancedBracketsRule(), "zh-CN", "选择 **\"访问控制 (IAM)** 以分配市场管理员角色。", "Select **Access control (IAM)** to assign the Marketplace admin role.")
        #expect(messages == ["the translation has an odd number of '\"'"])
    }
}

@Suite struct BracketCountsTests {
    /// The counts as the scalars say them: the reference for the byte scan.
    static func reference(_ text: String) -> (any: Bool, depths: [Int], straight: Int, curly: Int) {
        var depths = [Int](repeating: 0, count: UnbalancedBracketsRule.families.count)
        var any = false, straight = 0, curly = 0
        for scalar in text.unicodeScalars where UnbalancedBracketsRule.bracketScalars.contains(scalar) {
            any = true
            if scalar == "\"" { straight += 1 }
            if scalar == "“" || scalar == "”" { curly += 1 }
            for (index, family) in UnbalancedBracketsRule.families.enumerated() {
                if family.open.contains(Character(scalar)) { depths[index] += 1 }
                if family.close.contains(Character(scalar)) { depths[index] -= 1 }
            }
        }
        return (any, depths, straight, curly)
    }

    /// Brackets next to scalars of every UTF-8 length, and scalars that share a bracket's lead bytes
    /// (。、 are E3 80 xx like 「」, ‘’ are E2 80 xx like “”).
    @Test(arguments: ["", "abc", "(a)", "（甲)", "「甲」『乙』【丙】", "“甲”\"乙\"", "。、‘’「", "é(ü)", "\u{1F600}(\u{1F600}",
                      "［x]］", "a\"b“c", "选择“客户。", "\u{3000}」", "e\u{301}(", "ŀ‐–—…", "かな「カナ」）", "（全角）＂"])
    func countsAsScalarsSay(_ text: String) {
        let counts = UnbalancedBracketsRule.counts(text), expected = Self.reference(text)
        #expect(counts.any == expected.any)
        #expect((0..<8).map { counts.depths[$0] } == expected.depths + [Int](repeating: 0, count: 8 - expected.depths.count))
        #expect(counts.straightQuotes == expected.straight)
        #expect(counts.curlyQuotes == expected.curly)
    }

    @Test func countsAsScalarsSayOnRandomTexts() {
        let pieces = ["(", ")", "（", "）", "[", "]", "［", "］", "「", "」", "『", "』", "【", "】", "“", "”", "\"", "‘", "’", "。", "、",
                      "a", "é", "か", "中", "\u{1F600}", " ", "＂", "e\u{301}", "\u{3000}"]
        var generator = SeededGenerator(seed: 0xB7AC)
        for _ in 0..<5_000 {
            let text = generator.text(from: pieces, count: 0...12)
            countsAsScalarsSay(text)
        }
    }

    @Test func curlyQuotesOfTheSourceCountForStraightOnes() {
        #expect(RuleTesting.messages(UnbalancedBracketsRule(), "zh-CN", "选择\"客户。", "Select “Customers”.") == ["the translation has an odd number of '\"'"])
        #expect(RuleTesting.messages(UnbalancedBracketsRule(), "zh-CN", "选择\"客户。", "Select “Customers.").isEmpty)
        #expect(RuleTesting.messages(UnbalancedBracketsRule(), "zh-CN", "选择【客户。", "Select customers.") == ["the translation opens '【' without closing it"])
    }
}
