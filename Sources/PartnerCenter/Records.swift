import Foundation

/// The identifier of a customer (its Azure AD tenant ID).
public struct CustomerID: Hashable, Sendable, Codable, CustomStringConvertible {
    public var rawValue: UUID
    public init(_ rawValue: UUID) { self.rawValue = rawValue }
    public var description: String { rawValue.uuidString.lowercased() }
    public func hash(into hasher: inout Hasher) { rawValue.hashWords(into: &hasher) }
}

/// The identifier of a subscription.
public struct SubscriptionID: Hashable, Sendable, Codable, CustomStringConvertible {
    public var rawValue: UUID
    public init(_ rawValue: UUID) { self.rawValue = rawValue }
    public var description: String { rawValue.uuidString.lowercased() }
    public func hash(into hasher: inout Hasher) { rawValue.hashWords(into: &hasher) }
}

/// The identifier of a user of a customer's tenant.
public struct UserID: Hashable, Sendable, Codable, CustomStringConvertible {
    public var rawValue: UUID
    public init(_ rawValue: UUID) { self.rawValue = rawValue }
    public var description: String { rawValue.uuidString.lowercased() }
    public func hash(into hasher: inout Hasher) { rawValue.hashWords(into: &hasher) }
}

/// A postal address; `country` is an ISO 3166-1 alpha-2 code (`US`, `CN`, `JP`, `DE`).
public struct Address: Hashable, Sendable, Codable {
    public var line1: String
    public var line2: String
    public var city: String
    public var stateOrProvince: String
    public var postalCode: String
    public var country: String

    public init(line1: String, line2: String = "", city: String, stateOrProvince: String = "",
                postalCode: String, country: String) {
        self.line1 = line1
        self.line2 = line2
        self.city = city
        self.stateOrProvince = stateOrProvince
        self.postalCode = postalCode
        self.country = country
    }
}

/// The company details of a customer.
public struct CompanyDetails: Hashable, Sendable, Codable {
    public var name: String
    public var address: Address

    public init(name: String, address: Address) {
        self.name = name
        self.address = address
    }
}

/// The customer's primary contact.
public struct PrimaryContact: Hashable, Sendable, Codable {
    public var firstName: String
    public var lastName: String
    public var email: String
    public var phone: String

    public init(firstName: String, lastName: String, email: String, phone: String) {
        self.firstName = firstName
        self.lastName = lastName
        self.email = email
        self.phone = phone
    }
}

/// A customer record: a tenant with its initial domain, unique within its cloud.
public struct Customer: Hashable, Sendable, Identifiable {
    public var id: CustomerID
    public var cloud: Cloud
    public var domain: DomainName
    public var company: CompanyDetails
    public var primaryContact: PrimaryContact
    /// When the account was opened (it sets the first billing period).
    public var createdAt: Date

    public init(id: CustomerID, cloud: Cloud, domain: DomainName, company: CompanyDetails,
                primaryContact: PrimaryContact, createdAt: Date) {
        self.id = id
        self.cloud = cloud
        self.domain = domain
        self.company = company
        self.primaryContact = primaryContact
        self.createdAt = createdAt
    }
}

/// A user of a customer's tenant. The model keeps only the admin user created with the customer.
public struct User: Hashable, Sendable, Identifiable {
    public enum Role: String, Sendable, Hashable, Codable {
        /// The global administrator created with the customer (`admin@domain`).
        case globalAdmin
    }

    public var id: UserID
    public var customerID: CustomerID
    /// The sign-in name, e.g. `admin@contoso.onmicrosoft.com`.
    public var userName: String
    public var role: Role

    public init(id: UserID, customerID: CustomerID, userName: String, role: Role) {
        self.id = id
        self.customerID = customerID
        self.userName = userName
        self.role = role
    }
}

/// How often a subscription is billed. `trial` is the catalog's "Trial offer, no billing".
public enum BillingFrequency: String, Sendable, Hashable, CaseIterable, Codable {
    case monthly
    case annual
    case trial
}

/// The state of a subscription.
public enum SubscriptionStatus: String, Sendable, Hashable, Codable {
    case active
    /// Users cannot sign in; data is kept until ``Subscription/dataDeletionDate`` and then deleted.
    case suspended
}

/// A subscription of a customer to an offer; an add-on subscription has a parent.
public struct Subscription: Hashable, Sendable, Identifiable {
    public var id: SubscriptionID
    public var customerID: CustomerID
    public var offerID: OfferID
    /// The base subscription of an add-on, nil for a base subscription.
    public var parentID: SubscriptionID?
    public var quantity: Int
    public var billingFrequency: BillingFrequency
    public var status: SubscriptionStatus
    public var createdAt: Date
    /// When the subscription was suspended, nil while active.
    public var suspendedAt: Date?
    /// When the data of a suspended subscription is deleted unless it is reactivated, nil while active.
    public var dataDeletionDate: Date?

    public init(id: SubscriptionID, customerID: CustomerID, offerID: OfferID, parentID: SubscriptionID? = nil,
                quantity: Int, billingFrequency: BillingFrequency, status: SubscriptionStatus = .active,
                createdAt: Date, suspendedAt: Date? = nil, dataDeletionDate: Date? = nil) {
        self.id = id
        self.customerID = customerID
        self.offerID = offerID
        self.parentID = parentID
        self.quantity = quantity
        self.billingFrequency = billingFrequency
        self.status = status
        self.createdAt = createdAt
        self.suspendedAt = suspendedAt
        self.dataDeletionDate = dataDeletionDate
    }
}

/// A reseller relationship between a partner and a customer.
public struct ResellerRelationship: Hashable, Sendable {
    public enum Origin: String, Sendable, Hashable, Codable {
        /// The partner created the customer with the Add customer wizard.
        case createdByPartner
        /// The customer accepted the partner's reseller invitation.
        case acceptedInvitation
    }

    public var partnerID: PartnerID
    public var customerID: CustomerID
    public var origin: Origin
    public var establishedAt: Date

    public init(partnerID: PartnerID, customerID: CustomerID, origin: Origin, establishedAt: Date) {
        self.partnerID = partnerID
        self.customerID = customerID
        self.origin = origin
        self.establishedAt = establishedAt
    }
}

extension UUID {
    /// Feeds the 128 bits to `hasher` as two words (cheaper than hashing 16 bytes one by one).
    @inline(__always)
    func hashWords(into hasher: inout Hasher) {
        withUnsafeBytes(of: uuid) { bytes in
            hasher.combine(bytes.loadUnaligned(as: UInt64.self))
            hasher.combine(bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        }
    }
}
