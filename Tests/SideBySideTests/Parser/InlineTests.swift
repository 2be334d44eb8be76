import Testing
@testable import SideBySide
import SxsTestSupport

@Suite struct InlineTests {
    func sides(_ target: String, _ source: String) -> (SegmentSide, SegmentSide) {
        let document = Fixture.parse(Fixture.pair("i-1", target, source) + "\n")
        return (document.segments[0].target, document.segments[0].source!)
    }

    @Test func strongTextIsAUILabel() {
        let (target, source) = sides("从**仪表板**菜单中，选择**客户**。", "From the **Dashboard** menu, select **Customers**.")
        #expect(target.strongTexts == ["仪表板", "客户"])
        #expect(source.strongTexts == ["Dashboard", "Customers"])
        #expect(target.inlines.map(\.kind.name) == ["text", "strong", "text", "strong", "text"])
        #expect(source.plainText == "From the Dashboard menu, select Customers.")
    }

    @Test func emphasisLinksAndImages() {
        let (_, source) = sides("x", "See *this* [guide](a.md \"Guide\") ![icon](i.png)")
        let kinds = source.inlines.map(\.kind)
        #expect(kinds.contains(.emphasis))
        #expect(kinds.contains(.link(destination: "a.md", title: "Guide")))
        #expect(kinds.contains(.image(destination: "i.png", title: "")))
        let link = source.inlines.first { $0.kind.name == "link" }
        #expect(link?.plainText == "guide")
    }

    @Test func inlineCodeAndRawHTML() {
        let (target, _) = sides("运行 `Get-Help`<br/>然后<strong>确定</strong>", "x")
        let kinds = target.inlines.map(\.kind)
        #expect(kinds.contains(.code("Get-Help")))
        #expect(kinds.contains(.html("<br/>")))
        #expect(kinds.contains(.html("<strong>")))
    }

    @Test func entitiesAndEscapes() {
        let (target, _) = sides("A &amp; B \\* C", "x")
        let kinds = target.inlines.map(\.kind)
        #expect(kinds.contains(.entity(raw: "&amp;", decoded: "&")))
        #expect(kinds.contains(.escape("*")))
        #expect(target.plainText == "A & B * C")
    }

    @Test func corpusEntitiesEscapesImagesAndCode() throws {
        let entities = try Fixture.document("entities.zh-CN.2021.md").segments.flatMap { $0.target.inlines.flattened }
        #expect(entities.contains { if case .entity = $0.kind { true } else { false } })
        let escapes = try Fixture.document("escapes.zh-CN.2021.md").segments.flatMap { ($0.source?.inlines ?? []).flattened }
        #expect(escapes.contains { if case .escape = $0.kind { true } else { false } })
        let images = try Fixture.document("images.ja-JP.2021.md").segments.flatMap { ($0.source?.inlines ?? []).flattened }
        #expect(images.contains { if case .image = $0.kind { true } else { false } })
        let code = try Fixture.document("inline-code.zh-CN.2021.md").segments.flatMap { $0.target.inlines.flattened }
        #expect(code.contains { if case .code = $0.kind { true } else { false } })
    }

    @Test func inlineRangesAreExact() {
        let text = Fixture.pair("r-1", "选择**客户**", "Select **Customers**") + "\n"
        let document = Fixture.parse(text)
        let strong = try? #require(document.segments[0].target.inlines.first { $0.kind == .strong })
        #expect(document.source.string(strong!.range.offsets) == "**客户**")
        #expect(strong!.range.start.column == 1 + #"<span data-ttu-id="r-1">"#.utf8.count + "选择".utf8.count)
    }

    @Test func htmlBlockSegmentsAreParsedOnTheirOwn() {
        // A line that starts with a tag makes an HTML block; its Markdown is still read per segment.
        let text = "<span data-ttu-id=\"h-1\">\n   **[顧客]** を選びます</span><span class=\"sxs-lookup\"><span data-stu-id=\"h-1\">Select **Customers**</span></span>\n"
        let document = Fixture.parse(text)
        let pair = document.segments[0]
        #expect(pair.blockKind == "htmlBlock")
        #expect(pair.target.strongTexts == ["[顧客]"])
        let strong = pair.target.inlines.first { $0.kind == .strong }!
        #expect(document.source.string(strong.range.offsets) == "**[顧客]**")
        #expect(strong.range.start.line == 2)
        #expect(strong.range.start.column == 4)
    }

    @Test func htmlBlockSegmentsStartWithTheirOwnText() {
        // The side is parsed after a `;` that keeps it from starting a block; no trace of it is left.
        let text = "<span data-ttu-id=\"h-2\">\n顧客を選びます</span><span class=\"sxs-lookup\"><span data-stu-id=\"h-2\">Select **Customers**</span></span>\n"
        let document = Fixture.parse(text)
        let pair = document.segments[0]
        #expect(pair.blockKind == "htmlBlock")
        let first = pair.source!.inlines[0]
        #expect(first.kind == .text("Select "))
        #expect(document.source.string(first.range.offsets) == "Select ")
        #expect(pair.source!.plainText == "Select Customers")
        #expect(pair.target.plainText == " 顧客を選びます")
    }

    @Test func semicolonPrefixReadFromBytesAgreesWithTheString() {
        // parseStandalone drops its `;` when the first text starts with it: the byte test must
        // say what `hasPrefix(";")` says (combining marks, U+037E, invalid bytes included).
        let pieces = [";", ";", "a", " ", "\n", "\u{301}", "\u{37E}", "顧客", "\u{200D}", "\r\n", "e\u{301}", "\u{FE0F}",
                      "\u{370}", "\u{37F}", "é", "\u{1F600}", "\u{3099}", "か", "ー", "、", "\u{302A}", "\u{3029}",
                      "한", "！", "\u{FF9E}", "\u{E0100}", "\u{20DD}"]
        var generator = SeededGenerator(seed: 0x5E41_C010)
        for _ in 0..<5_000 {
            var bytes = Array(generator.text(from: pieces, count: 0...4).utf8)
            if !bytes.isEmpty, Int.random(in: 0..<8, using: &generator) == 0 {
                bytes[Int.random(in: 0..<bytes.count, using: &generator)] = 0xFF
            }
            let text = bytes[...]
            #expect(InlineBuilder.startsWithSemicolon(text) == String(decoding: text, as: UTF8.self).hasPrefix(";"),
                    "\(bytes)")
        }
    }

    @Test func standaloneTextCopiedByLineAgreesWithByteByByte() {
        // Text without CR is copied a line at a time: the same text and line origins as read a byte at a time.
        let pieces = [" ", "  ", "\t", ">", "> ", "a", "**b**", "顧客", "\n", "\n", "\n  ", "\n> ", ";", "<br/>"]
        var generator = SeededGenerator(seed: 0x57A4_D410)
        for _ in 0..<5_000 {
            let bytes = Array(generator.text(from: pieces, count: 0...12).utf8)
            guard !bytes.isEmpty else { continue }
            let lower = Int.random(in: 0..<bytes.count, using: &generator)
            let upper = Int.random(in: (lower + 1)...bytes.count, using: &generator)
            let inQuote = Bool.random(using: &generator)
            let byLine = InlineBuilder.standaloneText(of: lower..<upper, in: bytes, inQuote: inQuote)
            let byByte = InlineBuilder.standaloneTextByteByByte(of: lower..<upper, in: bytes, inQuote: inQuote)
            #expect(byLine.text == byByte.text && byLine.origins == byByte.origins, "\(bytes) \(lower..<upper) \(inQuote)")
        }
    }
}
