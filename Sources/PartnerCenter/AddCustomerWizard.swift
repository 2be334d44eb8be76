import Foundation

/// What has been entered in the Add customer wizard: kept across its pages, and across Edit on the
/// Review page.
public struct AddCustomerDraft: Hashable, Sendable {
    /// What was typed in each field, as typed.
    private var values: [String]
    /// The same without leading and trailing white space: what the checks and the records use.
    private var trimmedValues: [String]
    public var selection: CatalogSelection
    /// The domain Next found valid and free, until a field changes.
    private(set) var checkedDomain: DomainName?

    public init() {
        values = Array(repeating: "", count: AccountField.allCases.count)
        trimmedValues = values
        selection = CatalogSelection()
    }

    public subscript(field: AccountField) -> String {
        get { values[field.rawValue] }
        set {
            values[field.rawValue] = newValue
            trimmedValues[field.rawValue] = Self.trim(newValue)
            checkedDomain = nil
        }
    }

    private static func trim(_ value: String) -> String {
        // Fast path: printable ASCII at both ends (the usual case) cannot be white space.
        if let first = value.utf8.first, let last = value.utf8.last,
           (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
            return value
        }
        guard let first = value.unicodeScalars.first, let last = value.unicodeScalars.last,
              isWhitespace(first) || isWhitespace(last) else {
            return value
        }
        return value.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20: true
        case 0...0x7F: false
        default: scalar.properties.isWhitespace // U+3000 IDEOGRAPHIC SPACE and the like
        }
    }

    private func trimmed(_ field: AccountField) -> String { trimmedValues[field.rawValue] }

    /// Runs ``checkAccountInfo(cloud:repository:)`` and remembers the domain until a field changes.
    mutating func checkAccountInfoOnNext(cloud: Cloud, repository: any CustomerRepository) throws(PartnerCenterError) {
        checkedDomain = try checkAccountInfo(cloud: cloud, repository: repository)
    }

    /// The checks of Next on the Account info page, in the order of the page: required fields,
    /// e-mail, country, domain prefix, then whether the domain is free in `cloud`. Returns the domain.
    @discardableResult
    public func checkAccountInfo(cloud: Cloud, repository: any CustomerRepository) throws(PartnerCenterError) -> DomainName {
        for field in AccountField.allCases where field.isRequired && trimmed(field).isEmpty {
            throw .requiredFieldEmpty(field: field.controlID)
        }
        let email = trimmed(.email)
        guard Self.isPlausibleEmail(email) else { throw .invalidEmail(email) }
        let country = trimmed(.country)
        guard country.utf8.count == 2,
              country.utf8.allSatisfy({ (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }) else {
            throw .invalidCountry(country)
        }
        let domain = try DomainName(prefix: trimmed(.domainPrefix), cloud: cloud)
        let taken: Bool
        do {
            taken = try repository.isDomainTaken(domain)
        } catch {
            throw .storeFailure(String(describing: error))
        }
        if taken { throw .domainTaken(domain: domain.fullName) }
        return domain
    }

    /// ``checkAccountInfo(cloud:repository:)`` (unless Next already did and nothing changed since:
    /// the store itself refuses a domain taken in the meantime), then the records it describes.
    public func validateAccountInfo(cloud: Cloud, repository: any CustomerRepository)
        throws(PartnerCenterError) -> (company: CompanyDetails, contact: PrimaryContact, domain: DomainName)
    {
        let domain: DomainName
        if let checkedDomain, checkedDomain.cloud == cloud {
            domain = checkedDomain
        } else {
            domain = try checkAccountInfo(cloud: cloud, repository: repository)
        }
        let company = CompanyDetails(name: trimmed(.companyName), address: Address(
            line1: trimmed(.addressLine1), line2: trimmed(.addressLine2), city: trimmed(.city),
            stateOrProvince: trimmed(.stateOrProvince), postalCode: trimmed(.postalCode),
            country: trimmed(.country).uppercased()))
        let contact = PrimaryContact(firstName: trimmed(.firstName), lastName: trimmed(.lastName),
                                     email: trimmed(.email), phone: trimmed(.phone))
        return (company, contact, domain)
    }

    /// The checks of Next on the Subscriptions page.
    public func validateSubscriptions(catalog: OfferCatalog) throws(PartnerCenterError) {
        // Add-ons are bought on an existing subscription, not with a new customer.
        try selection.validate(against: catalog, allowingAddOns: false)
    }

    /// `local@domain.tld`, with no spaces: what the wizard's e-mail field accepts.
    static func isPlausibleEmail(_ email: String) -> Bool {
        let bytes = Array(email.utf8)
        guard let at = bytes.firstIndex(of: UInt8(ascii: "@")), at > 0,
              bytes.lastIndex(of: UInt8(ascii: "@")) == at,
              !bytes.contains(where: { $0 == 0x20 || $0 == 0x09 }) else { return false }
        let domain = bytes[(at + 1)...]
        guard let dot = domain.lastIndex(of: UInt8(ascii: ".")) else { return false }
        return dot > domain.startIndex && dot < bytes.count - 1
    }
}

/// What the confirmation page shows after Submit: once, until Done.
public struct AddCustomerConfirmation: Hashable, Sendable {
    public var customer: Customer
    public var adminUser: User
    /// The admin user's temporary password. It is not stored anywhere: this is the only time it is shown.
    public var temporaryPassword: String
    public var subscriptions: [Subscription]
}

/// Builds the change set of the Add customer wizard's Submit.
enum AddCustomerSubmission {
    static func changes(
        partner: PartnerAccount, company: CompanyDetails, contact: PrimaryContact, domain: DomainName,
        selection: CatalogSelection, now: Date, random: RandomSource
    ) -> (ChangeSet, AddCustomerConfirmation) {
        let customer = Customer(id: CustomerID(random.uuid()), cloud: partner.cloud, domain: domain,
                                company: company, primaryContact: contact, createdAt: now)
        let admin = User(id: UserID(random.uuid()), customerID: customer.id, userName: domain.adminUserName,
                         role: .globalAdmin)
        var changes = ChangeSet()
        changes.changes.reserveCapacity(3 + Service.allCases.count + selection.chosen.count)
        changes.append(.insertCustomer(customer))
        changes.append(.insertUser(admin))
        changes.append(.insertRelationship(ResellerRelationship(partnerID: partner.id, customerID: customer.id,
                                                                origin: .createdByPartner, establishedAt: now)))
        for service in Service.allCases {
            changes.append(.setServiceAdministrator(customer: customer.id, service: service, partner: partner.id))
        }
        var subscriptions: [Subscription] = []
        for offer in selection.chosen {
            let subscription = Subscription(id: SubscriptionID(random.uuid()), customerID: customer.id, offerID: offer,
                                            quantity: selection.quantity(for: offer)!,
                                            billingFrequency: selection.billingFrequency, createdAt: now)
            subscriptions.append(subscription)
            changes.append(.insertSubscription(subscription))
        }
        let confirmation = AddCustomerConfirmation(customer: customer, adminUser: admin,
                                                   temporaryPassword: random.temporaryPassword(),
                                                   subscriptions: subscriptions)
        return (changes, confirmation)
    }
}
