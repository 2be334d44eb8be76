import SideBySide
@testable import SxsProcedures
import Testing

/// Recognition from each locale's own text, with real segments of the corpus as examples.
@Suite struct StepRecognizerTests {
    // MARK: English source

    @Test func englishMenuThenItemIsOneCascade() throws {
        let document = Article.sxs(locale: "zh-CN", "1.  {{从**仪表板**菜单中，选择**客户**。|From the **Dashboard** menu, select **Customers**.}} {{然后选择**添加客户**。|Then select **Add customer**.}}\n")
        let actions = try Article.firstStepActions(document, side: .source)
        #expect(signatures(actions) == ["select(menuItem)", "select(button)"])
        #expect(actions[0].ui?.path == ["Dashboard", "Customers"])
        #expect(actions[0].ui?.label == "Customers")
        #expect(actions[1].ui?.label == "Add customer")
        #expect(actions[1].segmentID?.raw == "t-102")
    }

    @Test func englishItemBeforeItsMenu() throws {
        // request-a-relationship-with-a-customer.md, step 1.
        let document = Article.sxs(locale: "zh-CN", "1.  {{从**仪表板**菜单中选择**客户**，然后选择**请求经销商关系**。|Select **Customers** from your **Dashboard** menu and then select **Request a reseller relationship**.}}\n")
        let actions = try Article.firstStepActions(document, side: .source)
        #expect(signatures(actions) == ["select(menuItem)", "select(button)"])
        #expect(actions[0].ui?.path == ["Dashboard", "Customers"])
        #expect(actions[1].ui?.path == ["Request a reseller relationship"])
    }

    @Test func englishPagePhrasesAndLabelsInTextOrder() throws {
        let document = Article.sxs(locale: "zh-CN", "1.  {{在**订阅**页上，选择正确的产品/服务、输入许可证编号，然后选择**下一步: 审查**。|On the **Subscriptions** page, choose the correct offer(s), enter the number of licenses, and then select **Next: Review**.}}\n")
        let actions = try Article.firstStepActions(document, side: .source)
        #expect(signatures(actions) == ["assertPage(page)", "chooseFromList", "enterValue", "select(button)"])
        #expect(actions[2].text == "enter the number of licenses")
        #expect(actions.map(\.range.start.offset) == actions.map(\.range.start.offset).sorted())
    }

    @Test func englishPhraseNeedsWholeWords() throws {
        // "Center the number" holds "enter the number", but not as whole words.
        let document = Article.sxs(locale: "zh-CN", "1.  {{合作伙伴中心显示许可证数。|Partner Center the number of licenses is shown.}}\n")
        #expect(try Article.firstStepActions(document, side: .source).isEmpty)
    }

    @Test func englishCascadeWrittenWithSeparators() throws {
        // ja-JP-2021, segment 4dcda-127.
        let document = Article.sxs(locale: "ja-JP", "1.  {{**[+ 追加]**  >  **[ロール割り当ての追加]** の順に選択します。|Select **+ Add** > **Add role assignment**.}}\n")
        let source = try Article.firstStepActions(document, side: .source)
        #expect(signatures(source) == ["select(menuItem)"])
        #expect(source[0].ui?.path == ["+ Add", "Add role assignment"])
        let target = try Article.firstStepActions(document, side: .target)
        #expect(signatures(target) == ["select(menuItem)"])
        #expect(target[0].ui?.path == ["+ 追加", "ロール割り当ての追加"])
    }

    @Test func placeNamedInWordsIsTheCascadeThatLeadsThere() throws {
        // zh-CN-2017 create-a-new-subscription.md, segment b7670-120: no bold label says where the customer list is.
        let document = Article.sxs(locale: "zh-CN", "1.  {{若要打开客户的 Azure 门户，请在客户列表中展开客户的列表，或者选择客户的名称，然后选择 **Microsoft Azure 管理门户**。|To open the customer’s Azure Portal, either expand the customer’s listing in your customer list or select the customer’s name and then select **Microsoft Azure Management Portal**.}}\n")
        let target = try Article.firstStepActions(document, side: .target)
        #expect(signatures(target) == ["select(menuItem)", "chooseFromList", "select(button)"])
        #expect(target[0].text == "请在客户列表中")
        #expect(target[0].ui?.path == ["仪表板", "客户"])
        let source = try Article.firstStepActions(document, side: .source)
        #expect(signatures(source) == ["select(menuItem)", "chooseFromList", "select(button)"])
        #expect(source[0].ui?.path == ["Dashboard", "Customers"])
        #expect(source[1].text == "select the customer’s name")
    }

    @Test func placeInADescriptionIsNoAction() throws {
        // zh-CN-2017 indirect-provider-tasks-in-partner-center.md, step 7: where the customer appears, not where to go.
        let document = Article.sxs(locale: "zh-CN", "1.  {{选择**完成**。|Select **Done**.}} {{新客户将出现在与间接经销商相关联的客户列表中。|The new customer appears in your customer list, associated with the indirect reseller.}}\n")
        #expect(signatures(try Article.firstStepActions(document, side: .target)) == ["select(button)"])
        #expect(signatures(try Article.firstStepActions(document, side: .source)) == ["select(button)"])
    }

    @Test func stepsInTheAzurePortalAreExternal() throws {
        let document = Article.sxs(locale: "zh-CN", "1.  {{在 Azure 门户中，打开客户的订阅列表并选择客户的 Azure 订阅。|In the Azure Portal, open the customer’s subscriptions list and select the customer’s Azure subscription.}}\n")
        #expect(signatures(try Article.firstStepActions(document, side: .target)) == ["external"])
        #expect(signatures(try Article.firstStepActions(document, side: .source)) == ["external"])
    }

    @Test func sectionLabelIsNoAction() throws {
        let document = Article.sxs(locale: "ja-JP", "1.  {{**[状態]** セクションで、**[中断]** を選びます。|In the **Status** section, choose **Suspended**.}}\n")
        #expect(signatures(try Article.firstStepActions(document, side: .source)) == ["select(button)"])
        let target = try Article.firstStepActions(document, side: .target)
        #expect(signatures(target) == ["select(button)"])
        #expect(target[0].ui?.label == "中断")
    }

    // MARK: zh-CN target

    @Test func chineseMenuCascadeAndPage() throws {
        let document = Article.sxs(locale: "zh-CN", "1.  {{从**仪表板**菜单中，选择**客户**。|From the **Dashboard** menu, select **Customers**.}}\n2.  {{在**帐户信息**页上，填写公司详细信息和主要联系人信息，然后选择**下一步: 订阅**。|x}}\n")
        let article = try Repository.procedures(document, side: .target)
        let steps = try #require(article.procedures.first?.steps)
        #expect(article.locale == "zh-CN")
        #expect(signatures(steps[0].actions) == ["select(menuItem)"])
        #expect(steps[0].actions[0].ui?.path == ["仪表板", "客户"])
        #expect(signatures(steps[1].actions) == ["assertPage(page)", "enterValue", "select(button)"])
        #expect(steps[1].actions[0].ui?.label == "帐户信息")
    }

    @Test func chineseQuotedLabelCountsOnlyWithAControlWord() throws {
        let document = Article.sxs(locale: "zh-CN", "1.  {{转到“设置”选项卡，了解“合作伙伴协议”。|Go to the **Settings** tab and learn about the Partner Agreement.}}\n")
        let actions = try Article.firstStepActions(document, side: .target)
        #expect(signatures(actions) == ["select(tab)"])
        #expect(actions[0].ui?.label == "设置")
        // The label's range is exactly the label in the file.
        let bytes = document.source.bytes[actions[0].ui!.range.offsets]
        #expect(String(decoding: bytes, as: UTF8.self) == "设置")
    }

    @Test func chineseBoldAlertWordIsNoLabelAndOpensANote() throws {
        let document = Article.sxs(locale: "zh-CN", "1.  {{选择**添加订阅**。|Select **Add subscription**.}}\n\n    {{**注意** 请选择**请求建立关系**。|**Note** Select **Request a relationship**.}}\n")
        let actions = try Article.firstStepActions(document, side: .target)
        #expect(actions.compactMap(\.ui?.label) == ["添加订阅"])
        let step = try #require(try Repository.procedures(document, side: .target).procedures.first?.steps.first)
        #expect(step.notes.map(\.kind) == ["NOTE"])
        #expect(step.notes.first?.paragraphs.first?.plainText == "请选择请求建立关系。")
    }

    // MARK: ja-JP target

    @Test func japaneseBracketedLabelsAndVerbsAfter() throws {
        // ja-JP add-a-new-customer.md, segments daf29-114 and daf29-115.
        let document = Article.sxs(locale: "ja-JP", "1.  {{**[ダッシュボード]** メニューで **[顧客]** を選びます。|From the **Dashboard** menu, select **Customers**.}} {{**[顧客の追加]** を選びます。|Then select **Add customer**.}}\n")
        let actions = try Article.firstStepActions(document, side: .target)
        #expect(signatures(actions) == ["select(menuItem)", "select(button)"])
        #expect(actions[0].ui?.path == ["ダッシュボード", "顧客"])
        #expect(actions[1].ui?.label == "顧客の追加")
        #expect(actions[1].segmentID?.raw == "t-102")
    }

    @Test func japaneseVerbAfterLabelIsNotAlsoAPhraseAction() throws {
        // "をクリックして" follows the label: one select, not a select and a phrase.
        let document = Article.sxs(locale: "ja-JP", "1.  {{**[送信]** をクリックして、ライセンス数を入力します。|Click **Submit** and enter the number of licenses.}}\n")
        #expect(signatures(try Article.firstStepActions(document, side: .target)) == ["select(button)", "enterValue"])
        #expect(signatures(try Article.firstStepActions(document, side: .source)) == ["select(button)", "enterValue"])
    }

    @Test func japanesePlainBracketLabelWithControlWord() throws {
        // ja-JP-2021, segment 85a7c-154.
        let document = Article.sxs(locale: "ja-JP", "1.  {{購入プロセスの一環として、[基本] タブにリダイレクトされ、次の操作を行う必要があります。|As part of the purchase process, you'll be redirected to the **Basics** tab and you'll be required to:}}\n")
        let target = try Article.firstStepActions(document, side: .target)
        #expect(signatures(target) == ["select(tab)"])
        #expect(target[0].ui?.label == "基本")
        #expect(signatures(try Article.firstStepActions(document, side: .source)) == ["select(tab)"])
    }

    @Test func japanesePhrasesWithoutLabels() throws {
        // ja-JP request-a-relationship-with-a-customer.md, step 3 (segment 5c6c8-118).
        let document = Article.sxs(locale: "ja-JP", "1.  {{顧客にメールを送信します。|Send the email to your customer.}}\n")
        let target = try Article.firstStepActions(document, side: .target)
        #expect(signatures(target) == ["external"])
        #expect(target[0].text == "メールを送信")
        #expect(signatures(try Article.firstStepActions(document, side: .source)) == ["external"])
    }

    @Test func informationalOnlyWhenNothingElse() throws {
        let document = Article.sxs(locale: "ja-JP", "1.  {{すべてのデータは削除されます。|All data will be deleted.}}\n2.  {{**[削除]** を選びます。データは削除されます。|Select **Delete**. The data will be deleted.}}\n")
        let steps = try #require(try Repository.procedures(document, side: .target).procedures.first?.steps)
        #expect(signatures(steps[0].actions) == ["informational"])
        #expect(signatures(steps[1].actions) == ["select(button)"])
    }

    @Test func optionalWhenTheCommandStartsWithACondition() throws {
        let document = Article.sxs(locale: "zh-CN", "1.  {{如果你需要更改帐户，请单击**编辑**。|If you need to change the account, click **Edit**.}}\n2.  {{在**审查**页上，单击**编辑**（如果需要）。|On the **Review** page, click **Edit** if you need to.}}\n")
        for side in ProcedureSide.allCases {
            let steps = try #require(try Repository.procedures(document, side: side).procedures.first?.steps)
            #expect(steps.map(\.isOptional) == [true, false], "\(side)")
        }
    }
}
