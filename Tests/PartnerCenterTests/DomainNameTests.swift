import Testing
@testable import PartnerCenter

@Suite struct DomainNameTests {
    @Test func initialDomainPerCloud() throws {
        #expect(try DomainName(prefix: "Contoso", cloud: .worldwide).fullName == "contoso.onmicrosoft.com")
        #expect(try DomainName(prefix: "contoso", cloud: .usGovernment).fullName == "contoso.onmicrosoft.com")
        #expect(try DomainName(prefix: "contoso", cloud: .germany).fullName == "contoso.onmicrosoft.de")
        #expect(try DomainName(prefix: "contoso", cloud: .germany).adminUserName == "admin@contoso.onmicrosoft.de")
    }

    @Test func prefixesCompareWithoutCase() throws {
        #expect(try DomainName(prefix: "WingTip", cloud: .worldwide) == DomainName(prefix: "wingtip", cloud: .worldwide))
        #expect(try DomainName(prefix: "wingtip", cloud: .worldwide) != DomainName(prefix: "wingtip", cloud: .germany))
    }

    @Test(arguments: ["contoso-ltd", "contoso.com", "con toso", "contosö", "契約", "a_b"])
    func lettersAndDigitsOnly(prefix: String) {
        #expect(throws: PartnerCenterError.domainPrefixInvalidCharacters(prefix: prefix)) {
            try DomainName(prefix: prefix, cloud: .worldwide)
        }
    }

    @Test func length() throws {
        let allowed = DomainName.allowedPrefixLength
        _ = try DomainName(prefix: String(repeating: "a", count: allowed.lowerBound), cloud: .worldwide)
        _ = try DomainName(prefix: String(repeating: "a", count: allowed.upperBound), cloud: .worldwide)
        for count in [allowed.lowerBound - 1, allowed.upperBound + 1] where count > 0 {
            let prefix = String(repeating: "a", count: count)
            #expect(throws: PartnerCenterError.domainPrefixInvalidLength(prefix: prefix, allowed: allowed)) {
                try DomainName(prefix: prefix, cloud: .worldwide)
            }
        }
        #expect(throws: PartnerCenterError.requiredFieldEmpty(field: AccountField.domainPrefix.controlID)) {
            try DomainName(prefix: "", cloud: .worldwide)
        }
    }

    @Test func parsesFullNames() {
        #expect(DomainName(fullName: "Contoso.onmicrosoft.com", cloud: .worldwide)?.prefix == "contoso")
        #expect(DomainName(fullName: "contoso.onmicrosoft.de", cloud: .worldwide) == nil)
        #expect(DomainName(fullName: "contoso.onmicrosoft.de", cloud: .germany)?.prefix == "contoso")
        #expect(DomainName(fullName: "con-toso.onmicrosoft.com", cloud: .worldwide) == nil)
    }
}
