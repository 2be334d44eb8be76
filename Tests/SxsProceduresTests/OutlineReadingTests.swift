import SideBySide
@testable import SxsProcedures
import SxsTestSupport
import Testing

/// What an outline or a step-actions reading takes from the Markdown without parsing it (plainly written headings
/// and bold paragraphs, paragraphs that cannot be all bold, a bound on the UI elements a step names) against what
/// reading the text with cmark-gfm gives.
@Suite struct OutlineReadingTests {
    /// Seeded random articles of headings, bold and other paragraphs, "Applies to" lists and procedures, each block
    /// written in one of the shapes that a look at the Markdown may or may not settle.
    static func randomArticles(count: Int, seed: UInt64) -> [SxsDocument] {
        var random = SeededGenerator(seed: seed)
        let headings = [
            "{{适用于|Applies to}}", "Applies to", "{{概述|Overview}}", "{{步骤：|Steps:}}", "{{适用于:|Applies to:}}", "［カテゴリ］",
            "{{标题 |Title }}", "{{**粗体**|**Bold**}}", "Title\\#", "Title #", "{{一 `二`|One `two`}}", "{{一&amp;二|One &amp; two}}",
            "{{适用于\u{3000}|Applies to\u{A0}}}", "<b>{{适用于|Applies to}}</b>", "APPLIES TO", "{{Ａpplies|Applies}} to",
        ]
        let bold = [
            "**{{适用于|Applies to}}**", "**{{创建|Create}}**", "**{{删除：|Delete:}}**", "** {{空格|Space}}**", "**{{a*b|a*b}}**",
            "__{{适用于|Applies to}}__", "**{{标题|Title}}** {{和|and}}", "<a name=\"q\"></a>**{{标题|Title}}**", "\u{3000}**{{全角|Wide}}**",
            "**{{[顧客]|[Customers]}}**", "**Applies to**  ", "**{{适用于|Applies to}}**\n**{{第二|Second}}**", "**{{注|Note}}**",
            "&nbsp;**{{标题|Title}}**", "**{{一|One}}\u{301}**", "**{{(新)|(New)}}**", "**{{标题 |Title }}**",
        ]
        let paragraphs = [
            "{{结果|Result}}", "Result text", "{{中文**粗体**|Text **bold**}}", "{{“**引用**”|\"**Quoted**\"}}", " **{{x|X}}**",
            "{{1. **一**|1. **One**}}", "[ref]: /url\n**{{y|Y}}**", "{{é**x**|é**x**}}", "{{—**破折号**|—**Dash**}}", "9 **{{九|Nine}}**",
            "{{# **标题**|# **Title**}}", "{{> **引用**|> **Quote**}}", "`**code**`", "Ünïcode **{{x|X}}**",
        ]
        let steps = [
            "{{选择**客户**。|Select **Customers**.}}", "{{从**仪表板**菜单中选择“用户”。|From the **Dashboard** menu, select **Users**.}}",
            "{{在客户列表中找到它。|Find it listing in your customer list.}}", "{{选择“是”。|Select \"Yes\".}}", "{{登录。|Sign in.}}",
            "{{**[顧客]** を選びます。|Select **Customers**.}}", "{{单击**添加** > **用户**。|Click **Add** > **User**.}}",
        ]
        var documents: [SxsDocument] = []
        for _ in 0..<count {
            var body = ""
            for _ in 0..<Int.random(in: 3...10, using: &random) {
                switch Int.random(in: 0..<5, using: &random) {
                case 0:
                    let anchor = Bool.random(using: &random) ? "<a name=\"h-1\"></a>" : ""
                    body += String(repeating: "#", count: Int.random(in: 1...7, using: &random)) + " " + anchor + headings.randomElement(using: &random)!
                case 1: body += bold.randomElement(using: &random)!
                case 2: body += paragraphs.randomElement(using: &random)!
                case 3:
                    // Mostly after a heading or bold paragraph: an "Applies to" list, or another.
                    if Int.random(in: 0..<4, using: &random) > 0 {
                        body += (Bool.random(using: &random) ? "## " + headings.randomElement(using: &random)! : bold.randomElement(using: &random)!) + "\n\n"
                    }
                    body += "- {{合作伙伴中心|Partner Center}}\n- {{其他|Other}}"
                default:
                    for number in 1...Int.random(in: 1...3, using: &random) {
                        body += "\(number). " + steps.randomElement(using: &random)! + "\n"
                        if Int.random(in: 0..<4, using: &random) == 0 { body += "\n    " + paragraphs.randomElement(using: &random)! + "\n" }
                        if Int.random(in: 0..<5, using: &random) == 0 { body += "\n    > " + bold.randomElement(using: &random)! + "\n" }
                        if Int.random(in: 0..<5, using: &random) == 0 { body += "\n    1. " + steps.randomElement(using: &random)! + "\n" }
                    }
                }
                body += "\n\n"
            }
            documents.append(Article.sxs(locale: Bool.random(using: &random) ? "zh-CN" : "ja-JP", body))
        }
        return documents
    }

    /// Outlines and step-actions readings take the titles, "Applies to" headings and bold paragraphs they look at
    /// from the Markdown where it is written plainly (or cannot be bold): they must find the procedures and steps
    /// that reading every such block finds.
    @Test func readingsOfRandomArticlesHaveTheProceduresOfAFullReading() throws {
        var procedures = 0, appliesTo = 0
        for document in Self.randomArticles(count: 400, seed: 0x5EED_0001) {
            for side in ProcedureSide.allCases {
                guard let locale = ProcedureExtractor.locale(of: document, side: side) else { continue }
                let patterns = try Repository.patterns(locale)
                let full = ProcedureExtractor(side: side, patterns: patterns).procedures(in: document)
                let outline = ProcedureExtractor(side: side, patterns: patterns, detail: .steps).procedures(in: document)
                #expect(ProcedureExtractorTests.outline(outline) == ProcedureExtractorTests.outline(full),
                        "\(side) \(String(decoding: document.source.bytes, as: UTF8.self))")
                let actions = ProcedureExtractor(side: side, patterns: patterns, detail: .actions).procedures(in: document)
                let stepActions = ProcedureExtractor(side: side, patterns: patterns, detail: .stepActions).procedures(in: document)
                #expect(stepActions == actions.map(ProcedureExtractorTests.withoutText))
                procedures += full.count
                appliesTo += full.count { !$0.appliesTo.isEmpty }
            }
        }
        #expect(procedures > 500 && appliesTo > 50)
    }

    /// A heading or bold paragraph written plainly has the plain text that cmark-gfm's reading gives, and a bold
    /// paragraph is one strong emphasis; a paragraph that cannot be bold is not.
    @Test func plainlyWrittenBlocksReadAsTheirMarkdownSays() throws {
        var plain = 0, notPlain = 0, notBold = 0
        for document in Self.randomArticles(count: 300, seed: 0x5EED_0002) {
            for side in ProcedureSide.allCases {
                let reader = SideTextReader(document: document, side: side)
                for block in document.blocks where block.kind == .paragraph || block.kind.isHeading {
                    let text = reader.text(of: block)
                    if let plainText = reader.plainTextIfPlainlyWritten(block) {
                        plain += 1
                        #expect(String(decoding: plainText, as: UTF8.self) == text.plainText)
                        if block.kind == .paragraph { #expect(text.inlines.map(\.kind) == [.strong]) }
                    } else {
                        notPlain += 1
                    }
                    if block.kind == .paragraph, !reader.mayBeBold(block) {
                        notBold += 1
                        let visible = text.inlines.filter { inline in
                            switch inline.kind {
                            case .softBreak, .lineBreak: false
                            case .text(let text): !text.allSatisfy(\.isWhitespace)
                            case .html(let html): html.lowercased().hasPrefix("<br")
                            default: true
                            }
                        }
                        #expect(visible.count != 1 || visible[0].kind != .strong, "\(String(decoding: reader.markdown(of: block), as: UTF8.self))")
                    }
                }
            }
        }
        #expect(plain > 100 && notPlain > 100 && notBold > 100)
    }

    /// The English patterns, and the same with label quotes, more places (one with a word beyond ASCII) and case.
    static func recognizers() throws -> [StepRecognizer] {
        let english = try Repository.patterns("en-US")
        var quoted = english
        quoted.labels.quotes = [["\"", "\""], ["“", "”"]]
        quoted.places["the customer list"] = ["Dashboard", "Customers"]
        quoted.places["Ünïcode place"] = ["Dashboard"]
        var caseSensitive = quoted
        caseSensitive.caseInsensitive = false
        caseSensitive.locale = "en-XX"
        return try [english, quoted, caseSensitive, Repository.patterns("zh-CN"), Repository.patterns("ja-JP")]
            .map(StepRecognizer.init(patterns:))
    }

    /// Steps whose English (or translation) names UI elements in every way the recognizer knows (bold, quotes, places),
    /// written with references, escapes, code, links, HTML and line breaks.
    static func randomSteps(count: Int, seed: UInt64) -> [SxsDocument] {
        var random = SeededGenerator(seed: seed)
        let pieces = [
            "Select **Customers**.", "From the **Dashboard** menu, select **Users**", "listing in your customer list", "Listing in your\n    customer list",
            "listing in your cus`tomer` list", "listing in your `customer` list", "listing in your customer&#32;list", "&#108;isting in your customer list",
            "LISTING IN YOUR CUSTOMER LIST", "the customer list", "the cus<b>tomer</b> list", "Ünïcode place", "ünïcode place", "Select \"Yes\"",
            "select &quot;No&quot; button", "the “Save” button", "\\*\\*not bold\\*\\*", "[**Linked**](https://example.com) page", "<b>html</b> button",
            "![**image**](i.png)", "`**code**` field", "&gt; **Next**", "***Both***", "__Under__", "**Note** this", "click the \"**Mixed**\" tab",
            "选择“客户”", "选择**客户**", "「顧客」を選びます", "**[顧客]** を選びます", "選擇 Ａ", "&amp; more", "& more", "&nbsp;**Space**",
        ]
        var documents: [SxsDocument] = []
        for _ in 0..<count {
            var body = ""
            for number in 1...Int.random(in: 1...4, using: &random) {
                func text() -> String {
                    (0..<Int.random(in: 1...3, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined(separator: ", ")
                }
                body += "\(number). " + (Bool.random(using: &random) ? "{{\(text())|\(text())}}" : text()) + "\n"
                if Int.random(in: 0..<3, using: &random) == 0 { body += "\n    {{\(text())|\(text())}}\n" }
                if Int.random(in: 0..<4, using: &random) == 0 { body += "\n    > \(text())\n" }
                if Int.random(in: 0..<4, using: &random) == 0 { body += "\n    1. {{\(text())|\(text())}}\n" }
                body += "\n"
            }
            documents.append(Article.sxs(locale: "zh-CN", body))
        }
        return documents
    }

    /// The bound on the UI elements a step names, from its Markdown, is never below what reading its actions finds.
    @Test func namedElementBoundIsNeverBelowTheNamedElements() throws {
        var tight = 0, unknown = 0, steps = 0
        let documents = try ProcedureExtractorTests.documentsWithEveryKindOfStep() + Self.randomSteps(count: 300, seed: 0x5EED_0004)
        for recognizer in try Self.recognizers() {
            for document in documents {
                for side in ProcedureSide.allCases {
                    let extractor = ProcedureExtractor(side: side, recognizer: recognizer, detail: .stepActions)
                    for step in extractor.procedures(in: document).flatMap(\.allSteps) {
                        let named = step.actions.count { $0.ui != nil }
                        steps += 1
                        guard let bound = extractor.namedElementBound(ofStepAt: step.range, in: document) else {
                            unknown += 1
                            continue
                        }
                        #expect(bound >= named, "\(recognizer.patterns.locale) \(side) \(String(decoding: document.source.bytes[step.range.offsets], as: UTF8.self))")
                        if bound == named, named > 0 { tight += 1 }
                    }
                }
            }
        }
        // Often exact, and unknown for a minority (written with a character reference, which many of these
        // steps are, or code where places are looked for).
        #expect(tight > steps / 6, "\(tight) of \(steps)")
        #expect(unknown > 0 && unknown < steps / 2, "\(unknown) of \(steps)")
    }

    /// A step read alone has the actions the reading of the whole article gives it.
    @Test func aStepReadAloneIsTheStepOfTheWholeReading() throws {
        for document in Self.randomSteps(count: 100, seed: 0x5EED_0005) {
            for side in ProcedureSide.allCases {
                let extractor = ProcedureExtractor(side: side, patterns: try Repository.patterns(side == .source ? "en-US" : "zh-CN"),
                                                   detail: .actions)
                for step in extractor.procedures(in: document).flatMap(\.allSteps) {
                    #expect(extractor.step(at: step.range, in: document) == step)
                }
            }
        }
    }

    /// Counting a phrase's occurrences with memchr finds as many as the scan.
    @Test func countIsTheNumberOfOccurrencesTheScanFinds() {
        var random = SeededGenerator(seed: 0x5EED_0006)
        let alphabet = Array("aAbB lL\u{00E9}中".utf8)
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0..<40, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
            let pattern = (0..<Int.random(in: 1...3, using: &random)).map { _ in Array("abl ".utf8).randomElement(using: &random)! }
            for foldingCase in [false, true] {
                var scanned = 0
                text.withUnsafeBufferPointer { text in
                    pattern.withUnsafeBufferPointer { pattern in
                        UTF8Text.scan(pattern, in: text, window: 0..<text.count, foldingCase: foldingCase) { _ in scanned += 1; return true }
                        #expect(UTF8Text.count(pattern, in: text, foldingCase: foldingCase) == scanned)
                    }
                }
            }
        }
    }
}

private extension BlockKind {
    var isHeading: Bool { if case .heading = self { true } else { false } }
}
