import Foundation

/// One change to the store. A ``ChangeSet`` of them is applied atomically.
public enum StoreChange: Hashable, Sendable {
    case insertCustomer(Customer)
    case insertUser(User)
    case insertSubscription(Subscription)
    case updateSubscription(Subscription)
    case insertRelationship(ResellerRelationship)
    /// Gives `partner` the administrator permissions for `service` of `customer`, taking them from
    /// whichever partner held them (only one partner holds them at a time).
    case setServiceAdministrator(customer: CustomerID, service: Service, partner: PartnerID)
}

/// Changes applied all together or not at all (one transaction).
public struct ChangeSet: Hashable, Sendable {
    public var changes: [StoreChange]
    public init(_ changes: [StoreChange] = []) { self.changes = changes }
    public mutating func append(_ change: StoreChange) { changes.append(change) }
    public var isEmpty: Bool { changes.isEmpty }
}

/// Why the store refused or failed a change. A refused ``ChangeSet`` leaves the store unchanged.
public enum StoreError: Error, Hashable, Sendable {
    case domainTaken(DomainName)
    case duplicateAdminUser(CustomerID)
    case duplicateRecord(String)
    case missingCustomer(CustomerID)
    case missingSubscription(SubscriptionID)
    /// A failure raised by a ``StoreFaultInjector`` (tests).
    case injectedFailure(String)
    /// SQLite or I/O failed.
    case database(String)
}

/// Called before each change of a change set is applied, inside the transaction; throwing aborts
/// the change set (tests use it to fail a submit half-way).
public typealias StoreFaultInjector = (_ change: StoreChange, _ index: Int) throws -> Void

/// Every record of a store, in a canonical order: to compare stores and check invariants.
public struct StoreSnapshot: Hashable, Sendable {
    public var customers: [Customer]
    public var users: [User]
    public var subscriptions: [Subscription]
    public var relationships: [ResellerRelationship]
    public var serviceAdministrators: [ServiceAdministrator]

    public init(customers: [Customer], users: [User], subscriptions: [Subscription],
                relationships: [ResellerRelationship], serviceAdministrators: [ServiceAdministrator]) {
        self.customers = customers.sorted { $0.id.description < $1.id.description }
        self.users = users.sorted { $0.id.description < $1.id.description }
        self.subscriptions = subscriptions.sorted { $0.id.description < $1.id.description }
        self.relationships = relationships.sorted {
            ($0.partnerID.rawValue, $0.customerID.description) < ($1.partnerID.rawValue, $1.customerID.description)
        }
        self.serviceAdministrators = serviceAdministrators.sorted {
            ($0.customerID.description, $0.service.rawValue) < ($1.customerID.description, $1.service.rawValue)
        }
    }
}

/// Which partner administers a service of a customer.
public struct ServiceAdministrator: Hashable, Sendable {
    public var customerID: CustomerID
    public var service: Service
    public var partnerID: PartnerID

    public init(customerID: CustomerID, service: Service, partnerID: PartnerID) {
        self.customerID = customerID
        self.service = service
        self.partnerID = partnerID
    }
}

/// Where customers, their admin users, subscriptions and reseller relationships are kept.
///
/// Customers of every partner of the instance live in one store: an initial domain is unique within
/// a cloud whoever created it, and a customer can have relationships with several partners.
public protocol CustomerRepository: AnyObject {
    /// Applies `changes` in one transaction: all of them, or (on any error) none.
    func apply(_ changes: ChangeSet) throws(StoreError)

    func customer(_ id: CustomerID) throws(StoreError) -> Customer?
    func customer(withDomain domain: DomainName) throws(StoreError) -> Customer?
    /// Whether a customer of the domain's cloud has it.
    func isDomainTaken(_ domain: DomainName) throws(StoreError) -> Bool
    /// The customers `partner` has a relationship with, in the order they became its customers.
    func customers(of partner: PartnerID) throws(StoreError) -> [Customer]
    func users(of customer: CustomerID) throws(StoreError) -> [User]
    func subscription(_ id: SubscriptionID) throws(StoreError) -> Subscription?
    /// A customer's subscriptions, in the order they were bought.
    func subscriptions(of customer: CustomerID) throws(StoreError) -> [Subscription]
    func relationship(partner: PartnerID, customer: CustomerID) throws(StoreError) -> ResellerRelationship?
    func serviceAdministrator(of service: Service, customer: CustomerID) throws(StoreError) -> PartnerID?
    /// Every record.
    func snapshot() throws(StoreError) -> StoreSnapshot

    /// Set by tests to fail a change set half-way.
    var faultInjector: StoreFaultInjector? { get set }
}

extension CustomerRepository {
    public func isDomainTaken(_ domain: DomainName) throws(StoreError) -> Bool {
        try customer(withDomain: domain) != nil
    }
}

/// The default store: dictionaries in memory, every lookup O(1).
public final class InMemoryCustomerRepository: CustomerRepository {
    private struct DomainKey: Hashable {
        var cloud: Cloud
        var prefix: String
    }

    /// The administering partner of each service of one customer.
    private struct Administrators {
        var office365: PartnerID?
        var azure: PartnerID?
        var dynamics365: PartnerID?
        subscript(service: Service) -> PartnerID? {
            get {
                switch service {
                case .office365: office365
                case .azure: azure
                case .dynamics365: dynamics365
                }
            }
            set {
                switch service {
                case .office365: office365 = newValue
                case .azure: azure = newValue
                case .dynamics365: dynamics365 = newValue
                }
            }
        }
        var isEmpty: Bool { office365 == nil && azure == nil && dynamics365 == nil }
    }

    /// A customer with everything that hangs off it: one dictionary entry per customer, a reference
    /// so that changing a part of it copies nothing else.
    private final class Entry {
        let customer: Customer
        var users: [User] = []
        var subscriptionIDs: [SubscriptionID] = []
        var relationships: [ResellerRelationship] = []
        var administrators = Administrators()

        init(customer: Customer) { self.customer = customer }
    }

    /// How to take back one applied change.
    private enum Undo {
        case insertCustomer(CustomerID, DomainKey)
        case insertUser(CustomerID)
        case insertSubscription(SubscriptionID, CustomerID)
        case updateSubscription(Subscription)
        case insertRelationship(PartnerID, CustomerID)
        case setAdministrator(CustomerID, Service, PartnerID?)
    }

    // Hot on every submit: see PartnerCenterSession.location on unchecked exclusivity. A repository
    // is used from one thread at a time.
    @exclusivity(unchecked) private var entries: [CustomerID: Entry] = [:]
    @exclusivity(unchecked) private var customerByDomain: [DomainKey: CustomerID] = [:]
    @exclusivity(unchecked) private var subscriptionsByID: [SubscriptionID: Subscription] = [:]
    @exclusivity(unchecked) private var customerIDsByPartner: [PartnerID: [CustomerID]] = [:]

    public var faultInjector: StoreFaultInjector?

    public init() {}

    public func apply(_ changes: ChangeSet) throws(StoreError) {
        var undo: [Undo] = []
        undo.reserveCapacity(changes.changes.count)
        do throws(StoreError) {
            for (index, change) in changes.changes.enumerated() {
                if let faultInjector {
                    do {
                        try faultInjector(change, index)
                    } catch {
                        throw StoreError.injectedFailure(String(describing: error))
                    }
                }
                undo.append(try apply(change))
            }
        } catch {
            for step in undo.reversed() { revert(step) }
            throw error
        }
    }

    private func apply(_ change: StoreChange) throws(StoreError) -> Undo {
        switch change {
        case .insertCustomer(let customer):
            let key = DomainKey(cloud: customer.domain.cloud, prefix: customer.domain.prefix)
            guard customerByDomain[key] == nil else { throw .domainTaken(customer.domain) }
            guard entries[customer.id] == nil else { throw .duplicateRecord("customer \(customer.id)") }
            entries[customer.id] = Entry(customer: customer)
            customerByDomain[key] = customer.id
            return .insertCustomer(customer.id, key)
        case .insertUser(let user):
            guard let entry = entries[user.customerID] else { throw .missingCustomer(user.customerID) }
            if entry.users.contains(where: { $0.id == user.id }) { throw .duplicateRecord("user \(user.id)") }
            if user.role == .globalAdmin, entry.users.contains(where: { $0.role == .globalAdmin }) {
                throw .duplicateAdminUser(user.customerID)
            }
            entry.users.append(user)
            return .insertUser(user.customerID)
        case .insertSubscription(let subscription):
            guard let entry = entries[subscription.customerID] else { throw .missingCustomer(subscription.customerID) }
            guard subscriptionsByID.index(forKey: subscription.id) == nil else { throw .duplicateRecord("subscription \(subscription.id)") }
            if let parent = subscription.parentID, subscriptionsByID[parent]?.customerID != subscription.customerID {
                throw .missingSubscription(parent)
            }
            subscriptionsByID[subscription.id] = subscription
            entry.subscriptionIDs.append(subscription.id)
            return .insertSubscription(subscription.id, subscription.customerID)
        case .updateSubscription(let subscription):
            guard let old = subscriptionsByID[subscription.id] else { throw .missingSubscription(subscription.id) }
            guard old.customerID == subscription.customerID else { throw .duplicateRecord("subscription \(subscription.id) moved") }
            subscriptionsByID[subscription.id] = subscription
            return .updateSubscription(old)
        case .insertRelationship(let relationship):
            guard let entry = entries[relationship.customerID] else { throw .missingCustomer(relationship.customerID) }
            guard !entry.relationships.contains(where: { $0.partnerID == relationship.partnerID }) else {
                throw .duplicateRecord("relationship \(relationship.partnerID)/\(relationship.customerID)")
            }
            entry.relationships.append(relationship)
            customerIDsByPartner[relationship.partnerID, default: []].append(relationship.customerID)
            return .insertRelationship(relationship.partnerID, relationship.customerID)
        case .setServiceAdministrator(let customer, let service, let partner):
            guard let entry = entries[customer] else { throw .missingCustomer(customer) }
            let old = entry.administrators[service]
            entry.administrators[service] = partner
            return .setAdministrator(customer, service, old)
        }
    }

    private func revert(_ step: Undo) {
        switch step {
        case .insertCustomer(let id, let key):
            entries[id] = nil
            customerByDomain[key] = nil
        case .insertUser(let customer):
            entries[customer]?.users.removeLast()
        case .insertSubscription(let id, let customer):
            subscriptionsByID[id] = nil
            entries[customer]?.subscriptionIDs.removeLast()
        case .updateSubscription(let old):
            subscriptionsByID[old.id] = old
        case .insertRelationship(let partner, let customer):
            entries[customer]?.relationships.removeLast()
            customerIDsByPartner[partner]?.removeLast()
        case .setAdministrator(let customer, let service, let old):
            entries[customer]?.administrators[service] = old
        }
    }

    public func customer(_ id: CustomerID) -> Customer? { entries[id]?.customer }

    public func customer(withDomain domain: DomainName) -> Customer? {
        customerByDomain[DomainKey(cloud: domain.cloud, prefix: domain.prefix)].flatMap { entries[$0]?.customer }
    }

    public func isDomainTaken(_ domain: DomainName) -> Bool {
        customerByDomain[DomainKey(cloud: domain.cloud, prefix: domain.prefix)] != nil
    }

    public func customers(of partner: PartnerID) -> [Customer] {
        (customerIDsByPartner[partner] ?? []).compactMap { entries[$0]?.customer }
    }

    public func users(of customer: CustomerID) -> [User] { entries[customer]?.users ?? [] }

    public func subscription(_ id: SubscriptionID) -> Subscription? { subscriptionsByID[id] }

    public func subscriptions(of customer: CustomerID) -> [Subscription] {
        (entries[customer]?.subscriptionIDs ?? []).compactMap { subscriptionsByID[$0] }
    }

    public func relationship(partner: PartnerID, customer: CustomerID) -> ResellerRelationship? {
        entries[customer]?.relationships.first { $0.partnerID == partner }
    }

    public func serviceAdministrator(of service: Service, customer: CustomerID) -> PartnerID? {
        entries[customer]?.administrators[service]
    }

    public func snapshot() -> StoreSnapshot {
        StoreSnapshot(
            customers: entries.values.map(\.customer),
            users: entries.values.flatMap(\.users),
            subscriptions: Array(subscriptionsByID.values),
            relationships: entries.values.flatMap(\.relationships),
            serviceAdministrators: entries.flatMap { customer, entry in
                Service.allCases.compactMap { service in
                    entry.administrators[service].map { ServiceAdministrator(customerID: customer, service: service, partnerID: $0) }
                }
            }
        )
    }
}
