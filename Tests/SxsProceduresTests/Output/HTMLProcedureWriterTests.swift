import Foundation
@testable import SxsProcedures
import Testing

@Suite struct HTMLProcedureWriterTests {
    @Test func standaloneAccessiblePage() throws {
        let article = try Repository.procedures(Repository.content("ja-JP", "create-a-new-subscription"), side: .target)
        let html = HTMLProcedureWriter.html(article)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"ja-JP\">"))
        #expect(html.contains("<title>新しいサブスクリプションを作成する</title>"))
        // No external assets: no scripts, stylesheets, images or fonts fetched from elsewhere.
        for forbidden in ["<script", "<link", "<img", "src=", "@import", "url("] { #expect(!html.contains(forbidden), "\(forbidden)") }
        #expect(html.components(separatedBy: "<section aria-labelledby=").count == 3)
        #expect(html.contains("<ol class=\"steps\" aria-labelledby=\"procedure-2\">"))
        #expect(html.contains("<aside class=\"note\" role=\"note\" aria-label=\"Note\">"))
        #expect(html.contains("<strong class=\"ui\">[ダッシュボード]</strong>"))
        #expect(!html.contains("data-ttu-id"))
    }

    @Test func textIsEscaped() throws {
        let document = Article.sxs(locale: "zh-CN", "1.  {{选择 **A &lt;b&gt;** 和 \\<x\\>。|Select **A &lt;b&gt;** and \\<x\\>.}}\n")
        let html = HTMLProcedureWriter.html(try Repository.procedures(document, side: .source))
        #expect(html.contains("<strong class=\"ui\">A &lt;b&gt;</strong> and &lt;x&gt;."))
    }
}
