@testable import SxsProcedures
import Testing

@Suite struct MarkdownProcedureWriterTests {
    @Test func cleanNumberedStepsWithoutPairMarkup() throws {
        let article = try Repository.procedures(Repository.content("zh-CN", "add-a-new-customer"), side: .target)
        let markdown = MarkdownProcedureWriter.markdown(article.procedures)
        #expect(!markdown.contains("<span"))
        #expect(markdown.hasPrefix("## 添加新客户\n\n**适用于**: 合作伙伴中心; 美国政府 Microsoft 云合作伙伴中心; 德国 Microsoft 云合作伙伴中心\n"))
        #expect(markdown.contains("\n1. 从**仪表板**菜单中，选择**客户**。 然后选择**添加客户**。\n"))
        #expect(markdown.contains("\n5. 在你审查确认并复制管理员用户帐户和密码后，选择**完成**。\n"))
    }

    @Test func labelsAreNotEscaped() throws {
        let article = try Repository.procedures(Repository.content("ja-JP", "add-a-new-customer"), side: .target)
        #expect(MarkdownProcedureWriter.markdown(article.procedures).contains("1. **[ダッシュボード]** メニューで **[顧客]** を選びます。"))
    }

    @Test func notesBetweenSteps() throws {
        let article = try Repository.procedures(Repository.content("en-US", "create-a-new-subscription"), side: .target)
        let markdown = MarkdownProcedureWriter.markdown(article.procedures)
        #expect(markdown.contains("\n3. Select the type of subscription billing you want to use. See [FAQ about new billing features](faq-about-new-billing-features.md) for"))
        #expect(markdown.contains("frequency.\n\n   > [!NOTE]\n   > You now have the option"))
        #expect(markdown.contains("Microsoft products](offer-your-customers-trials-of-microsoft-products.md).\n\n4. After selecting"))
        #expect(markdown.contains("## Suspend a subscription"))
    }
}
