import Foundation
import PropertyBased
import Testing
@testable import PartnerCenter

/// Random sequences of actions, by several partners of two clouds on one store, with store failures
/// injected half-way through some submits: the invariants hold after every action, and a refused or
/// failed action leaves the store exactly as it was.
@Suite struct InvariantPropertyTests {
    static let partners = [Fixture.contoso, Fixture.fabrikam, Fixture.germanPartner]
    static let prefixes = ["contoso", "Contoso", "fabrikam", "north", "south", "x", "bad-prefix", "ab"]
    static let offers = OfferCatalog.allOffers.map(\.id)
    static let quantities = [-1, 0, 1, 2, 5, 25, 26, 300, 301, 10_000, 10_001]

    /// One random action; its fields are decoded from one random number so that shrinking works on
    /// plain integer arrays.
    enum Action: CustomStringConvertible {
        case addCustomer(partner: Int, prefix: Int, offers: [Int], quantity: Int, frequency: Int, failAt: Int?)
        case newSubscription(customer: Int, offer: Int, quantity: Int, failAt: Int?)
        case changeQuantity(subscription: Int, quantity: Int)
        case suspend(subscription: Int)
        case reactivate(subscription: Int, afterDays: Int)
        case addOn(subscription: Int, offer: Int, quantity: Int)
        case acceptInvitation(partner: Int, customerOrPrefix: Int, services: Int)
        case submitEarly(partner: Int, prefix: Int)

        init(_ code: Int) {
            var rest = code
            func take(_ n: Int) -> Int { defer { rest /= n }; return rest % n }
            let kind = take(8)
            let failure = take(4) == 0 ? take(8) : nil
            _ = failure == nil ? take(8) : 0
            switch kind {
            case 0, 1:
                self = .addCustomer(partner: take(3), prefix: take(prefixes.count),
                                    offers: [take(offers.count), take(offers.count)].prefix(take(3)).map { $0 },
                                    quantity: take(quantities.count), frequency: take(3), failAt: failure)
            case 2: self = .newSubscription(customer: take(64), offer: take(offers.count), quantity: take(quantities.count), failAt: failure)
            case 3: self = .changeQuantity(subscription: take(64), quantity: take(quantities.count))
            case 4: self = .suspend(subscription: take(64))
            case 5: self = .reactivate(subscription: take(64), afterDays: take(2) == 0 ? 30 : 130)
            case 6: self = .addOn(subscription: take(64), offer: take(offers.count), quantity: take(quantities.count))
            default:
                self = take(2) == 0 ? .acceptInvitation(partner: take(3), customerOrPrefix: take(64), services: take(8))
                    : .submitEarly(partner: take(3), prefix: take(prefixes.count))
            }
        }

        var description: String {
            switch self {
            case .addCustomer(let p, let prefix, let o, let q, let f, let fail):
                "addCustomer(\(partners[p].name), \(prefixes[prefix]), \(o.map { offers[$0] }), \(quantities[q]), freq \(f), fail \(fail as Any))"
            case .newSubscription(let c, let o, let q, let fail): "newSubscription(#\(c), \(offers[o]), \(quantities[q]), fail \(fail as Any))"
            case .changeQuantity(let s, let q): "changeQuantity(#\(s), \(quantities[q]))"
            case .suspend(let s): "suspend(#\(s))"
            case .reactivate(let s, let d): "reactivate(#\(s), +\(d)d)"
            case .addOn(let s, let o, let q): "addOn(#\(s), \(offers[o]), \(quantities[q]))"
            case .acceptInvitation(let p, let c, let s): "accept(\(partners[p].name), #\(c), services \(s))"
            case .submitEarly(let p, let prefix): "submitEarly(\(partners[p].name), \(prefixes[prefix]))"
            }
        }
    }

    static let actions = Gen.int(in: 0...Int(Int32.max)).array(of: 1...40).map { $0.map(Action.init) }

    struct Injected: Error {}

    /// How many actions succeeded and were refused, to check that the runs exercise both.
    final class Tally: @unchecked Sendable {
        var succeeded = 0
        var refused = 0
        var customers = 0
    }

    /// Runs `actions`, checking after each one.
    static func run(_ actions: [Action], on repository: any CustomerRepository, tally: Tally = Tally()) throws {
        let clock = Fixture.Clock()
        let sessions = partners.enumerated().map { index, partner in
            Fixture.session(partner, repository: repository, clock: clock, seed: UInt64(index + 1) * 1_000)
        }
        for action in actions {
            let before = try repository.snapshot()
            do {
                try perform(action, sessions: sessions, snapshot: before, clock: clock, repository: repository)
                tally.succeeded += 1
            } catch {
                tally.refused += 1
                repository.faultInjector = nil
                let after = try repository.snapshot()
                #expect(after == before, "\(action) failed but changed the store")
            }
            repository.faultInjector = nil
            checkInvariants(try repository.snapshot())
        }
        tally.customers += try repository.snapshot().customers.count
    }

    static func inject(_ failAt: Int?, into repository: any CustomerRepository) {
        guard let failAt else { return }
        repository.faultInjector = { _, index in if index == failAt { throw Injected() } }
    }

    /// The session of a partner that has `customer` among its customers.
    static func session(for customer: CustomerID, _ sessions: [PartnerCenterSession], _ snapshot: StoreSnapshot) -> PartnerCenterSession? {
        guard let partner = snapshot.relationships.first(where: { $0.customerID == customer })?.partnerID else { return nil }
        return sessions.first { $0.partner.id == partner }
    }

    static func perform(_ action: Action, sessions: [PartnerCenterSession], snapshot: StoreSnapshot, clock: Fixture.Clock,
                        repository: any CustomerRepository) throws(PartnerCenterError) {
        func subscription(_ index: Int) -> Subscription? {
            snapshot.subscriptions.isEmpty ? nil : snapshot.subscriptions[index % snapshot.subscriptions.count]
        }
        func open(_ subscription: Subscription) throws(PartnerCenterError) -> PartnerCenterSession? {
            guard let session = session(for: subscription.customerID, sessions, snapshot) else { return nil }
            try session.activate(UIModel.customersMenuItem)
            try session.activate(ControlID(UIModel.customerRowPrefix + subscription.customerID.description))
            try session.activate(ControlID(UIModel.subscriptionRowPrefix + subscription.id.description))
            return session
        }
        switch action {
        case .addCustomer(let partner, let prefix, let chosen, let quantity, let frequency, let failAt):
            let session = sessions[partner]
            try session.activate(UIModel.customersMenuItem)
            try session.activate(UIModel.addCustomer)
            for (field, value) in Fixture.accountInfo(prefix: prefixes[prefix]) { try session.enter(value, into: field.controlID) }
            try session.activate(UIModel.accountInfoNext)
            try session.activate([UIModel.billingMonthly, UIModel.billingAnnual, UIModel.billingTrial][frequency])
            for offer in chosen {
                try session.choose(offers[offer])
                try session.setQuantity(quantities[quantity], for: offers[offer])
            }
            try session.activate(UIModel.subscriptionsNext)
            inject(failAt, into: repository)
            try session.activate(UIModel.reviewSubmit)
            try session.activate(UIModel.confirmationDone)
        case .newSubscription(let customerIndex, let offer, let quantity, let failAt):
            guard !snapshot.customers.isEmpty else { return }
            let customer = snapshot.customers[customerIndex % snapshot.customers.count]
            guard let session = session(for: customer.id, sessions, snapshot) else { return }
            try session.activate(UIModel.customersMenuItem)
            try session.activate(ControlID(UIModel.customerRowPrefix + customer.id.description))
            try session.activate(UIModel.newSubscription)
            try session.choose(offers[offer])
            try session.setQuantity(quantities[quantity], for: offers[offer])
            inject(failAt, into: repository)
            try session.activate(UIModel.newSubscriptionSubmit)
        case .changeQuantity(let index, let quantity):
            guard let target = subscription(index), let session = try open(target) else { return }
            try session.enter(String(quantities[quantity]), into: UIModel.editQuantity)
            try session.activate(UIModel.editSubmit)
        case .suspend(let index):
            guard let target = subscription(index), let session = try open(target) else { return }
            try session.activate(UIModel.editStatusSuspended)
            try session.activate(UIModel.editSubmit)
        case .reactivate(let index, let days):
            guard let target = subscription(index), let session = try open(target) else { return }
            clock.advance(days: days)
            try session.activate(UIModel.editStatusActive)
            try session.activate(UIModel.editSubmit)
        case .addOn(let index, let offer, let quantity):
            guard let target = subscription(index), let session = try open(target) else { return }
            try session.choose(offers[offer])
            try session.setQuantity(quantities[quantity], for: offers[offer])
            try session.activate(UIModel.editSubmit)
        case .acceptInvitation(let partner, let customerOrPrefix, let services):
            let tenant: CustomerTenant
            if !snapshot.customers.isEmpty, customerOrPrefix % 2 == 0 {
                let customer = snapshot.customers[customerOrPrefix / 2 % snapshot.customers.count]
                tenant = CustomerTenant(domain: customer.domain, company: customer.company, primaryContact: customer.primaryContact)
            } else {
                let prefix = prefixes[customerOrPrefix % prefixes.count]
                guard DomainName.check(prefix) == nil else { return }
                tenant = CustomerTenant(domain: try DomainName(prefix: prefix, cloud: .worldwide),
                                        company: CompanyDetails(name: prefix, address: Address(line1: "1", city: "c", postalCode: "1", country: "US")),
                                        primaryContact: PrimaryContact(firstName: "a", lastName: "b", email: "a@b.c", phone: "1"))
            }
            let granted = Set(Service.allCases.enumerated().filter { services & (1 << $0.offset) != 0 }.map(\.element))
            try ResellerInvitation(partner: partners[partner]).accept(by: tenant, grantingAdministrationOf: granted,
                                                                     repository: repository, now: clock.now, random: .seeded(UInt64(services + 7)))
        case .submitEarly(let partner, let prefix):
            let session = sessions[partner]
            try session.activate(UIModel.customersMenuItem)
            try session.activate(UIModel.addCustomer)
            try session.enter(prefixes[prefix], into: AccountField.domainPrefix.controlID)
            try session.activate(UIModel.reviewSubmit) // always refused: Submit before Review
        }
    }

    @Test func invariantsHoldInMemory() async {
        let tally = Tally()
        await propertyCheck(count: 150, input: Self.actions) { actions in
            try Self.run(actions, on: InMemoryCustomerRepository(), tally: tally)
        }
        #expect(tally.succeeded > 300 && tally.refused > 300 && tally.customers > 100,
                "succeeded \(tally.succeeded), refused \(tally.refused), customers \(tally.customers)")
    }

    @Test func invariantsHoldInSQLite() async throws {
        let directory = try Fixture.temporaryDirectory()
        await propertyCheck(count: 12, input: Self.actions) { actions in
            let path = directory.appendingPathComponent("\(UUID().uuidString).sqlite").path
            try Self.run(actions, on: try SQLiteCustomerRepository(path: path))
        }
    }

    /// The in-memory and SQLite stores agree on the outcome of the same actions.
    @Test func bothStoresAgree() async throws {
        let directory = try Fixture.temporaryDirectory()
        await propertyCheck(count: 10, input: Self.actions) { actions in
            let memory = InMemoryCustomerRepository()
            let sqlite = try SQLiteCustomerRepository(path: directory.appendingPathComponent("\(UUID().uuidString).sqlite").path)
            try Self.run(actions, on: memory)
            try Self.run(actions, on: sqlite)
            #expect(try memory.snapshot() == sqlite.snapshot())
        }
    }
}
