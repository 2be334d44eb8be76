import Foundation
import Testing
@testable import PartnerCenter

@Suite struct PartnerCenterSessionTests {
    /// The labels of add-a-new-customer.md, step by step, per locale.
    static let addCustomerSteps: [(UILocale, [String], [String], [String])] = [
        (.enUS, ["Dashboard", "Customers", "Add customer"], ["Next: Subscriptions"], ["Next: Review", "Edit"]),
        (.zhCN, ["仪表板", "客户", "添加客户"], ["下一步: 订阅"], ["下一步: 审查", "编辑"]),
        (.jaJP, ["ダッシュボード", "顧客", "顧客の追加"], ["次へ: サブスクリプション"], ["次へ: レビュー", "編集"]),
    ]

    @Test(arguments: [UILocale.enUS, .zhCN, .jaJP])
    func followsTheAddCustomerArticle(locale: UILocale) throws {
        let steps = Self.addCustomerSteps.first { $0.0 == locale }!
        let strings = Fixture.strings
        let session = Fixture.session()
        for label in steps.1 { try select(label, in: locale, on: session) }
        // Step 2: on the Account info page, complete the details, then Next: Subscriptions.
        #expect(session.pageTitles(in: locale).first == strings.label("page.addCustomer.accountInfo", in: locale))
        for (field, value) in Fixture.accountInfo(prefix: "article\(locale.identifier.prefix(2))") {
            try session.enter(value, into: field.controlID)
        }
        for label in steps.2 { try select(label, in: locale, on: session) }
        // Step 3: choose the offer, enter the number of licenses, Next: Review; step 4: Edit, back.
        try select(strings.label("offer.office365-e3", in: locale), in: locale, on: session)
        let quantity = try #require(session.controls(labelled: strings.label("quantity", in: locale), in: locale).first)
        try session.enter("12", into: quantity.id)
        for label in steps.3 { try select(label, in: locale, on: session) }
        #expect(session.currentPage == .addCustomerAccountInfo)
        for label in steps.2 + [steps.3[0]] { try select(label, in: locale, on: session) }
        #expect(session.pageTitles(in: locale).first == strings.label("page.addCustomer.review", in: locale))
        try select(strings.label("addCustomer.review.submit", in: locale), in: locale, on: session)
        #expect(session.outputs(in: locale).count == 2)
        try select(strings.label("addCustomer.confirmation.done", in: locale), in: locale, on: session)
        #expect(session.currentPage == .customers)
    }

    @Test func followsTheCreateAndSuspendArticlesInJapanese() throws {
        let session = Fixture.session()
        let created = try Fixture.addCustomer(session, prefix: "jajp", offers: [])
        try select("ダッシュボード", in: .jaJP, on: session)
        try select("顧客", in: .jaJP, on: session)
        try select("Wingtip Toys", in: .jaJP, on: session) // "choose a customer from the list"
        try select("新しいサブスクリプション", in: .jaJP, on: session)
        try select("年次", in: .jaJP, on: session)
        try select("Office 365 Enterprise E3", in: .jaJP, on: session)
        try select("送信", in: .jaJP, on: session)
        #expect(session.currentPage == .customer)
        try select("Office 365 Enterprise E3", in: .jaJP, on: session) // open it from the subscriptions list
        try select("状態", in: .jaJP, on: session)
        try select("中断", in: .jaJP, on: session)
        try select("提出", in: .jaJP, on: session)
        let subscription = try #require(session.repository.subscriptions(of: created.customer.id).first)
        #expect(subscription.status == .suspended && subscription.billingFrequency == .annual)
    }

    @Test func followsTheCreateArticleInChineseWithItsOlderWording() throws {
        let session = Fixture.session()
        try Fixture.addCustomer(session, prefix: "zhcn", offers: [])
        try select("仪表板", in: .zhCN, on: session)
        try select("客户", in: .zhCN, on: session)
        try select("Wingtip Toys", in: .zhCN, on: session)
        try select("添加订阅", in: .zhCN, on: session)
        try select("Office 365 企业版 E1", in: .zhCN, on: session)
        try select("提交", in: .zhCN, on: session)
        try select("Office 365 企业版 E1", in: .zhCN, on: session)
        try select("已暂停", in: .zhCN, on: session)
        try select("提交", in: .zhCN, on: session)
        #expect(session.currentPage == .customer)
    }

    @Test func customerPageOpensTheCustomersAzurePortal() throws {
        // zh-CN-2017 create-a-new-subscription.md: "select the customer's name and then select Microsoft Azure 管理门户".
        let session = Fixture.session()
        #expect(throws: PartnerCenterError.controlNotOnPage(UIModel.customerAzurePortal, page: .dashboard)) {
            try session.activate(UIModel.customerAzurePortal)
        }
        _ = try Fixture.addCustomer(session, prefix: "azure", offers: [])
        try select("仪表板", in: .zhCN, on: session)
        try select("客户", in: .zhCN, on: session)
        try select("Wingtip Toys", in: .zhCN, on: session)
        let customer = session.currentCustomerID
        try select("Microsoft Azure 管理门户", in: .zhCN, on: session)
        #expect(session.currentPage == .azurePortal)
        #expect(session.currentCustomerID == customer)
        #expect(session.pageTitles(in: .zhCN) == ["Azure 门户"])
        #expect(session.visibleControls(in: .jaJP).map(\.id) == [UIModel.dashboardMenu, UIModel.customersMenuItem])
        // The Japanese articles write the label two ways.
        try select("顧客", in: .jaJP, on: session)
        try select("Wingtip Toys", in: .jaJP, on: session)
        try select("Microsoft Azure の管理ポータル", in: .jaJP, on: session)
        #expect(session.currentPage == .azurePortal)
    }

    @Test func controlsOfTheCurrentPageOnly() throws {
        let session = Fixture.session()
        #expect(session.currentPage == .dashboard)
        #expect(session.visibleControls(in: .enUS).map(\.id) == [UIModel.dashboardMenu, UIModel.customersMenuItem])
        #expect(throws: PartnerCenterError.controlNotOnPage(UIModel.addCustomer, page: .dashboard)) {
            try session.activate(UIModel.addCustomer)
        }
        #expect(throws: PartnerCenterError.unknownControl("no.such.button")) { try session.activate("no.such.button") }
        try session.activate(UIModel.customersMenuItem)
        try session.activate(UIModel.addCustomer)
        #expect(throws: PartnerCenterError.notActivatable(AccountField.email.controlID)) {
            try session.activate(AccountField.email.controlID)
        }
        #expect(throws: PartnerCenterError.notAField(UIModel.accountInfoNext)) { try session.enter("x", into: UIModel.accountInfoNext) }
        #expect(throws: PartnerCenterError.controlNotOnPage(UIModel.confirmationDone, page: .addCustomerAccountInfo)) {
            try session.activate(UIModel.confirmationDone)
        }
        let message = Fixture.strings.message(for: .controlNotOnPage(UIModel.confirmationDone, page: .addCustomerAccountInfo), in: .zhCN)
        #expect(message == "控件“addCustomer.confirmation.done”不在“帐户信息”页上。")
    }

    @Test func everyPageShowsTheDashboardMenu() throws {
        let session = Fixture.session()
        let created = try Fixture.addCustomer(session, prefix: "menu")
        try Fixture.openSubscription(session, created.subscriptions[0])
        #expect(session.visibleControls(in: .jaJP).prefix(2).map(\.labels) == [["ダッシュボード"], ["顧客"]])
        #expect(try session.activate(UIModel.dashboardMenu) == .updated)
        #expect(try session.activate(UIModel.customersMenuItem) == .navigated(to: .customers))
    }

    @Test func visibleControlsCarryValuesAndSelections() throws {
        let session = Fixture.session()
        try Fixture.openWizard(session, prefix: "visible")
        let controls = session.visibleControls(in: .zhCN)
        #expect(controls.first { $0.id == AccountField.domainPrefix.controlID }?.value == "visible")
        #expect(controls.first { $0.id == UIModel.wizardTabAccountInfo }?.isSelected == true)
        #expect(controls.first { $0.id == UIModel.accountInfoNext }?.labels == ["下一步: 订阅", "下一步：订阅", "下一步"])
        try session.activate(UIModel.accountInfoNext)
        try session.activate(UIModel.billingAnnual)
        let catalog = session.visibleControls(in: .enUS)
        #expect(catalog.first { $0.id == UIModel.billingAnnual }?.isSelected == true)
        #expect(!catalog.contains { $0.id == OfferID("microsoft-azure").controlID }) // monthly only
        #expect(!catalog.contains { $0.kind == .quantity })
        try session.choose("office365-e1")
        #expect(session.visibleControls(in: .enUS).filter { $0.kind == .quantity }.map(\.value) == ["1"])
        try session.activate(OfferID("office365-e1").controlID) // unchecks it
        #expect(session.currentCatalogSelection?.chosen == [])
        #expect(throws: PartnerCenterError.offerNotSelected(offer: "office365-e1")) { try session.setQuantity(3, for: "office365-e1") }
    }
}
