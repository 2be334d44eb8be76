import SxsMarkup
import Testing

@Suite struct HTMLTokenizerTests {
    let tokenizer = HTMLTokenizer()

    /// The text of each tag, so expectations read like the input.
    func written(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return tokenizer.tags(in: text).map { String(decoding: bytes[$0.range], as: UTF8.self) }
    }

    @Test func reportsEachWrittenTagWithItsBytes() {
        let text = #"<span data-ttu-id="063b3-113">从**仪表板**</span><span class="sxs-lookup"><span data-stu-id="063b3-113">From</span></span>"#
        #expect(written(text) == [
            #"<span data-ttu-id="063b3-113">"#, "</span>", #"<span class="sxs-lookup">"#,
            #"<span data-stu-id="063b3-113">"#, "</span>", "</span>",
        ])
        let tags = tokenizer.tags(in: text)
        #expect(tags[0].kind == .start)
        #expect(tags[0].attribute("data-ttu-id") == "063b3-113")
        #expect(tags[2].attribute("class") == "sxs-lookup")
        #expect(tags[1].kind == .end)
    }

    @Test func offsetsStayRightPastLibxml2BufferShrinking() {
        // libxml2 drops the start of its buffer after ~500 bytes; offsets must still be absolute.
        let filler = String(repeating: "这包括客户的联系人信息。", count: 60)
        let text = "<span data-ttu-id=\"a-1\">\(filler)</span><span class=\"sxs-lookup\"><span data-stu-id=\"a-1\">\(filler)</span></span>"
        let tags = written(text)
        #expect(tags.count == 6)
        #expect(tags.suffix(2) == ["</span>", "</span>"])
    }

    @Test func leavesOutElementsTheParserImplies() {
        // An unterminated span is closed by libxml2 at the end, and text gets an implied <p>: neither is written.
        let tags = tokenizer.tags(in: #"text <span data-ttu-id="x-1">open"#)
        #expect(tags.map(\.kind) == [.start])
    }

    @Test func findsTagsAfterStrayEndTagsAndSelfClosingOnes() {
        let text = #"<a name="x"></a><a id="14"/></a><span data-ttu-id="13c9a-106">Office</span>"#
        #expect(written(text) == [#"<a name="x">"#, "</a>", #"<a id="14"/>"#, #"<span data-ttu-id="13c9a-106">"#, "</span>"])
    }

    @Test func readsInlineHTMLInsideSegments() {
        let text = "<span data-ttu-id=\"a-2\">行<br/>次<strong>粗</strong>&amp;</span>"
        let names = tokenizer.tags(in: text).map { "\($0.kind == .end ? "/" : "")\($0.name)" }
        #expect(names == ["span", "br", "strong", "/strong", "/span"])
    }

    @Test func reportsComments() {
        let tags = tokenizer.tags(in: "a <!-- note --> b")
        #expect(tags.count == 1)
        #expect(tags.first?.kind == .comment)
        #expect(tags.first?.range == 2..<15)
    }

    @Test func keepsReadingUTF8AfterAMetaCharset() {
        // libxml2 would switch to Latin-1 at the <meta>, and the pair after it would come out garbled.
        let text = #"<meta charset="iso-8859-1"><span data-ttu-id="a-1">从仪表板</span><span class="sxs-lookup"><span data-stu-id="a-1">From</span></span>"#
        #expect(written(text) == [
            #"<meta charset="iso-8859-1">"#, #"<span data-ttu-id="a-1">"#, "</span>", #"<span class="sxs-lookup">"#,
            #"<span data-stu-id="a-1">"#, "</span>", "</span>",
        ])
        let meta = #"<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><b>仪表板</b><i>x</i>"#
        #expect(written(meta).suffix(4) == ["<b>", "</b>", "<i>", "</i>"])
    }

    @Test func isReusableAcrossInputs() {
        #expect(written("<b>x</b>") == ["<b>", "</b>"])
        #expect(written("<i>y</i>") == ["<i>", "</i>"])
        #expect(tokenizer.tags(in: "").isEmpty)
    }
}
