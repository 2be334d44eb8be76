import Foundation
import Testing
@testable import PartnerCenter

@Suite struct SubscriptionRulesTests {
    let repository = InMemoryCustomerRepository()
    let clock = Fixture.Clock()

    private func customerWithE3(_ session: PartnerCenterSession, quantity: Int = 10) throws -> AddCustomerConfirmation {
        try Fixture.addCustomer(session, prefix: "subs", offers: [("office365-e3", quantity)])
    }

    @Test func newSubscription() throws {
        let session = Fixture.session(repository: repository, clock: clock)
        let created = try customerWithE3(session)
        try session.activate(ControlID(UIModel.customerRowPrefix + created.customer.id.description))
        try session.activate(UIModel.newSubscription)
        #expect(session.currentPage == .newSubscription)
        #expect(throws: PartnerCenterError.noOfferChosen) { try session.activate(UIModel.newSubscriptionSubmit) }
        try session.activate(UIModel.billingMonthly)
        try session.choose("microsoft-azure")
        try session.choose("office365-e1")
        try session.setQuantity(7, for: "office365-e1")
        guard case .subscriptionsCreated(let bought) = try session.activate(UIModel.newSubscriptionSubmit) else {
            Issue.record("nothing bought")
            return
        }
        #expect(bought.map(\.offerID) == ["microsoft-azure", "office365-e1"])
        #expect(session.currentPage == .customer)
        #expect(repository.subscriptions(of: created.customer.id).count == 3)
        let rows = session.visibleControls(in: .zhCN).filter { $0.id.rawValue.hasPrefix(UIModel.subscriptionRowPrefix) }
        #expect(rows.map(\.labels) == [["Office 365 企业版 E3"], ["Microsoft Azure"], ["Office 365 企业版 E1"]])
    }

    @Test func offersLimitedToOnePerCustomer() throws {
        let session = Fixture.session(repository: repository, clock: clock)
        let created = try Fixture.addCustomer(session, prefix: "onlyone", offers: [("microsoft-azure", 1)])
        try session.activate(ControlID(UIModel.customerRowPrefix + created.customer.id.description))
        try session.activate(UIModel.newSubscription)
        let azure = session.visibleControls(in: .enUS).first { $0.id == OfferID("microsoft-azure").controlID }
        #expect(azure?.isEnabled == false)
        #expect(throws: PartnerCenterError.offerLimitedToOnePerCustomer(offer: "microsoft-azure")) {
            try session.choose("microsoft-azure")
        }
        #expect(repository.subscriptions(of: created.customer.id).count == 1)
    }

    @Test func changeQuantityWithinLimits() throws {
        let session = Fixture.session(repository: repository, clock: clock)
        let created = try customerWithE3(session)
        let subscription = created.subscriptions[0]
        try Fixture.openSubscription(session, subscription)
        #expect(session.pageTitles(in: .jaJP) == ["Office 365 Enterprise E3"])
        try session.enter("0", into: UIModel.editQuantity)
        #expect(throws: PartnerCenterError.quantityOutOfRange(offer: "office365-e3", quantity: 0, allowed: 1...10_000)) {
            try session.activate(UIModel.editSubmit)
        }
        #expect(repository.subscription(subscription.id)?.quantity == 10)
        try session.enter("120", into: UIModel.editQuantity)
        try session.activate(UIModel.editSubmit)
        #expect(repository.subscription(subscription.id)?.quantity == 120)
        #expect(session.currentPage == .customer)
    }

    @Test func addOnLicenses() throws {
        let session = Fixture.session(repository: repository, clock: clock)
        let created = try customerWithE3(session, quantity: 10)
        let base = created.subscriptions[0]
        try Fixture.openSubscription(session, base)
        let offers = session.visibleControls(in: .enUS).filter { $0.kind == .offer }.map(\.id)
        #expect(offers == [OfferID("office365-advanced-threat-protection").controlID, OfferID("exchange-online-archiving").controlID])
        try session.choose("exchange-online-archiving")
        try session.setQuantity(11, for: "exchange-online-archiving")
        #expect(throws: PartnerCenterError.addOnExceedsBase(offer: "exchange-online-archiving", quantity: 11, base: 10)) {
            try session.activate(UIModel.editSubmit)
        }
        try session.setQuantity(10, for: "exchange-online-archiving")
        try session.activate(UIModel.editSubmit)
        let addOn = try #require(repository.subscriptions(of: base.customerID).first { $0.parentID == base.id })
        #expect(addOn.offerID == "exchange-online-archiving" && addOn.quantity == 10)

        // The base cannot drop below its add-on.
        try Fixture.openSubscription(session, base)
        try session.enter("9", into: UIModel.editQuantity)
        #expect(throws: PartnerCenterError.addOnExceedsBase(offer: "exchange-online-archiving", quantity: 10, base: 9)) {
            try session.activate(UIModel.editSubmit)
        }
        // An add-on has no add-ons of its own.
        try Fixture.openSubscription(session, addOn)
        #expect(!session.visibleControls(in: .enUS).contains { $0.kind == .offer })
    }

    @Test func suspendKeepsDataForNinetyDaysPlusTheFirstBillingPeriod() throws {
        let session = Fixture.session(repository: repository, clock: clock)
        let created = try customerWithE3(session) // opened on 1 March, partner billed on the 1st
        let subscription = created.subscriptions[0]
        try Fixture.openSubscription(session, subscription)
        try session.activate(UIModel.editStatus) // "In the Status section"
        try session.activate(UIModel.editStatusSuspended)
        try session.activate(UIModel.editSubmit)
        let suspended = try #require(repository.subscription(subscription.id))
        #expect(suspended.status == .suspended)
        // 90 days + 31 days to the first billing period (1 April), capped at 120.
        #expect(suspended.dataDeletionDate == clock.now.addingTimeInterval(120 * 86_400))
        try Fixture.openSubscription(session, suspended)
        #expect(session.outputs(in: .enUS).map(\.id) == ["output.dataDeletionDate"])
        // A suspended subscription cannot be changed.
        try session.enter("20", into: UIModel.editQuantity)
        #expect(throws: PartnerCenterError.subscriptionSuspended) { try session.activate(UIModel.editSubmit) }
    }

    @Test func retentionPeriod() {
        let calendar = Calendar(identifier: .gregorian)
        func date(_ y: Int, _ m: Int, _ d: Int) -> Date {
            var c = DateComponents(year: y, month: m, day: d)
            c.timeZone = TimeZone(identifier: "UTC")
            return calendar.date(from: c)!
        }
        #expect(SubscriptionRules.firstBillingDate(accountOpenedAt: date(2024, 3, 10), billingDay: 15) == date(2024, 3, 15))
        #expect(SubscriptionRules.retentionDays(accountOpenedAt: date(2024, 3, 10), billingDay: 15) == 95)
        #expect(SubscriptionRules.firstBillingDate(accountOpenedAt: date(2024, 12, 20), billingDay: 15) == date(2025, 1, 15))
        #expect(SubscriptionRules.retentionDays(accountOpenedAt: date(2024, 12, 20), billingDay: 15) == 116)
        #expect(SubscriptionRules.retentionDays(accountOpenedAt: date(2024, 3, 1), billingDay: 1) == 120) // capped
        #expect(SubscriptionRules.retentionDays(accountOpenedAt: date(2024, 3, 14), billingDay: 15) == 91)
    }

    @Test func reactivateWithinTheRetentionPeriodOnly() throws {
        let session = Fixture.session(repository: repository, clock: clock)
        let created = try Fixture.addCustomer(session, prefix: "reactivate", offers: [("office365-e3", 5), ("office365-e1", 5)])
        for subscription in created.subscriptions {
            try Fixture.openSubscription(session, subscription)
            try session.activate(UIModel.editStatusSuspended)
            try session.activate(UIModel.editSubmit)
        }
        clock.advance(days: 60)
        try Fixture.openSubscription(session, created.subscriptions[0])
        try session.activate(UIModel.editStatusActive)
        try session.activate(UIModel.editSubmit)
        #expect(repository.subscription(created.subscriptions[0].id)?.status == .active)
        #expect(repository.subscription(created.subscriptions[0].id)?.dataDeletionDate == nil)

        clock.advance(days: 61) // 121 days after the suspension
        try Fixture.openSubscription(session, created.subscriptions[1])
        try session.activate(UIModel.editStatusActive)
        #expect(throws: PartnerCenterError.subscriptionDataDeleted) { try session.activate(UIModel.editSubmit) }
        #expect(repository.subscription(created.subscriptions[1].id)?.status == .suspended)
    }

    @Test func addOnsFollowTheirBaseWhenSuspended() throws {
        let session = Fixture.session(repository: repository, clock: clock)
        let created = try customerWithE3(session)
        let base = created.subscriptions[0]
        try Fixture.openSubscription(session, base)
        try session.choose("office365-advanced-threat-protection")
        try session.activate(UIModel.editSubmit)
        try Fixture.openSubscription(session, base)
        try session.activate(UIModel.editStatusSuspended)
        try session.activate(UIModel.editSubmit)
        let addOn = try #require(repository.subscriptions(of: base.customerID).first { $0.parentID == base.id })
        #expect(addOn.status == .suspended)
        // An add-on is not reactivated while its base is suspended.
        try Fixture.openSubscription(session, addOn)
        try session.activate(UIModel.editStatusActive)
        #expect(throws: PartnerCenterError.subscriptionSuspended) { try session.activate(UIModel.editSubmit) }
        checkInvariants(repository.snapshot())
    }
}
