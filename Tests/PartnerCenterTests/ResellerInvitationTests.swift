import Foundation
import Testing
@testable import PartnerCenter

@Suite struct ResellerInvitationTests {
    let tenant = CustomerTenant(
        domain: DomainName(fullName: "northwind.onmicrosoft.com", cloud: .worldwide)!,
        company: CompanyDetails(name: "Northwind Traders", address: Address(line1: "1 Main St", city: "Seattle",
                                                                           postalCode: "98101", country: "US")),
        primaryContact: PrimaryContact(firstName: "Nancy", lastName: "Davolio", email: "nancy@northwind.com", phone: "555"))

    @Test func theLinkIsPersonalisedPerPartnerAndCloud() throws {
        let link = ResellerInvitation(partner: Fixture.contoso).link
        #expect(link == "https://portal.office.com/partner/partnersignup.aspx?type=ResellerRelationship&id=\(Fixture.contoso.id)&msppid=0")
        #expect(ResellerInvitation(partner: Fixture.fabrikam).link != link)
        #expect(ResellerInvitation(partner: Fixture.germanPartner).link.hasPrefix("https://portal.office.de/"))
        #expect(ResellerInvitation(link: link) == ResellerInvitation(partner: Fixture.contoso))
        #expect(ResellerInvitation(link: "https://example.com/partner/partnersignup.aspx?type=ResellerRelationship&id=x") == nil)
        #expect(ResellerInvitation(link: "not a link") == nil)
    }

    @Test func requestPageShowsLinkAndDraftEmail() throws {
        let session = Fixture.session()
        try select("仪表板", in: .zhCN, on: session)
        try select("客户", in: .zhCN, on: session)
        try select("请求经销商关系", in: .zhCN, on: session)
        #expect(session.currentPage == .requestRelationship)
        let outputs = session.outputs(in: .zhCN)
        let link = ResellerInvitation(partner: Fixture.contoso).link
        #expect(outputs.map(\.id) == ["output.invitationLink", "output.draftEmail"])
        #expect(outputs[0].value == link && session.invitationLink == link)
        #expect(outputs[1].value.contains(link) && outputs[1].value.contains("Contoso Partner") && outputs[1].value.hasPrefix("尊敬的客户"))
        #expect(session.outputs(in: .jaJP)[1].value.hasPrefix("お客様各位"))
        try select("完成", in: .zhCN, on: session)
        #expect(session.currentPage == .customers)
    }

    @Test func theAcceptingCustomerAppearsUnderCustomers() throws {
        let repository = InMemoryCustomerRepository()
        let session = Fixture.session(repository: repository)
        let invitation = try #require(ResellerInvitation(link: ResellerInvitation(partner: Fixture.contoso).link))
        try invitation.accept(by: tenant, grantingAdministrationOf: [.office365], repository: repository,
                              now: Fixture.start, random: .seeded(9))
        try session.activate(UIModel.customersMenuItem)
        #expect(session.visibleControls(in: .enUS).contains { $0.labels == ["Northwind Traders"] })
        let customer = try #require(repository.customer(withDomain: tenant.domain))
        #expect(repository.users(of: customer.id).map(\.userName) == ["admin@northwind.onmicrosoft.com"])
        #expect(repository.relationship(partner: Fixture.contoso.id, customer: customer.id)?.origin == .acceptedInvitation)
        // Accepting again changes nothing more.
        try invitation.accept(by: tenant, grantingAdministrationOf: [.office365], repository: repository,
                              now: Fixture.start, random: .seeded(10))
        #expect(repository.snapshot().relationships.count == 1 && repository.snapshot().users.count == 1)
        checkInvariants(repository.snapshot())
    }

    @Test func onlyOnePartnerAdministersAServiceInAMultiChannelCase() throws {
        let repository = InMemoryCustomerRepository()
        let created = try Fixture.addCustomer(Fixture.session(repository: repository), prefix: "multichannel", offers: [])
        let customer = created.customer
        let tenant = CustomerTenant(domain: customer.domain, company: customer.company, primaryContact: customer.primaryContact)
        try ResellerInvitation(partner: Fixture.fabrikam).accept(
            by: tenant, grantingAdministrationOf: [.office365], repository: repository, now: Fixture.start, random: .seeded(3))
        #expect(repository.serviceAdministrator(of: .office365, customer: customer.id) == Fixture.fabrikam.id)
        #expect(repository.serviceAdministrator(of: .azure, customer: customer.id) == Fixture.contoso.id)
        #expect(repository.customers(of: Fixture.fabrikam.id).map(\.id) == [customer.id])
        #expect(repository.customers(of: Fixture.contoso.id).map(\.id) == [customer.id])
        let administrators = repository.snapshot().serviceAdministrators.filter { $0.customerID == customer.id }
        #expect(administrators.count == Service.allCases.count)
        #expect(repository.snapshot().customers.count == 1)
    }

    @Test func anInvitationOfAnotherCloudIsRefused() {
        let repository = InMemoryCustomerRepository()
        #expect(throws: PartnerCenterError.self) {
            try ResellerInvitation(partner: Fixture.germanPartner).accept(
                by: tenant, grantingAdministrationOf: [], repository: repository, now: Fixture.start, random: .seeded(1))
        }
        #expect(repository.snapshot().customers.isEmpty)
    }
}
