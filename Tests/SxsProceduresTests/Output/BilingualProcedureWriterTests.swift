@testable import SxsProcedures
import Testing

@Suite struct BilingualProcedureWriterTests {
    @Test func targetThenSourceStepByStep() throws {
        let document = try Repository.content("ja-JP", "add-a-new-customer")
        let text = BilingualProcedureWriter.markdown(target: try Repository.procedures(document, side: .target),
                                                     source: try Repository.procedures(document, side: .source))
        #expect(text.contains("## 新しい顧客の追加\n\n> Add a new customer\n"))
        #expect(text.contains("1. **[ダッシュボード]** メニューで **[顧客]** を選びます。 **[顧客の追加]** を選びます。\n\n   > From the **Dashboard** menu, select **Customers**. Then select **Add customer**.\n"))
        #expect(!text.contains("## Disagreements"))
    }

    @Test func disagreementsAreListed() throws {
        let document = Article.sxs(locale: "zh-CN", "1.  {{选择**客户**。|Select **Customers**.}}\n2.  {{然后添加客户。|Then select **Add customer**.}}\n")
        let text = BilingualProcedureWriter.markdown(target: try Repository.procedures(document, side: .target),
                                                     source: try Repository.procedures(document, side: .source))
        #expect(text.contains("## Disagreements\n\n- line 5: step 2: the target lacks the source's select(button) 'Add customer'"))
    }
}
