import SideBySide
import SxsTestSupport
import Testing

/// Byte-wise substring search, as the step recognizer and the checks use it.
@Suite struct ByteSearchTests {
    @Test func findsEveryOccurrenceLeftToRightWithoutOverlap() {
        #expect(ByteSearch.ranges(of: "aa", in: "aaaaa") == [0..<2, 2..<4])
        #expect(ByteSearch.ranges(of: "**", in: "a **b** c") == [2..<4, 5..<7])
        #expect(ByteSearch.ranges(of: "x", in: "") == [])
        #expect(ByteSearch.ranges(of: "", in: "abc") == [])
        #expect(ByteSearch.ranges(of: "abcd", in: "abc") == [])
    }

    @Test func skipsToEachPlaceTheFirstByteIsAndChecksTheRest() {
        #expect(ByteSearch.ranges(of: "ab", in: "aaxab") == [3..<5])
        #expect(ByteSearch.ranges(of: "abc", in: "abc") == [0..<3])
        // The first byte at the very end, with no room for the rest.
        #expect(!ByteSearch.contains("ab", in: "xxa"))
        #expect(ByteSearch.ranges(of: "a", in: "ba") == [1..<2])
        // A search from an offset does not see what is before it.
        #expect(ByteSearch.firstEnclosed(by: "(", ")", in: "(a) (b)", from: 1).map(\.open) == 4..<5)
        // Long texts: the match far from the start, after many bytes that are not its first.
        let long = String(repeating: "客户", count: 500) + "**标签**"
        #expect(ByteSearch.ranges(of: "**", in: long) == [3000..<3002, 3008..<3010])
    }

    @Test func foldsASCIICaseOnlyWhenAsked() {
        #expect(ByteSearch.ranges(of: "in the azure portal", in: "In the Azure Portal, open", foldingASCIICase: true) == [0..<19])
        #expect(ByteSearch.ranges(of: "in the azure portal", in: "In the Azure Portal, open").isEmpty)
        // Only letters fold: '@' (0x40) and '[' (0x5B) sit next to 'A' and 'Z' and must stay themselves.
        #expect(!ByteSearch.contains("`", in: "@", foldingASCIICase: true))
        #expect(!ByteSearch.contains("{", in: "[", foldingASCIICase: true))
    }

    @Test func offsetsAreUTF8AndMatchWholeCharacters() throws {
        let text = "若要打开客户的 Azure 门户，请在客户列表中展开"
        let range = try #require(ByteSearch.firstRange(of: "请在客户列表中", in: text))
        #expect(String(text[ByteSearch.indices(range, in: text)]) == "请在客户列表中")
        #expect(range.lowerBound == "若要打开客户的 Azure 门户，".utf8.count)
        // “ and ” share their first two UTF-8 bytes: a search for one never matches the other.
        #expect(ByteSearch.ranges(of: "”", in: "“标签”") == ["“标签".utf8.count..<"“标签”".utf8.count])
    }

    @Test func lastRangeIsTheRightmost() {
        #expect(ByteSearch.lastRange(of: "，", in: "一，二，三") == "一，二".utf8.count..<"一，二，".utf8.count)
        #expect(ByteSearch.lastRange(of: "。", in: "一，二") == nil)
    }

    @Test func enclosedSpansFromAnOffset() throws {
        let text = "选择“添加客户”，然后选择“提交”"
        let first = try #require(ByteSearch.firstEnclosed(by: "“", "”", in: text))
        #expect(String(decoding: text.utf8.dropFirst(first.open.upperBound).prefix(first.close.lowerBound - first.open.upperBound), as: UTF8.self) == "添加客户")
        let second = ByteSearch.firstEnclosed(by: "“", "”", in: text, from: first.close.upperBound)
        #expect(second.map { String(decoding: text.utf8.dropFirst($0.open.upperBound).prefix($0.close.lowerBound - $0.open.upperBound), as: UTF8.self) } == "提交")
        #expect(ByteSearch.firstEnclosed(by: "“", "”", in: text, from: second?.close.upperBound ?? 0) == nil)
        // An opening mark never closed is no span.
        #expect(ByteSearch.firstEnclosed(by: "「", "」", in: "「开放") == nil)
    }

    @Test func literalSearchFindsWhatTheStringSearchFinds() {
        let pieces = ["*", "**", "\\", "\\*", "a", "中", "é", " ", "\n"]
        var generator = SeededGenerator(seed: 0x401D5)
        for _ in 0..<5_000 {
            let text = generator.text(from: pieces, count: 0...8)
            #expect(ByteSearch.contains(literal: "**", in: text) == ByteSearch.contains("**", in: text), "** in \(text.debugDescription)")
            #expect(ByteSearch.contains(literal: "\\*\\*", in: text) == ByteSearch.contains("\\*\\*", in: text), "\\*\\* in \(text.debugDescription)")
            #expect(ByteSearch.contains(literal: "*a", in: text) == ByteSearch.contains("*a", in: text), "*a in \(text.debugDescription)")
        }
    }
}
