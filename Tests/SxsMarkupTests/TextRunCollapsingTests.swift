import Foundation
import SxsMarkup
import SxsTestSupport
import Testing

/// ``HTMLTokenizer/tagList(in:)`` reads long text runs collapsed to one byte when that gives the
/// same tags: each test reads its input both ways, expects the same tags, and expects the way the
/// collapsing read went.
@Suite struct TextRunCollapsingTests {
    let tokenizer = HTMLTokenizer()

    /// A long run of Chinese text, with no byte that stops a run.
    static let chinese = String(repeating: "这包括客户的联系人信息。", count: 12)
    /// A long run of English text, with no byte that stops a run.
    static let english = String(repeating: "This includes the contact information of the customer. ", count: 6)

    /// The tags of `text` read without collapsing, and with it, and how the collapsing read went.
    func read(_ text: String) -> (asWritten: [HTMLTag], collapsing: [HTMLTag], reading: HTMLTokenizer.Reading) {
        tokenizer.collapsesTextRuns = false
        let asWritten = tokenizer.tags(in: text)
        #expect(tokenizer.lastReading == .asWritten)
        tokenizer.collapsesTextRuns = true
        let collapsing = tokenizer.tags(in: text)
        return (asWritten, collapsing, tokenizer.lastReading)
    }

    /// Expects `text` to give the same tags both ways, read as `reading`, and returns them.
    @discardableResult
    func expectSameTags(_ text: String, read reading: HTMLTokenizer.Reading,
                        sourceLocation: SourceLocation = #_sourceLocation) -> [HTMLTag] {
        let result = read(text)
        #expect(result.collapsing == result.asWritten, sourceLocation: sourceLocation)
        #expect(result.reading == reading, sourceLocation: sourceLocation)
        return result.collapsing
    }

    /// The text of each tag, so expectations read like the input.
    func written(_ tags: [HTMLTag], in text: String) -> [String] {
        let bytes = Array(text.utf8)
        return tags.map { String(decoding: bytes[$0.range], as: UTF8.self) }
    }

    @Test func collapsesLongChineseAndEnglishRunsToTheSameTags() {
        let text = #"<span data-ttu-id="a-1">\#(Self.chinese)</span><span class="sxs-lookup"><span data-stu-id="a-1">\#(Self.english.dropLast())</span></span>"#
        let tags = expectSameTags(text, read: .collapsed)
        #expect(written(tags, in: text) == [
            #"<span data-ttu-id="a-1">"#, "</span>", #"<span class="sxs-lookup">"#, #"<span data-stu-id="a-1">"#, "</span>", "</span>",
        ])
        #expect(tags[0].attribute("data-ttu-id") == "a-1")
        #expect(tags.last?.range.upperBound == text.utf8.count)
    }

    @Test func collapsesRunsAfterTextThatHoldsAGreaterThanSign() {
        expectSameTags("<p>1 > 0 and 2 >\(Self.english)</p><b>x</b>", read: .collapsed)
        expectSameTags("plain text >\(Self.chinese)<br/>\(Self.chinese)", read: .collapsed)
    }

    @Test func collapsedRunsMatchAcrossLibxml2TextChunks() {
        // libxml2 hands text out 1000 bytes at a time: put a run's first byte on and around a chunk's end.
        for lead in 990...1004 {
            let text = "<p>" + String(repeating: "a", count: lead) + ">" + Self.chinese + "</p><i>\(Self.english)</i>"
            expectSameTags(text, read: .collapsed)
        }
        for lead in 995...1001 {
            let text = "<p>" + String(repeating: " ", count: lead) + ">" + Self.english + "<b>y</b>"
            expectSameTags(text, read: .collapsed)
            expectSameTags(String(repeating: "字", count: lead) + ">" + Self.english + "<b>y</b>", read: .collapsed)
        }
    }

    @Test func collapsesRunsInScriptAndStyleContent() {
        expectSameTags("<script>if(a>\(Self.english.filter { $0 != "." }){go()}</script><b>x</b>", read: .collapsed)
        expectSameTags("<style>p>span{color:red;font:bold;margin:0;padding:0}</style><p>x</p>", read: .collapsed)
    }

    @Test func fallsBackWhenARunIsInsideAnAttributeValue() {
        let text = #"<span title="a>\#(Self.english)<b>">text</span><i>\#(Self.chinese)</i>"#
        let tags = expectSameTags(text, read: .collapsedThenAsWritten)
        #expect(tags.first?.attribute("title") == "a>\(Self.english)<b>")
    }

    @Test func fallsBackWhenARunIsInsideAComment() {
        let tags = expectSameTags("<b>x</b><!-- note >\(Self.english)<b> --><i>y</i>", read: .collapsedThenAsWritten)
        #expect(tags.map(\.kind) == [.start, .end, .comment, .start, .end])
        expectSameTags("<!-- a -- b >\(Self.english)-- <b> --><i>\(Self.chinese)</i>", read: .collapsedThenAsWritten)
        expectSameTags("<!-- a -- b >x--<b> --><i>\(Self.chinese)</i>", read: .collapsed)
    }

    @Test func keepsRunsSwallowedByAnUnterminatedCommentOrQuote() {
        expectSameTags("<b>x</b><!-- open >\(Self.english)<i>y</i>\(Self.chinese)<b>", read: .collapsed)
        expectSameTags(#"<b>x</b><span title="open>\#(Self.english)<i>y</i>"#, read: .collapsedThenAsWritten)
    }

    @Test func splitsRunsAtEntitiesDashesAndQuotes() {
        expectSameTags("<b>x</b>\(Self.english)&amp;\(Self.english)<i>y</i>", read: .collapsed)
        expectSameTags("<b>x</b>\(Self.english)&nbsp\(Self.chinese)&#12354;\(Self.english)<i>y</i>", read: .collapsed)
        expectSameTags("<b>x</b>\(Self.english)&unknown \(Self.english)&#x\(Self.chinese)<i>y</i>", read: .collapsed)
        expectSameTags("<b>x</b>\(Self.english)-\(Self.english)--\(Self.chinese)<i>y</i>", read: .collapsed)
        expectSameTags("<b>x</b>\(Self.english)\"\(Self.english)'\(Self.chinese)'<i>y</i>", read: .collapsed)
        expectSameTags(#"<b title="a>\#(Self.english)<i>" data-x="\#(Self.chinese)">y</b>"#, read: .collapsedThenAsWritten)
        expectSameTags(#"<b title="a>\#(Self.english)" data-x="\#(Self.chinese)">y</b>"#, read: .asWritten)
    }

    @Test func leavesTextAfterAControlByteAsWritten() {
        expectSameTags("<b>x</b>ab\u{1}\(Self.english)<i>y</i>", read: .asWritten)
        expectSameTags("<b>x</b>ab\u{1F}\(Self.english)-\(Self.english)<i>y</i>", read: .asWritten)
    }

    @Test func leavesTheFirstFourBytesAndBlankOrShortRunsAsWritten() {
        // Runs start at offset 4 at the earliest, on a character's first byte.
        expectSameTags("a>\(Self.chinese)<b>y</b>", read: .collapsed)
        expectSameTags("\(Self.chinese)<b>y</b>", read: .collapsed)
        expectSameTags("<b>x</b>" + String(repeating: " ", count: 60) + "<i>y</i>", read: .asWritten)
        expectSameTags("<b>x</b>" + String(repeating: " \n\t\r", count: 20) + "<i>y</i>", read: .asWritten)
        expectSameTags("<b>x</b>short<i>y</i>short<b>z</b>", read: .asWritten)
        // Leading blanks stay; the run starts after them.
        expectSameTags("<b>x</b> \(Self.english)<i>y</i>", read: .collapsed)
        expectSameTags("<b>x</b>\n \(Self.chinese)<i>y</i>", read: .collapsed)
    }

    @Test func leavesInputsWithAMetaTagAsWritten() {
        expectSameTags(#"<meta charset="iso-8859-1"><b>x</b>\#(Self.chinese)<i>y</i>"#, read: .asWritten)
        expectSameTags("<b>x</b>\(Self.chinese)<META name=a><i>y</i>", read: .asWritten)
    }

    @Test func collapsesAroundCommentsDoctypesAndProcessingInstructions() {
        expectSameTags("<!DOCTYPE html><!-- c --><?pi x?><p>\(Self.english)</p><!-- d -->\(Self.chinese)<b>x</b>", read: .collapsed)
        expectSameTags(#"<!DOCTYPE html SYSTEM "a>\#(Self.english)<b>"><p>x</p>"#, read: .collapsed)
    }

    @Test func collapsesAroundStrayAndImpliedTags() {
        expectSameTags("</p></span><span>\(Self.english)</a></span><div>\(Self.chinese)<p>x</div></p>", read: .collapsed)
        expectSameTags("<head><title>t</title>\(Self.english)<body>\(Self.chinese)</body></head>", read: .collapsed)
    }

    /// Inputs made of random markup pieces and long texts, the same on every run.
    @Test func randomMarkupGivesTheSameTagsBothWays() {
        let pieces = [
            "<", ">", "-", "--", "-->", "--!>", "!", "\"", "'", "&", ";", "&amp;", "&#20013;", "&nbsp", " ", "\n", "/", "=", "x",
            "<!--", "<!DOCTYPE html ", "<?pi ", "<![CDATA[", "<span ", "<span>", "</span>", "<span title=\"", "<a href='",
            "<p>", "</p>", "<br/>", "<div>", "</div>", "<script>", "</script>", "<style>", "</style>", "<head>", "<body>",
            "<html>", "</head>", "<title>", "</x>", "<td>", "<li>", " data-ttu-id=\"a-1\">", "\u{1}",
            Self.english, Self.chinese, String(Self.english.prefix(9)), String(Self.chinese.prefix(4)),
            String(repeating: "字", count: 340), String(repeating: "a", count: 997),
        ]
        var generator = SeededGenerator(seed: 20_261_121)
        let count = Int(ProcessInfo.processInfo.environment["SXS_RANDOM_INPUTS"] ?? "") ?? 3000
        var collapsed = 0
        for _ in 0..<count {
            let text = generator.text(from: pieces, count: 1...24)
            let result = read(text)
            #expect(result.collapsing == result.asWritten, "\(text)")
            if result.reading != .asWritten { collapsed += 1 }
        }
        #expect(collapsed > count / 4)
    }
}
