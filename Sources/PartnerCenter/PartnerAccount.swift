import Foundation

/// A Partner Center cloud: each is a separate instance with its own customers, domains and catalog.
public enum Cloud: String, Sendable, Hashable, CaseIterable, Codable {
    /// Partner Center worldwide.
    case worldwide
    /// Partner Center for Microsoft Cloud for US Government.
    case usGovernment
    /// Partner Center for Microsoft Cloud Germany.
    case germany

    /// The suffix of the initial Azure AD domain of a customer created in this cloud.
    public var initialDomainSuffix: String {
        switch self {
        case .worldwide, .usGovernment: "onmicrosoft.com"
        case .germany: "onmicrosoft.de"
        }
    }

    /// The host of the portal where a customer accepts a reseller invitation.
    public var customerPortalHost: String {
        switch self {
        case .worldwide: "portal.office.com"
        case .usGovernment: "portal.office365.us"
        case .germany: "portal.office.de"
        }
    }
}

/// How a partner takes part in the Cloud Solution Provider program.
public enum PartnerType: String, Sendable, Hashable, CaseIterable, Codable {
    /// Sells to and bills customers directly.
    case direct
    /// Indirect provider: sells through indirect resellers.
    case indirectProvider
    /// Indirect reseller: sells through an indirect provider.
    case indirectReseller
}

/// A service a partner can administer on a customer's behalf. In a multi-channel case only one
/// partner holds administrator permissions for a given service of a given customer.
public enum Service: String, Sendable, Hashable, CaseIterable, Codable {
    case office365
    case azure
    case dynamics365
}

/// The stable identifier of a partner (its Microsoft ID, a tenant GUID).
public struct PartnerID: Hashable, Sendable, Codable, CustomStringConvertible {
    public var rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
}

/// The signed-in partner: who it is, in which cloud it works and what kind of partner it is.
public struct PartnerAccount: Hashable, Sendable {
    public var id: PartnerID
    public var name: String
    public var cloud: Cloud
    public var type: PartnerType
    /// The day of the month on which the partner is billed (1...28); it sets a customer's first
    /// billing period, and so how long a suspended subscription keeps its data.
    public var billingDay: Int

    public init(id: PartnerID, name: String, cloud: Cloud, type: PartnerType, billingDay: Int = 1) {
        precondition((1...28).contains(billingDay), "billingDay must be in 1...28")
        self.id = id
        self.name = name
        self.cloud = cloud
        self.type = type
        self.billingDay = billingDay
    }
}
