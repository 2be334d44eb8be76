@testable import SxsCheck
import Testing

@Suite struct MultisetTests {
    /// What counting finds: the reference the shortcut for equal arrays must agree with.
    static func counted(_ values: [String], _ others: [String]) -> [String] {
        Multiset(values).missing(from: Multiset(others)).sorted()
    }

    @Test(arguments: [
        ([], []), ([], ["a"]), (["a"], []), (["a", "b"], ["a", "b"]), (["a", "b"], ["b", "a"]), (["a", "a"], ["a"]),
        (["a"], ["a", "a"]), (["b", "a", "b"], ["a"]),
        // Canonically equivalent spellings are one value for `==` and for the counts alike.
        (["caf\u{E9}"], ["cafe\u{301}"]), (["caf\u{E9}", "x"], ["x", "cafe\u{301}"]),
    ] as [([String], [String])])
    func missingAsCounted(_ values: [String], _ others: [String]) {
        #expect(Multiset.missing(values, from: others) == Self.counted(values, others))
        #expect(Multiset.missing(others, from: values) == Self.counted(others, values))
    }

    @Test func reorderedLinksAreNotReported() {
        #expect(RuleTesting.messages(LinkParityRule(), "zh-CN", "[乙](b.md)和[甲](a.md)", "[A](a.md) and [B](b.md)").isEmpty)
        #expect(RuleTesting.messages(LinkParityRule(), "zh-CN", "[乙](b.md)和[甲](b.md)", "[A](a.md) and [B](b.md)") == [
            "the source links to 'a.md', the translation does not", "the translation links to 'b.md', which the source does not"])
    }
}
