import SideBySide
import SxsMarkup
@testable import SxsCheck
import SxsTestSupport
import Testing

@Suite struct SideFactsTests {
    /// The target side of the one pair in `target` (side-by-side Markdown with an English source).
    private func side(_ target: String) -> SegmentSide {
        let text = RuleExample.pair("f-101", target, "Source.")
        return SxsParser().parse(bytes: Array(text.utf8), path: "facts.md").segments[0].target
    }

    @Test func oneWalkGivesWhatTheModelGives() {
        let side = side(#"选择**仪表板** > [**客户**](https://example.com/a)、`code` 和 ![**图**](i.png)\*\* &amp; 完成"#)
        let facts = SideFacts(side, tokenizer: HTMLTokenizer())
        #expect(facts.plainText == side.plainText)
        #expect(facts.labels == side.strongTexts)
        #expect(facts.labels == ["仪表板", "客户", "图"])
        #expect(facts.links == ["https://example.com/a"])
        #expect(facts.images == ["i.png"])
        #expect(facts.code == ["code"])
        #expect(facts.hasStrayEmphasis)
        // Code and image alt text are not prose; an entity is, resolved.
        #expect(facts.prose == "选择仪表板 > 客户、  和 ** & 完成")
        // Runs break at markup that has text of its own (bold, a link's text), not at code, escapes or images.
        #expect(facts.textRuns == ["选择", "仪表板", " > ", "客户", "、 和   完成"])
    }

    @Test func strongInsideStrongIsOneLabel() {
        let facts = SideFacts(side("**外 *斜* 内**"), tokenizer: HTMLTokenizer())
        #expect(facts.labels == ["外 斜 内"])
        #expect(facts.textRuns == ["外 ", "斜", " 内"])
    }

    @Test func scannedOnlyWhatTheProseHolds() {
        let plain = SideFacts(side("没有数字的句子。"), tokenizer: HTMLTokenizer())
        #expect(plain.numbers.isEmpty && plain.urls.isEmpty && plain.emails.isEmpty && plain.placeholders.isEmpty)
        let rich = SideFacts(side("第１２步：访问 https://partner.microsoft.com/zh-cn，写信给 a.b@contoso.com，填 %1 和 {0}。"),
                             tokenizer: HTMLTokenizer())
        #expect(rich.numbers == ["12", "1", "0"])
        #expect(rich.urls == ["https://partner.microsoft.com/zh-cn"])
        #expect(rich.emails == ["a.b@contoso.com"])
        #expect(rich.placeholders == ["%1", "{0}"])
    }
}

/// ``SideFacts``, written in place by one walk, against the walk that wrote each fact apart.
@Suite struct SideFactsWalkTests {
    /// Expects the facts of each side of `body` (side-by-side Markdown) to be the reference walk's.
    private func expectSameFacts(_ body: String) {
        let tokenizer = HTMLTokenizer()
        let document = SxsParser().parse(bytes: Array(body.utf8), path: "facts.md")
        for pair in document.segments {
            for side in [pair.target] + (pair.source.map { [$0] } ?? []) {
                let facts = SideFacts(side, tokenizer: tokenizer), reference = WalkWiseSideFacts(side, tokenizer: tokenizer)
                let what = side.text.debugDescription
                #expect(facts.plainText == reference.plainText, "plain text of \(what)")
                #expect(facts.prose == reference.prose, "prose of \(what)")
                #expect(Array(facts.textRuns) == reference.runs, "runs of \(what)")
                #expect(facts.labels == reference.labels, "labels of \(what)")
                #expect(facts.links == reference.links, "links of \(what)")
                #expect(facts.images == reference.images, "images of \(what)")
                #expect(facts.code == reference.code, "code of \(what)")
                #expect(facts.htmlTags == reference.htmlTags, "HTML tags of \(what)")
                #expect(facts.hasStrayEmphasis == reference.hasStrayEmphasis, "stray emphasis of \(what)")
                let words = TextScanner(reference.prose)
                #expect(facts.numbers == words.numbers && facts.urls == words.urls && facts.emails == words.emails
                        && facts.placeholders == words.placeholders, "scans of \(what)")
            }
        }
    }

    @Test func writesWhatTheReferenceWalkWritesOnWrittenExamples() {
        let targets = [
            "", "文本", "选择**仪表板** > [**客户**](https://example.com/a)、`code` 和 ![**图**](i.png)\\*\\* &amp; 完成",
            "a `x` a", "the `code` the", "line  \nbreak", "soft\nbreak", "![alt `c` x  \ny](i.png) after", "**![**in**](i.png)** b",
            "![a ![b](c.png) d](e.png)", "<br/> and <b>bold</b><!-- note -->", "![<b>x</b>](i.png)", "a ** b", "a \\* b", "&#42;*",
            "*em* **strong** ~~gone~~ end", "[link `c`](u) [x](v \"t\")", "\\*\\*", "`**`", "１２３，４５６ and 6:05",
        ]
        for target in targets { expectSameFacts(RuleExample.pair("f-101", target, "Source " + target)) }
    }

    @Test func textRunsAreAnArrayOfRuns() {
        var runs = TextRuns()
        #expect(runs.isEmpty && Array(runs) == [])
        runs.append("one")
        #expect(Array(runs) == ["one"] && runs == ["one"])
        runs.append("two")
        runs.append("three")
        #expect(Array(runs) == ["one", "two", "three"] && runs.count == 3 && runs[2] == "three")
        #expect(runs != ["one", "two"])
    }

    @Test func writesWhatTheReferenceWalkWritesOnRandomSides() {
        // Markdown pieces that make every inline kind, nested in each other, with text of every width.
        let pieces = ["word", "the", " ", "  \n", "\n", "中文", "é", "**", "*", "_", "~~", "`", "`c`", "[", "](u)", "![", "](i.png)",
                      "\\*", "\\", "&amp;", "&#42;", "<b>", "</b>", "<br/>", "<!-- c -->", "12", "１", ",", ".", ":", "http://a.b", "a@b.c",
                      "%1", "{0}", "\u{3000}", "😀", "\t"]
        var generator = SeededGenerator(seed: 0xFAC75)
        for _ in 0..<3_000 {
            let count = Int.random(in: 0...16, using: &generator)
            let target = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
            expectSameFacts(RuleExample.pair("f-101", target, "Source."))
        }
    }
}

/// The byte-wise ``TextScanner`` against the scalar-wise scanner it replaced.
@Suite struct TextScannerTests {
    private func expectSameScans(_ text: String) {
        let bytes = TextScanner(text), scalars = ScalarWiseTextScanner(text)
        #expect(bytes.numbers == scalars.numbers, "numbers of \(text.debugDescription)")
        #expect(bytes.urls == scalars.urls, "urls of \(text.debugDescription)")
        #expect(bytes.emails == scalars.emails, "emails of \(text.debugDescription)")
        #expect(bytes.placeholders == scalars.placeholders, "placeholders of \(text.debugDescription)")
    }

    @Test func scansAsTheScalarWiseScannerOnWrittenExamples() {
        let texts = [
            "第１２步：访问 https://partner.microsoft.com/zh-cn，写信给 a.b@contoso.com，填 %1 和 {0}。",
            "1,000 users, 2.5 GB, １，０００ 和 ２．５, 1,00 and 12,3456", "at 6:00 or 18:30, ６：０５", "O365 x64 21Vianet 1st 05 0.5 .5",
            "http://x https:// http:// https://a.b/c?d=1). (https://e.f)", "hhttp://g.h httpx://i", "mail me@x.y., /u@v.w a@b -@c.d x@y",
            "%1 %s %d %x %１ % {1} {12} {123} {1234} {} {a} {1a} {１}", "{", "%", "1", "１", "", "中文1中文", "ａ1ｂ", "1:0", "1:", "1,", "1.",
            "１２３，４５６．７８", "v1.2.3", "2020-05-01", "1,234,567", "x1,234", "1,234x",
            // Bytes that may begin a mark, and do or do not, before one that does.
            "，（１）", "：，", "a: b:// http://x.y", "ab://c http:／/d", "://x", "x:://http://y.z", "\u{FF0C}\u{FF11}",
        ]
        for text in texts { expectSameScans(text) }
    }

    @Test func scansAsTheScalarWiseScannerOnRandomTexts() {
        // Pieces that matter to one scan or another, and characters around them of every width.
        let pieces = ["0", "1", "5", "9", "１", "０", "９", ",", ".", "，", "．", ":", "：", "a", "Z", "x", "h", "t", "p", "s", "d",
                      "http://", "https://", "@", "/", "-", "_", "%", "{", "}", " ", "\u{3000}", "中", "ー", "é", "😀", "(", ")", "'", "\""]
        var generator = SeededGenerator(seed: 0x5EED)
        for _ in 0..<20_000 {
            let count = Int.random(in: 0...14, using: &generator)
            let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
            expectSameScans(text)
        }
    }
}
