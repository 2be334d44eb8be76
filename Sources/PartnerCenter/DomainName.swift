/// A customer's initial Azure AD domain: `prefix.onmicrosoft.com`, or `prefix.onmicrosoft.de` in
/// the Germany cloud. The prefix is ASCII letters and digits, compared without regard to case and
/// stored lowercased, so `Contoso` and `contoso` are the same domain.
public struct DomainName: Hashable, Sendable, CustomStringConvertible {
    /// The lengths a prefix may have.
    public static let allowedPrefixLength = 2...27

    /// The lowercased prefix.
    public let prefix: String
    public let cloud: Cloud

    /// Why a prefix is not a valid domain prefix.
    public enum Problem: Hashable, Sendable {
        case empty
        case invalidCharacters
        case invalidLength
    }

    /// Validates `prefix` for `cloud`.
    public init(prefix: String, cloud: Cloud) throws(PartnerCenterError) {
        switch Self.check(prefix) {
        case nil: break
        case .empty?: throw .requiredFieldEmpty(field: AccountField.domainPrefix.controlID)
        case .invalidCharacters?: throw .domainPrefixInvalidCharacters(prefix: prefix)
        case .invalidLength?: throw .domainPrefixInvalidLength(prefix: prefix, allowed: Self.allowedPrefixLength)
        }
        self.prefix = prefix.lowercased()
        self.cloud = cloud
    }

    /// Parses a full initial domain (`contoso.onmicrosoft.com`) of `cloud`.
    public init?(fullName: String, cloud: Cloud) {
        let suffix = "." + cloud.initialDomainSuffix
        let lowered = fullName.lowercased()
        guard lowered.hasSuffix(suffix) else { return nil }
        let prefix = String(lowered.dropLast(suffix.count))
        guard Self.check(prefix) == nil else { return nil }
        self.prefix = prefix
        self.cloud = cloud
    }

    /// What is wrong with `prefix`, nil when it is a valid prefix.
    public static func check(_ prefix: String) -> Problem? {
        let utf8 = prefix.utf8
        if utf8.isEmpty { return .empty }
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"):
                continue
            default:
                return .invalidCharacters
            }
        }
        return allowedPrefixLength.contains(utf8.count) ? nil : .invalidLength
    }

    /// `prefix.onmicrosoft.com` (or `.de`).
    public var fullName: String { prefix + "." + cloud.initialDomainSuffix }

    /// The sign-in name of the admin user created with the customer.
    public var adminUserName: String { "admin@" + fullName }

    public var description: String { fullName }
}
