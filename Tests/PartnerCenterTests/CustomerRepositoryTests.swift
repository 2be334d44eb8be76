import Foundation
import Testing
@testable import PartnerCenter

/// The contract of ``CustomerRepository``, for both implementations.
@Suite struct CustomerRepositoryTests {
    enum Kind: String, CaseIterable, Sendable { case inMemory, sqlite }

    static func make(_ kind: Kind) throws -> any CustomerRepository {
        switch kind {
        case .inMemory: InMemoryCustomerRepository()
        case .sqlite: try SQLiteCustomerRepository(path: Fixture.temporaryDirectory().appendingPathComponent("store.sqlite").path)
        }
    }

    static func customer(_ prefix: String, cloud: Cloud = .worldwide, seed: UInt64) throws -> (Customer, User) {
        let random = RandomSource.seeded(seed)
        let customer = Customer(
            id: CustomerID(random.uuid()), cloud: cloud, domain: try DomainName(prefix: prefix, cloud: cloud),
            company: CompanyDetails(name: prefix, address: Address(line1: "1", city: "c", postalCode: "p", country: "US")),
            primaryContact: PrimaryContact(firstName: "f", lastName: "l", email: "e@x.com", phone: "1"),
            createdAt: Fixture.start)
        return (customer, User(id: UserID(random.uuid()), customerID: customer.id, userName: customer.domain.adminUserName,
                               role: .globalAdmin))
    }

    static func creation(_ customer: Customer, _ admin: User, partner: PartnerID = Fixture.contoso.id) -> ChangeSet {
        ChangeSet([.insertCustomer(customer), .insertUser(admin),
                   .insertRelationship(ResellerRelationship(partnerID: partner, customerID: customer.id,
                                                            origin: .createdByPartner, establishedAt: Fixture.start))])
    }

    @Test(arguments: Kind.allCases)
    func appliesAndReads(kind: Kind) throws {
        let repository = try Self.make(kind)
        let (customer, admin) = try Self.customer("alpha", seed: 1)
        let subscription = Subscription(id: SubscriptionID(UUID()), customerID: customer.id, offerID: "office365-e3",
                                        quantity: 5, billingFrequency: .monthly, createdAt: Fixture.start)
        var changes = Self.creation(customer, admin)
        changes.append(.insertSubscription(subscription))
        changes.append(.setServiceAdministrator(customer: customer.id, service: .azure, partner: Fixture.contoso.id))
        try repository.apply(changes)
        #expect(try repository.customer(customer.id) == customer)
        #expect(try repository.customer(withDomain: customer.domain) == customer)
        #expect(try repository.isDomainTaken(DomainName(prefix: "ALPHA", cloud: .worldwide)))
        #expect(try !repository.isDomainTaken(DomainName(prefix: "alpha", cloud: .germany)))
        #expect(try repository.customers(of: Fixture.contoso.id) == [customer])
        #expect(try repository.users(of: customer.id) == [admin])
        #expect(try repository.subscriptions(of: customer.id) == [subscription])
        #expect(try repository.serviceAdministrator(of: .azure, customer: customer.id) == Fixture.contoso.id)
        var updated = subscription
        updated.status = .suspended
        updated.suspendedAt = Fixture.start
        updated.dataDeletionDate = Fixture.start.addingTimeInterval(90 * 86_400)
        try repository.apply(ChangeSet([.updateSubscription(updated)]))
        #expect(try repository.subscription(subscription.id) == updated)
        checkInvariants(try repository.snapshot())
    }

    @Test(arguments: Kind.allCases)
    func refusesADuplicateDomainInTheCloud(kind: Kind) throws {
        let repository = try Self.make(kind)
        let (first, firstAdmin) = try Self.customer("beta", seed: 1)
        let (second, secondAdmin) = try Self.customer("Beta", seed: 2)
        try repository.apply(Self.creation(first, firstAdmin))
        let before = try repository.snapshot()
        #expect(throws: StoreError.domainTaken(second.domain)) { try repository.apply(Self.creation(second, secondAdmin)) }
        #expect(try repository.snapshot() == before)
        let (german, germanAdmin) = try Self.customer("beta", cloud: .germany, seed: 3)
        try repository.apply(Self.creation(german, germanAdmin))
    }

    @Test(arguments: Kind.allCases)
    func refusesASecondAdminUser(kind: Kind) throws {
        let repository = try Self.make(kind)
        let (customer, admin) = try Self.customer("gamma", seed: 1)
        try repository.apply(Self.creation(customer, admin))
        let another = User(id: UserID(UUID()), customerID: customer.id, userName: "admin2@x", role: .globalAdmin)
        #expect(throws: StoreError.duplicateAdminUser(customer.id)) { try repository.apply(ChangeSet([.insertUser(another)])) }
        #expect(try repository.users(of: customer.id) == [admin])
    }

    @Test(arguments: Kind.allCases)
    func aFailureAnywhereInAChangeSetLeavesNothing(kind: Kind) throws {
        let repository = try Self.make(kind)
        let (kept, keptAdmin) = try Self.customer("kept", seed: 1)
        try repository.apply(Self.creation(kept, keptAdmin))
        let before = try repository.snapshot()
        let (customer, admin) = try Self.customer("delta", seed: 2)
        var changes = Self.creation(customer, admin)
        changes.append(.insertSubscription(Subscription(id: SubscriptionID(UUID()), customerID: customer.id, offerID: "office365-e1",
                                                        quantity: 1, billingFrequency: .monthly, createdAt: Fixture.start)))
        changes.append(.setServiceAdministrator(customer: kept.id, service: .office365, partner: Fixture.fabrikam.id))
        struct Boom: Error {}
        for failing in changes.changes.indices {
            repository.faultInjector = { _, index in if index == failing { throw Boom() } }
            #expect(throws: StoreError.self) { try repository.apply(changes) }
            #expect(try repository.snapshot() == before, "failure at change \(failing) left something")
        }
        repository.faultInjector = nil
        // A constraint failing late (a missing parent subscription) rolls back the earlier inserts too.
        var broken = changes
        broken.append(.insertSubscription(Subscription(id: SubscriptionID(UUID()), customerID: customer.id, offerID: "exchange-online-archiving",
                                                       parentID: SubscriptionID(UUID()), quantity: 1, billingFrequency: .monthly,
                                                       createdAt: Fixture.start)))
        #expect(throws: StoreError.self) { try repository.apply(broken) }
        #expect(try repository.snapshot() == before)
        try repository.apply(changes)
        #expect(try repository.snapshot().customers.count == 2)
    }
}
