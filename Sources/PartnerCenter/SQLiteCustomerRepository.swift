import Foundation
import GRDB

/// The SQLite store (`--store PATH`), through GRDB. Each ``ChangeSet`` is one write transaction: a
/// failure rolls it back whole, and a killed process leaves the last committed state (the database
/// is in WAL mode, so a crash never tears a transaction).
public final class SQLiteCustomerRepository: CustomerRepository {
    private let queue: DatabaseQueue
    public var faultInjector: StoreFaultInjector?

    /// The path of the database file.
    public let path: String

    /// Opens (creating and migrating when needed) the store at `path`.
    public init(path: String) throws(StoreError) {
        self.path = path
        var configuration = Configuration()
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(5)
        configuration.prepareDatabase { db in
            // NORMAL in WAL mode: a killed process loses nothing committed; only power loss could
            // drop the last transactions, never corrupt the database.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try Self.migrator.migrate(queue)
        } catch {
            throw Self.storeError(error)
        }
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE customer (
                    id TEXT PRIMARY KEY NOT NULL,
                    cloud TEXT NOT NULL,
                    domainPrefix TEXT NOT NULL,
                    companyName TEXT NOT NULL,
                    addressLine1 TEXT NOT NULL,
                    addressLine2 TEXT NOT NULL,
                    city TEXT NOT NULL,
                    stateOrProvince TEXT NOT NULL,
                    postalCode TEXT NOT NULL,
                    country TEXT NOT NULL,
                    contactFirstName TEXT NOT NULL,
                    contactLastName TEXT NOT NULL,
                    contactEmail TEXT NOT NULL,
                    contactPhone TEXT NOT NULL,
                    createdAt DOUBLE NOT NULL,
                    UNIQUE (cloud, domainPrefix)
                );
                CREATE TABLE user (
                    id TEXT PRIMARY KEY NOT NULL,
                    customerID TEXT NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
                    userName TEXT NOT NULL,
                    role TEXT NOT NULL
                );
                CREATE UNIQUE INDEX user_one_global_admin ON user(customerID) WHERE role = 'globalAdmin';
                CREATE TABLE subscription (
                    id TEXT PRIMARY KEY NOT NULL,
                    customerID TEXT NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
                    offerID TEXT NOT NULL,
                    parentID TEXT REFERENCES subscription(id) ON DELETE CASCADE,
                    quantity INTEGER NOT NULL CHECK (quantity > 0),
                    billingFrequency TEXT NOT NULL,
                    status TEXT NOT NULL,
                    createdAt DOUBLE NOT NULL,
                    suspendedAt DOUBLE,
                    dataDeletionDate DOUBLE
                );
                CREATE INDEX subscription_customer ON subscription(customerID);
                CREATE TABLE relationship (
                    partnerID TEXT NOT NULL,
                    customerID TEXT NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
                    origin TEXT NOT NULL,
                    establishedAt DOUBLE NOT NULL,
                    PRIMARY KEY (partnerID, customerID)
                );
                CREATE TABLE serviceAdministrator (
                    customerID TEXT NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
                    service TEXT NOT NULL,
                    partnerID TEXT NOT NULL,
                    PRIMARY KEY (customerID, service)
                );
                """)
        }
        return migrator
    }

    public func apply(_ changes: ChangeSet) throws(StoreError) {
        let faultInjector = self.faultInjector
        do {
            try queue.write { db in
                for (index, change) in changes.changes.enumerated() {
                    if let faultInjector {
                        do {
                            try faultInjector(change, index)
                        } catch {
                            throw StoreError.injectedFailure(String(describing: error))
                        }
                    }
                    try Self.apply(change, in: db)
                }
            }
        } catch {
            throw Self.storeError(error)
        }
    }

    private static func apply(_ change: StoreChange, in db: Database) throws {
        switch change {
        case .insertCustomer(let customer):
            let taken = try Bool.fetchOne(
                db.cachedStatement(sql: "SELECT 1 FROM customer WHERE cloud = ? AND domainPrefix = ?"),
                arguments: [customer.domain.cloud.rawValue, customer.domain.prefix]) ?? false
            if taken { throw StoreError.domainTaken(customer.domain) }
            let address = customer.company.address
            let contact = customer.primaryContact
            try db.cachedStatement(sql: """
                INSERT INTO customer (id, cloud, domainPrefix, companyName, addressLine1, addressLine2, city,
                    stateOrProvince, postalCode, country, contactFirstName, contactLastName, contactEmail,
                    contactPhone, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [
                    customer.id.description, customer.cloud.rawValue, customer.domain.prefix, customer.company.name,
                    address.line1, address.line2, address.city, address.stateOrProvince, address.postalCode,
                    address.country, contact.firstName, contact.lastName, contact.email, contact.phone,
                    customer.createdAt.timeIntervalSinceReferenceDate,
                ])
        case .insertUser(let user):
            if user.role == .globalAdmin {
                let hasAdmin = try Bool.fetchOne(
                    db.cachedStatement(sql: "SELECT 1 FROM user WHERE customerID = ? AND role = 'globalAdmin'"),
                    arguments: [user.customerID.description]) ?? false
                if hasAdmin { throw StoreError.duplicateAdminUser(user.customerID) }
            }
            try db.cachedStatement(sql: "INSERT INTO user (id, customerID, userName, role) VALUES (?, ?, ?, ?)")
                .execute(arguments: [user.id.description, user.customerID.description, user.userName, user.role.rawValue])
        case .insertSubscription(let subscription):
            try db.cachedStatement(sql: """
                INSERT INTO subscription (id, customerID, offerID, parentID, quantity, billingFrequency, status,
                    createdAt, suspendedAt, dataDeletionDate) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: subscriptionArguments(subscription))
        case .updateSubscription(let subscription):
            try db.cachedStatement(sql: """
                UPDATE subscription SET customerID = ?2, offerID = ?3, parentID = ?4, quantity = ?5,
                    billingFrequency = ?6, status = ?7, createdAt = ?8, suspendedAt = ?9, dataDeletionDate = ?10
                WHERE id = ?1
                """).execute(arguments: subscriptionArguments(subscription))
            if db.changesCount == 0 { throw StoreError.missingSubscription(subscription.id) }
        case .insertRelationship(let relationship):
            try db.cachedStatement(sql: "INSERT INTO relationship (partnerID, customerID, origin, establishedAt) VALUES (?, ?, ?, ?)")
                .execute(arguments: [relationship.partnerID.rawValue, relationship.customerID.description,
                                     relationship.origin.rawValue, relationship.establishedAt.timeIntervalSinceReferenceDate])
        case .setServiceAdministrator(let customer, let service, let partner):
            try db.cachedStatement(sql: """
                INSERT INTO serviceAdministrator (customerID, service, partnerID) VALUES (?, ?, ?)
                ON CONFLICT (customerID, service) DO UPDATE SET partnerID = excluded.partnerID
                """).execute(arguments: [customer.description, service.rawValue, partner.rawValue])
        }
    }

    private static func subscriptionArguments(_ subscription: Subscription) -> StatementArguments {
        [
            subscription.id.description, subscription.customerID.description, subscription.offerID.rawValue,
            subscription.parentID?.description, subscription.quantity, subscription.billingFrequency.rawValue,
            subscription.status.rawValue, subscription.createdAt.timeIntervalSinceReferenceDate,
            subscription.suspendedAt?.timeIntervalSinceReferenceDate,
            subscription.dataDeletionDate?.timeIntervalSinceReferenceDate,
        ]
    }

    // MARK: Reading

    private func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            // unsafeRead: a plain read on the serial queue, without toggling `PRAGMA query_only` each time.
            return try queue.unsafeRead(body)
        } catch {
            throw Self.storeError(error)
        }
    }

    public func customer(_ id: CustomerID) throws(StoreError) -> Customer? {
        try read { db in
            try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM customer WHERE id = ?"),
                             arguments: [id.description]).map(Self.customer(from:))
        }
    }

    public func customer(withDomain domain: DomainName) throws(StoreError) -> Customer? {
        try read { db in
            try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM customer WHERE cloud = ? AND domainPrefix = ?"),
                             arguments: [domain.cloud.rawValue, domain.prefix]).map(Self.customer(from:))
        }
    }

    public func customers(of partner: PartnerID) throws(StoreError) -> [Customer] {
        try read { db in
            try Row.fetchAll(db.cachedStatement(sql: """
                SELECT customer.* FROM relationship JOIN customer ON customer.id = relationship.customerID
                WHERE relationship.partnerID = ? ORDER BY relationship.rowid
                """), arguments: [partner.rawValue]).map(Self.customer(from:))
        }
    }

    public func users(of customer: CustomerID) throws(StoreError) -> [User] {
        try read { db in
            try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM user WHERE customerID = ? ORDER BY rowid"),
                             arguments: [customer.description]).map(Self.user(from:))
        }
    }

    public func subscription(_ id: SubscriptionID) throws(StoreError) -> Subscription? {
        try read { db in
            try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM subscription WHERE id = ?"),
                             arguments: [id.description]).map(Self.subscription(from:))
        }
    }

    public func subscriptions(of customer: CustomerID) throws(StoreError) -> [Subscription] {
        try read { db in
            try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM subscription WHERE customerID = ? ORDER BY rowid"),
                             arguments: [customer.description]).map(Self.subscription(from:))
        }
    }

    public func relationship(partner: PartnerID, customer: CustomerID) throws(StoreError) -> ResellerRelationship? {
        try read { db in
            try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM relationship WHERE partnerID = ? AND customerID = ?"),
                             arguments: [partner.rawValue, customer.description]).map(Self.relationship(from:))
        }
    }

    public func serviceAdministrator(of service: Service, customer: CustomerID) throws(StoreError) -> PartnerID? {
        try read { db in
            try String.fetchOne(db.cachedStatement(sql: "SELECT partnerID FROM serviceAdministrator WHERE customerID = ? AND service = ?"),
                                arguments: [customer.description, service.rawValue]).map(PartnerID.init)
        }
    }

    public func snapshot() throws(StoreError) -> StoreSnapshot {
        try read { db in
            StoreSnapshot(
                customers: try Row.fetchAll(db, sql: "SELECT * FROM customer").map(Self.customer(from:)),
                users: try Row.fetchAll(db, sql: "SELECT * FROM user").map(Self.user(from:)),
                subscriptions: try Row.fetchAll(db, sql: "SELECT * FROM subscription").map(Self.subscription(from:)),
                relationships: try Row.fetchAll(db, sql: "SELECT * FROM relationship").map(Self.relationship(from:)),
                serviceAdministrators: try Row.fetchAll(db, sql: "SELECT * FROM serviceAdministrator").map { row in
                    ServiceAdministrator(customerID: try Self.uuid(row, "customerID").map(CustomerID.init)!,
                                         service: try Self.enumValue(row, "service"),
                                         partnerID: PartnerID(row["partnerID"]))
                }
            )
        }
    }

    /// The result of `PRAGMA integrity_check` and `PRAGMA foreign_key_check`: `["ok"]` when sound.
    public func integrityCheck() throws(StoreError) -> [String] {
        try read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            let foreignKeys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { "foreign key: \($0)" }
            return integrity == ["ok"] && foreignKeys.isEmpty ? ["ok"] : integrity.filter { $0 != "ok" } + foreignKeys
        }
    }

    // MARK: Rows

    private struct CorruptRow: Error, CustomStringConvertible {
        var description: String
    }

    private static func uuid(_ row: Row, _ column: String) throws -> UUID? {
        guard let text: String = row[column] else { return nil }
        guard let uuid = UUID(uuidString: text) else { throw CorruptRow(description: "\(column) '\(text)' is not a UUID") }
        return uuid
    }

    private static func enumValue<T: RawRepresentable>(_ row: Row, _ column: String) throws -> T where T.RawValue == String {
        let text: String = row[column]
        guard let value = T(rawValue: text) else { throw CorruptRow(description: "\(column) '\(text)' is unknown") }
        return value
    }

    private static func date(_ row: Row, _ column: String) -> Date? {
        (row[column] as Double?).map(Date.init(timeIntervalSinceReferenceDate:))
    }

    private static func customer(from row: Row) throws -> Customer {
        let cloud: Cloud = try enumValue(row, "cloud")
        let prefix: String = row["domainPrefix"]
        guard let domain = DomainName(fullName: prefix + "." + cloud.initialDomainSuffix, cloud: cloud) else {
            throw CorruptRow(description: "domain prefix '\(prefix)' is invalid")
        }
        return Customer(
            id: CustomerID(try uuid(row, "id")!),
            cloud: cloud,
            domain: domain,
            company: CompanyDetails(name: row["companyName"], address: Address(
                line1: row["addressLine1"], line2: row["addressLine2"], city: row["city"],
                stateOrProvince: row["stateOrProvince"], postalCode: row["postalCode"], country: row["country"])),
            primaryContact: PrimaryContact(firstName: row["contactFirstName"], lastName: row["contactLastName"],
                                           email: row["contactEmail"], phone: row["contactPhone"]),
            createdAt: date(row, "createdAt")!
        )
    }

    private static func user(from row: Row) throws -> User {
        User(id: UserID(try uuid(row, "id")!), customerID: CustomerID(try uuid(row, "customerID")!),
             userName: row["userName"], role: try enumValue(row, "role"))
    }

    private static func subscription(from row: Row) throws -> Subscription {
        Subscription(
            id: SubscriptionID(try uuid(row, "id")!),
            customerID: CustomerID(try uuid(row, "customerID")!),
            offerID: OfferID(row["offerID"] as String),
            parentID: try uuid(row, "parentID").map(SubscriptionID.init),
            quantity: row["quantity"],
            billingFrequency: try enumValue(row, "billingFrequency"),
            status: try enumValue(row, "status"),
            createdAt: date(row, "createdAt")!,
            suspendedAt: date(row, "suspendedAt"),
            dataDeletionDate: date(row, "dataDeletionDate")
        )
    }

    private static func relationship(from row: Row) throws -> ResellerRelationship {
        ResellerRelationship(partnerID: PartnerID(row["partnerID"]), customerID: CustomerID(try uuid(row, "customerID")!),
                             origin: try enumValue(row, "origin"), establishedAt: date(row, "establishedAt")!)
    }

    private static func storeError(_ error: any Error) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? DatabaseError {
            return .database("\(error.resultCode): \(error.message ?? "")")
        }
        return .database(String(describing: error))
    }
}
