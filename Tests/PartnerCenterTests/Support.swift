import Foundation
import Testing
@testable import PartnerCenter
import SxsTestSupport

/// Shared fixtures of the PartnerCenter tests.
enum Fixture {
    /// The repository's `locales/` directory (the tests read the shipped UI strings).
    static let localesDirectory: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("locales").path

    static let strings: UIStrings = {
        do {
            return try UIStrings.load(fromDirectory: localesDirectory)
        } catch {
            fatalError("cannot load the UI strings: \(error)")
        }
    }()

    static let contoso = PartnerAccount(id: PartnerID("11111111-aaaa-4aaa-8aaa-111111111111"), name: "Contoso Partner",
                                        cloud: .worldwide, type: .direct)
    static let fabrikam = PartnerAccount(id: PartnerID("22222222-bbbb-4bbb-8bbb-222222222222"), name: "Fabrikam Reseller",
                                         cloud: .worldwide, type: .indirectReseller)
    static let germanPartner = PartnerAccount(id: PartnerID("33333333-cccc-4ccc-8ccc-333333333333"), name: "Deutscher Partner",
                                              cloud: .germany, type: .indirectProvider)

    /// 1 March 2024, 10:00 UTC.
    static let start = Date(timeIntervalSince1970: 1_709_287_200)

    /// A clock the test moves by hand.
    final class Clock {
        var now: Date
        init(_ now: Date = Fixture.start) { self.now = now }
        func advance(days: Int) { now = now.addingTimeInterval(TimeInterval(days) * 86_400) }
    }

    static func session(_ partner: PartnerAccount = contoso, repository: any CustomerRepository = InMemoryCustomerRepository(),
                        clock: Clock = Clock(), seed: UInt64 = 1) -> PartnerCenterSession {
        PartnerCenterSession(partner: partner, repository: repository, strings: strings, clock: { clock.now },
                             random: .seeded(seed))
    }

    static func accountInfo(prefix: String, company: String = "Wingtip Toys") -> [AccountField: String] {
        [
            .companyName: company, .addressLine1: "1 Microsoft Way", .city: "Redmond", .stateOrProvince: "WA",
            .postalCode: "98052", .country: "US", .firstName: "Ada", .lastName: "Lovelace",
            .email: "ada@wingtiptoys.com", .phone: "+1 425 555 0100", .domainPrefix: prefix,
        ]
    }

    /// Opens the wizard and fills in the Account info page.
    static func openWizard(_ session: PartnerCenterSession, prefix: String, company: String = "Wingtip Toys") throws {
        try session.activate(UIModel.customersMenuItem)
        try session.activate(UIModel.addCustomer)
        for (field, value) in accountInfo(prefix: prefix, company: company) {
            try session.enter(value, into: field.controlID)
        }
    }

    /// Runs the whole wizard and returns what the confirmation page shows.
    @discardableResult
    static func addCustomer(_ session: PartnerCenterSession, prefix: String, company: String = "Wingtip Toys",
                            offers: [(OfferID, Int)] = [("office365-e3", 10)]) throws -> AddCustomerConfirmation {
        try openWizard(session, prefix: prefix, company: company)
        try session.activate(UIModel.accountInfoNext)
        for (offer, quantity) in offers {
            try session.choose(offer)
            try session.setQuantity(quantity, for: offer)
        }
        try session.activate(UIModel.subscriptionsNext)
        guard case .customerCreated(let confirmation) = try session.activate(UIModel.reviewSubmit) else {
            throw Failure("Submit did not create a customer")
        }
        try session.activate(UIModel.confirmationDone)
        return confirmation
    }

    /// Opens the edit page of `subscription`.
    static func openSubscription(_ session: PartnerCenterSession, _ subscription: Subscription) throws {
        try session.activate(UIModel.customersMenuItem)
        try session.activate(ControlID(UIModel.customerRowPrefix + subscription.customerID.description))
        try session.activate(ControlID(UIModel.subscriptionRowPrefix + subscription.id.description))
    }

    /// A fresh directory for SQLite stores.
    static func temporaryDirectory() throws -> URL {
        let url = ScratchFolder.url("pc-tests")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Follows an article: finds the one control of the current page with `label` in `locale`.
func select(_ label: String, in locale: UILocale, on session: PartnerCenterSession,
            sourceLocation: SourceLocation = #_sourceLocation) throws {
    let matches = session.controls(labelled: label, in: locale)
    guard matches.count == 1 else {
        let shown = session.visibleControls(in: locale).map { "\($0.id): \($0.labels)" }
        Issue.record("'\(label)' matches \(matches.count) controls on \(session.currentPage): \(shown)",
                     sourceLocation: sourceLocation)
        throw Failure("label not resolved")
    }
    try session.activate(matches[0].id)
}

/// The invariants every store must keep, whatever happened.
func checkInvariants(_ snapshot: StoreSnapshot, catalog: [Cloud: OfferCatalog] = Dictionary(
    uniqueKeysWithValues: Cloud.allCases.map { ($0, OfferCatalog(cloud: $0)) }),
    sourceLocation: SourceLocation = #_sourceLocation) {
    // No duplicate domain within a cloud.
    let domains = snapshot.customers.map { "\($0.cloud.rawValue)/\($0.domain.prefix)" }
    #expect(Set(domains).count == domains.count, "duplicate domain", sourceLocation: sourceLocation)
    // Every customer has exactly one admin user, admin@ its domain, and at least one relationship.
    let customers = Dictionary(uniqueKeysWithValues: snapshot.customers.map { ($0.id, $0) })
    let admins = Dictionary(grouping: snapshot.users.filter { $0.role == .globalAdmin }, by: \.customerID)
    for customer in snapshot.customers {
        let users = admins[customer.id] ?? []
        #expect(users.count == 1, "customer \(customer.domain) has \(users.count) admin users", sourceLocation: sourceLocation)
        #expect(users.first?.userName == customer.domain.adminUserName, sourceLocation: sourceLocation)
        #expect(snapshot.relationships.contains { $0.customerID == customer.id },
                "customer \(customer.domain) belongs to no partner", sourceLocation: sourceLocation)
    }
    // No orphans.
    for user in snapshot.users { #expect(customers[user.customerID] != nil, "orphan user", sourceLocation: sourceLocation) }
    for relationship in snapshot.relationships {
        #expect(customers[relationship.customerID] != nil, "orphan relationship", sourceLocation: sourceLocation)
    }
    let subscriptions = Dictionary(uniqueKeysWithValues: snapshot.subscriptions.map { ($0.id, $0) })
    for subscription in snapshot.subscriptions {
        guard let customer = customers[subscription.customerID] else {
            Issue.record("orphan subscription", sourceLocation: sourceLocation)
            continue
        }
        // Licenses within the offer's limits; add-ons no more than their base.
        guard let offer = catalog[customer.cloud]?[subscription.offerID] else {
            Issue.record("subscription to \(subscription.offerID), not sold in \(customer.cloud)", sourceLocation: sourceLocation)
            continue
        }
        #expect(offer.licenses.contains(subscription.quantity),
                "\(subscription.offerID): \(subscription.quantity) licenses", sourceLocation: sourceLocation)
        if let parentID = subscription.parentID {
            let parent = subscriptions[parentID]
            #expect(parent != nil && parent!.quantity >= subscription.quantity && parent!.customerID == subscription.customerID,
                    "add-on over its base", sourceLocation: sourceLocation)
        }
        #expect((subscription.status == .suspended) == (subscription.dataDeletionDate != nil), sourceLocation: sourceLocation)
    }
    // Offers limited to one subscription per customer.
    let perCustomerOffer = Dictionary(grouping: snapshot.subscriptions, by: { "\($0.customerID)/\($0.offerID)" })
    for (_, group) in perCustomerOffer where group.count > 1 {
        let customer = customers[group[0].customerID]!
        #expect(catalog[customer.cloud]?[group[0].offerID]?.limitedToOnePerCustomer == false,
                "two subscriptions to \(group[0].offerID)", sourceLocation: sourceLocation)
    }
}
