import Foundation
import SxsMarkup
import SxsTestSupport
import Testing

/// ``HTMLTokenizer/tagList(in:)`` lets libxml2's XML parser read well-formed fragments of `span`
/// and `a` elements, and its HTML parser the rest: each test reads its input with the HTML parser
/// alone and with the XML parser first, expects the same tags, and expects which parser read it.
@Suite struct WellFormedFragmentTests {
    let tokenizer = HTMLTokenizer()

    /// The tags of `text` read by the HTML parser alone, then with the XML parser first, and which parser read it then.
    func read(_ text: String) -> (html: [HTMLTag], xmlFirst: [HTMLTag], parser: HTMLTokenizer.Parser) {
        tokenizer.collapsesTextRuns = false
        tokenizer.readsWellFormedFragmentsAsXML = false
        let html = tokenizer.tags(in: text)
        tokenizer.readsWellFormedFragmentsAsXML = true
        let xmlFirst = tokenizer.tags(in: text)
        return (html, xmlFirst, tokenizer.lastParser)
    }

    /// Expects `text` to give the same tags both ways, read by `parser`, and returns them.
    @discardableResult
    func expectSameTags(_ text: String, readBy parser: HTMLTokenizer.Parser,
                        sourceLocation: SourceLocation = #_sourceLocation) -> [HTMLTag] {
        let result = read(text)
        #expect(result.xmlFirst == result.html, sourceLocation: sourceLocation)
        #expect(result.parser == parser, sourceLocation: sourceLocation)
        return result.xmlFirst
    }

    /// The text of each tag, so expectations read like the input.
    func written(_ tags: [HTMLTag], in text: String) -> [String] {
        let bytes = Array(text.utf8)
        return tags.map { String(decoding: bytes[$0.range], as: UTF8.self) }
    }

    @Test func readsSegmentPairsWithTheXMLParser() {
        let text = #"<span data-ttu-id="063b3-113">从**仪表板**菜单中，选择**客户**。</span><span class="sxs-lookup"><span data-stu-id="063b3-113">From the **Dashboard** menu, select **Customers**.</span></span>"#
        let tags = expectSameTags(text, readBy: .xml)
        #expect(written(tags, in: text) == [
            #"<span data-ttu-id="063b3-113">"#, "</span>", #"<span class="sxs-lookup">"#,
            #"<span data-stu-id="063b3-113">"#, "</span>", "</span>",
        ])
        #expect(tags[0].attribute("data-ttu-id") == "063b3-113")
        #expect(tags[2].attribute("class") == "sxs-lookup")
    }

    @Test func readsLinksTextReferencesAndUpperCaseNamesWithTheXMLParser() {
        expectSameTags(#"See [<span data-ttu-id="a-1">the <a href='https://x/y?a=1'>guide</a></span>](x). 1 &lt; 2 &amp; &#20013;"#, readBy: .xml)
        let tags = expectSameTags(#"<SPAN Data-TTU-ID="a-1" CLASS='x'>text</SPAN><A HREF="u">l</A>"#, readBy: .xml)
        #expect(tags.map(\.name) == ["span", "span", "a", "a"])
        #expect(tags[0].attribute("data-ttu-id") == "a-1")
        #expect(tags[0].attribute("class") == "x")
        expectSameTags(#"<span title="a > b" data-x="">x</span><span/><a name="top"/>"#, readBy: .xml)
        expectSameTags("no markup at all, only text", readBy: .xml)
        expectSameTags("  ", readBy: .xml)
    }

    @Test func readsAttributeNamesAsTheHTMLParserDoes() {
        // Names of 99 bytes are read whole by both; names are stored in lower case.
        let long = String(repeating: "a", count: 98) + "B"
        let tags = expectSameTags(#"<span \#(long)="1" _x-1.Y="2" :z="3">x</span>"#, readBy: .xml)
        #expect(tags.first?.attributes.map(\.name) == [long.lowercased(), "_x-1.y", ":z"])
        // Two names alike in lower case, however far apart.
        expectSameTags(#"<span data-ttu-id="1" class="c" title="t" Data-TTU-ID="2">x</span>"#, readBy: .xmlThenHTML)
        // Values with bytes below 0x0E that are no blank stay the XML reading's (none is allowed in XML).
        expectSameTags("<span title=\"\u{0B}\">x</span>", readBy: .xmlThenHTML)
    }

    @Test func keepsOffsetsPastLibxml2BufferShrinking() {
        let filler = String(repeating: "这包括客户的联系人信息。", count: 60)
        let text = #"<span data-ttu-id="a-1">\#(filler)</span><span class="sxs-lookup"><span data-stu-id="a-1">\#(filler)</span></span>"#
        let tags = expectSameTags(text, readBy: .xml)
        #expect(tags.last?.range.upperBound == text.utf8.count)
    }

    @Test func leavesToTheHTMLParserWhatTheXMLParserReadsOtherwise() {
        // References the HTML parser reads differently, or not at all, in attribute values.
        expectSameTags(#"<a href="x?a=1&amp;b=2">l</a>"#, readBy: .xmlThenHTML)
        expectSameTags(#"<span title="it&apos;s">x</span>"#, readBy: .xmlThenHTML)
        // Blanks the XML parser turns into spaces in attribute values.
        expectSameTags("<span title=\"a\tb\">x</span>", readBy: .xmlThenHTML)
        expectSameTags("<span title=\"a\nb\">x</span>", readBy: .xmlThenHTML)
        // Attribute names the HTML parser keeps only once, or does not read whole.
        let duplicate = expectSameTags(#"<span a="1" A="2">x</span>"#, readBy: .xmlThenHTML)
        #expect(duplicate.first?.attributes.count == 1)
        expectSameTags(#"<span é="1">x</span>"#, readBy: .xmlThenHTML)
        expectSameTags(#"<span \#(String(repeating: "a", count: 100))="1">x</span>"#, readBy: .xmlThenHTML)
        // A reference or a blank at any place of a long start tag (the check reads eight bytes at a time).
        for special in ["&amp;", "\t", "\n", "\r"] {
            for place in 0...24 {
                let value = String(repeating: "v", count: place) + special + String(repeating: "w", count: 24 - place)
                expectSameTags(#"<span data-ttu-id="a-1" title="\#(value)">x</span>"#, readBy: .xmlThenHTML)
            }
        }
        // An `a` closes an open `a` in HTML.
        let nested = expectSameTags(#"<a href="1">x<a href="2">y</a>z</a>"#, readBy: .xmlThenHTML)
        #expect(nested.map(\.kind) == [.start, .start, .end])
    }

    @Test func leavesOtherElementsAndMarkupToTheHTMLParser() {
        expectSameTags("<span>a<br/>b</span>", readBy: .xmlThenHTML)
        expectSameTags("<p><span>x</span></p><p>y", readBy: .xmlThenHTML)
        expectSameTags("<table><tr><td>x</td></tr></table>", readBy: .xmlThenHTML)
        expectSameTags("<span>x</span><!-- note -->", readBy: .xmlThenHTML)
        expectSameTags("<span>x</span><?pi data?>", readBy: .xmlThenHTML)
        expectSameTags("<span><![CDATA[<b>]]></span>", readBy: .xmlThenHTML)
        expectSameTags("<!DOCTYPE html><span>x</span>", readBy: .xmlThenHTML)
    }

    @Test func leavesMarkupThatIsNoWellFormedXMLToTheHTMLParser() {
        expectSameTags("<span class=x>unquoted</span>", readBy: .xmlThenHTML)
        expectSameTags("<span disabled>no value</span>", readBy: .xmlThenHTML)
        expectSameTags("<span>open", readBy: .xmlThenHTML)
        expectSameTags("stray</span> end", readBy: .xmlThenHTML)
        expectSameTags("<SPAN>mixed case</span>", readBy: .xmlThenHTML)
        expectSameTags("a < b and <span>x</span>", readBy: .xmlThenHTML)
        expectSameTags("R&D <span>x</span> &nbsp;", readBy: .xmlThenHTML)
        expectSameTags("x\u{1}y <span>x</span>", readBy: .xmlThenHTML)
        // The root the XML parser reads the input in must not end inside it.
        expectSameTags("<span>x</span></r><span>y</span>", readBy: .xmlThenHTML)
        expectSameTags("x</r>", readBy: .xmlThenHTML)
    }

    /// Inputs made of random markup pieces, the same on every run: the tokenizer as it runs (XML
    /// parser first, long text runs collapsed) gives the tags of the HTML parser alone.
    @Test func randomMarkupGivesTheTagsOfTheHTMLParser() {
        let pieces = [
            "<span>", "</span>", "<SPAN>", "</SPAN>", "<span data-ttu-id=\"a-1\">", "<span class='sxs-lookup'>",
            "<a href=\"u\">", "</a>", "<A>", "</A>", "<span/>", "<a/>", "<span title=\"", "\">", "<span a=\"1\" A=\"2\">",
            "<b>", "</b>", "<br>", "<br/>", "<p>", "</p>", "<td>", "<!-- c -->", "</r>", "<r>",
            "&amp;", "&apos;", "&nbsp;", "&#20013;", "&", "<", ">", "\"", "'", " ", "\n", "\t", "=", "x", "字",
            String(repeating: "这包括客户的联系人信息。", count: 4), String(repeating: "customer ", count: 8),
        ]
        var generator = SeededGenerator(seed: 20_261_122)
        let count = Int(ProcessInfo.processInfo.environment["SXS_RANDOM_INPUTS"] ?? "") ?? 3000
        let reference = HTMLTokenizer()
        reference.collapsesTextRuns = false
        reference.readsWellFormedFragmentsAsXML = false
        var readAsXML = 0
        for _ in 0..<count {
            let text = generator.text(from: pieces, count: 1...16)
            let expected = reference.tags(in: text)
            tokenizer.collapsesTextRuns = true
            tokenizer.readsWellFormedFragmentsAsXML = true
            #expect(tokenizer.tags(in: text) == expected, "\(text)")
            if tokenizer.lastParser == .xml { readAsXML += 1 }
        }
        #expect(readAsXML > count / 25)
    }

    /// Random nested fragments, mostly well-formed, with attributes of every kind the XML reading
    /// refuses or keeps: the tokenizer as it runs gives the tags of the HTML parser alone.
    @Test func randomFragmentsGiveTheTagsOfTheHTMLParser() {
        // What the XML reading keeps, and (one pick in twelve) what it refuses.
        let names = (kept: ["span", "span", "span", "SPAN", "Span", "a", "A"], refused: ["b", "br", "p", "td", "li"])
        let attributes = (
            kept: ["", #" data-ttu-id="a-1""#, #" class='sxs-lookup'"#, #" data-stu-id="063b3-113""#, #" title="a > b""#,
                   #" CLASS="Up""#, #" data-x="""#, #" href="https://x/y""#],
            refused: [#" href="x?a=1&amp;b=2""#, #" title="it&apos;s""#, " title=\"a\tb\"", " title=\"a\nb\"",
                      #" a="1" A="2""#, #" é="1""#, " class=x", " disabled"])
        let texts = (
            kept: ["", "x", " ", "字", "1 &lt; 2", "&amp;", "&#20013;", String(repeating: "这包括客户的联系人信息。", count: 3),
                   String(repeating: "customer ", count: 6)],
            refused: ["&nbsp;", "R&D", "a < b", "<!-- c -->", "\u{1}"])
        var generator = SeededGenerator(seed: 20_261_123)
        func pick(_ choices: (kept: [String], refused: [String])) -> String {
            Int.random(in: 0..<12, using: &generator) == 0
                ? choices.refused.randomElement(using: &generator)! : choices.kept.randomElement(using: &generator)!
        }
        func fragment(depth: Int) -> String {
            var text = ""
            for _ in 0..<Int.random(in: 0...3, using: &generator) {
                text += pick(texts)
                guard depth < 4 else { continue }
                let name = pick(names)
                let open = "<\(name)\(pick(attributes))"
                switch Int.random(in: 0..<24, using: &generator) {
                case 0: text += open + ">" + fragment(depth: depth + 1) // left open
                case 1: text += open + ">" + fragment(depth: depth + 1) + "</\(pick(names))>"
                case 2, 3: text += open + "/>"
                default: text += open + ">" + fragment(depth: depth + 1) + "</\(name)>"
                }
            }
            return text
        }
        let count = Int(ProcessInfo.processInfo.environment["SXS_RANDOM_INPUTS"] ?? "") ?? 3000
        let reference = HTMLTokenizer()
        reference.collapsesTextRuns = false
        reference.readsWellFormedFragmentsAsXML = false
        var readAsXML = 0
        for _ in 0..<count {
            let text = fragment(depth: 0)
            let expected = reference.tags(in: text)
            tokenizer.collapsesTextRuns = true
            tokenizer.readsWellFormedFragmentsAsXML = true
            #expect(tokenizer.tags(in: text) == expected, "\(text)")
            if tokenizer.lastParser == .xml { readAsXML += 1 }
        }
        #expect(readAsXML > count / 8)
    }
}
