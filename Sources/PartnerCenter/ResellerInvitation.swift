import Foundation

/// A partner's personalised reseller-relationship invitation: the link in the draft e-mail of
/// Request a reseller relationship, which brings the customer straight to the partner.
public struct ResellerInvitation: Hashable, Sendable {
    public var partnerID: PartnerID
    public var cloud: Cloud

    public init(partner: PartnerAccount) {
        self.partnerID = partner.id
        self.cloud = partner.cloud
    }

    /// `https://<portal>/partner/partnersignup.aspx?type=ResellerRelationship&id=<partner id>&msppid=0`
    public var link: String {
        "https://\(cloud.customerPortalHost)/partner/partnersignup.aspx?type=ResellerRelationship&id=\(partnerID.rawValue)&msppid=0"
    }

    /// Reads an invitation link back; nil if it is not one.
    public init?(link: String) {
        guard let components = URLComponents(string: link), components.scheme == "https",
              components.path == "/partner/partnersignup.aspx",
              let cloud = Cloud.allCases.first(where: { $0.customerPortalHost == components.host }),
              let items = components.queryItems,
              items.first(where: { $0.name == "type" })?.value == "ResellerRelationship",
              let id = items.first(where: { $0.name == "id" })?.value, !id.isEmpty else { return nil }
        self.partnerID = PartnerID(id)
        self.cloud = cloud
    }

    /// The draft e-mail in `locale` (UI string `output.draftEmail`, with `{partner}` and `{link}`).
    public func draftEmail(partnerName: String, strings: UIStrings, locale: UILocale) -> String {
        strings.format("output.draftEmail", ["partner": .text(partnerName), "link": .text(link)], in: locale)
    }
}

/// A customer tenant that exists already (bought through another partner or channel) and accepts
/// an invitation.
public struct CustomerTenant: Hashable, Sendable {
    public var domain: DomainName
    public var company: CompanyDetails
    public var primaryContact: PrimaryContact

    public init(domain: DomainName, company: CompanyDetails, primaryContact: PrimaryContact) {
        self.domain = domain
        self.company = company
        self.primaryContact = primaryContact
    }
}

extension ResellerInvitation {
    /// The customer accepts the invitation: a reseller relationship with the partner is recorded
    /// (the customer then appears under the partner's Customers), and the partner receives the
    /// administrator permissions of `services`, taking them from any other partner: in a
    /// multi-channel case only one partner holds them for a service. A tenant not yet in the store
    /// is recorded with its admin user. Accepting twice changes nothing more.
    @discardableResult
    public func accept(by tenant: CustomerTenant, grantingAdministrationOf services: Set<Service>,
                       repository: any CustomerRepository, now: Date, random: RandomSource)
        throws(PartnerCenterError) -> ResellerRelationship
    {
        guard tenant.domain.cloud == cloud else { throw .invalidInvitationLink(link) }
        do {
            var changes = ChangeSet()
            let customer: Customer
            if let existing = try repository.customer(withDomain: tenant.domain) {
                customer = existing
            } else {
                customer = Customer(id: CustomerID(random.uuid()), cloud: cloud, domain: tenant.domain,
                                    company: tenant.company, primaryContact: tenant.primaryContact, createdAt: now)
                changes.append(.insertCustomer(customer))
                changes.append(.insertUser(User(id: UserID(random.uuid()), customerID: customer.id,
                                                userName: tenant.domain.adminUserName, role: .globalAdmin)))
            }
            let relationship: ResellerRelationship
            if let existing = try repository.relationship(partner: partnerID, customer: customer.id) {
                relationship = existing
            } else {
                relationship = ResellerRelationship(partnerID: partnerID, customerID: customer.id,
                                                    origin: .acceptedInvitation, establishedAt: now)
                changes.append(.insertRelationship(relationship))
            }
            for service in Service.allCases where services.contains(service) {
                changes.append(.setServiceAdministrator(customer: customer.id, service: service, partner: partnerID))
            }
            try repository.apply(changes)
            return relationship
        } catch {
            throw .storeFailure(String(describing: error))
        }
    }
}
