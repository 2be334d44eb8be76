import Foundation
import Testing
@testable import PartnerCenter

@Suite struct AddCustomerWizardTests {
    @Test func submitCreatesCustomerAdminUserAndPassword() throws {
        let repository = InMemoryCustomerRepository()
        let session = Fixture.session(repository: repository)
        try Fixture.openWizard(session, prefix: "WingtipToys")
        try session.activate(UIModel.accountInfoNext)
        try session.choose("office365-e3")
        try session.setQuantity(25, for: "office365-e3")
        try session.activate(UIModel.subscriptionsNext)
        #expect(session.currentPage == .addCustomerReview)
        guard case .customerCreated(let confirmation) = try session.activate(UIModel.reviewSubmit) else {
            Issue.record("no customer created")
            return
        }
        #expect(session.currentPage == .addCustomerConfirmation)
        #expect(confirmation.customer.domain.fullName == "wingtiptoys.onmicrosoft.com")
        #expect(confirmation.adminUser.userName == "admin@wingtiptoys.onmicrosoft.com")
        #expect(confirmation.customer.company.address.country == "US")
        #expect(confirmation.subscriptions.map(\.quantity) == [25])
        let outputs = session.outputs(in: .zhCN)
        #expect(outputs.map(\.caption) == ["管理员用户帐户", "临时密码"])
        #expect(outputs.map(\.value) == ["admin@wingtiptoys.onmicrosoft.com", confirmation.temporaryPassword])

        let customer = try #require(repository.customer(confirmation.customer.id))
        #expect(repository.users(of: customer.id) == [confirmation.adminUser])
        #expect(repository.relationship(partner: Fixture.contoso.id, customer: customer.id)?.origin == .createdByPartner)
        #expect(repository.subscriptions(of: customer.id) == confirmation.subscriptions)
        for service in Service.allCases {
            #expect(repository.serviceAdministrator(of: service, customer: customer.id) == Fixture.contoso.id)
        }

        // The temporary password is shown once: Done leaves it behind, and it is stored nowhere.
        try session.activate(UIModel.confirmationDone)
        #expect(session.currentPage == .customers)
        #expect(session.confirmation == nil && session.outputs(in: .enUS).isEmpty)
        #expect(!String(describing: repository.snapshot()).contains(confirmation.temporaryPassword))
        #expect(session.visibleControls(in: .enUS).contains { $0.labels == ["Wingtip Toys"] })
    }

    @Test func germanyCloudDomains() throws {
        let session = Fixture.session(Fixture.germanPartner)
        let confirmation = try Fixture.addCustomer(session, prefix: "fabrikam", offers: [("office365-e1", 3)])
        #expect(confirmation.adminUser.userName == "admin@fabrikam.onmicrosoft.de")
    }

    @Test func submitBeforeReviewIsRefused() throws {
        let repository = InMemoryCustomerRepository()
        let session = Fixture.session(repository: repository)
        try Fixture.openWizard(session, prefix: "early")
        #expect(throws: PartnerCenterError.submitBeforeReview) { try session.activate(UIModel.reviewSubmit) }
        try session.activate(UIModel.accountInfoNext)
        #expect(throws: PartnerCenterError.submitBeforeReview) { try session.activate(UIModel.reviewSubmit) }
        #expect(session.currentPage == .addCustomerSubscriptions)
        #expect(repository.snapshot().customers.isEmpty)
        #expect(Fixture.strings.message(for: .submitBeforeReview, in: .jaJP).contains("[レビュー]"))
    }

    @Test(arguments: AccountField.allCases)
    func nextWithARequiredFieldEmpty(field: AccountField) throws {
        let session = Fixture.session()
        try Fixture.openWizard(session, prefix: "required")
        try session.enter("   ", into: field.controlID)
        if field.isRequired {
            #expect(throws: PartnerCenterError.requiredFieldEmpty(field: field.controlID)) {
                try session.activate(UIModel.accountInfoNext)
            }
            #expect(session.currentPage == .addCustomerAccountInfo)
        } else {
            try session.activate(UIModel.accountInfoNext)
            #expect(session.currentPage == .addCustomerSubscriptions)
        }
    }

    @Test func emailCountryAndDomainAreValidated() throws {
        let session = Fixture.session()
        try Fixture.openWizard(session, prefix: "checks")
        try session.enter("ada.example.com", into: AccountField.email.controlID)
        #expect(throws: PartnerCenterError.invalidEmail("ada.example.com")) { try session.activate(UIModel.accountInfoNext) }
        try session.enter("ada@example.com", into: AccountField.email.controlID)
        try session.enter("USA", into: AccountField.country.controlID)
        #expect(throws: PartnerCenterError.invalidCountry("USA")) { try session.activate(UIModel.accountInfoNext) }
        try session.enter("jp", into: AccountField.country.controlID)
        try session.enter("wingtip-toys", into: AccountField.domainPrefix.controlID)
        #expect(throws: PartnerCenterError.domainPrefixInvalidCharacters(prefix: "wingtip-toys")) {
            try session.activate(UIModel.accountInfoNext)
        }
        try session.enter("wingtiptoys", into: AccountField.domainPrefix.controlID)
        try session.activate(UIModel.accountInfoNext)
    }

    @Test func aDomainAlreadyTakenInTheCloudIsRefused() throws {
        let repository = InMemoryCustomerRepository()
        let first = Fixture.session(repository: repository, seed: 1)
        try Fixture.addCustomer(first, prefix: "contoso")
        // Another partner of the same cloud, another case: still taken.
        let second = Fixture.session(Fixture.fabrikam, repository: repository, seed: 2)
        try Fixture.openWizard(second, prefix: "Contoso")
        #expect(throws: PartnerCenterError.domainTaken(domain: "contoso.onmicrosoft.com")) {
            try second.activate(UIModel.accountInfoNext)
        }
        #expect(Fixture.strings.message(for: .domainTaken(domain: "contoso.onmicrosoft.com"), in: .zhCN)
                == "域 contoso.onmicrosoft.com 已被使用。请选择其他域前缀。")
        // The Germany cloud is another namespace.
        let german = Fixture.session(Fixture.germanPartner, repository: repository, seed: 3)
        try Fixture.addCustomer(german, prefix: "contoso", offers: [])
        #expect(repository.snapshot().customers.count == 2)
    }

    @Test func aDomainTakenBetweenNextAndSubmitIsRefusedAtSubmit() throws {
        let repository = InMemoryCustomerRepository()
        let slow = Fixture.session(repository: repository, seed: 1)
        try Fixture.openWizard(slow, prefix: "race")
        try slow.activate(UIModel.accountInfoNext)
        try slow.activate(UIModel.subscriptionsNext)
        try Fixture.addCustomer(Fixture.session(Fixture.fabrikam, repository: repository, seed: 2), prefix: "race")
        let before = repository.snapshot()
        #expect(throws: PartnerCenterError.domainTaken(domain: "race.onmicrosoft.com")) {
            try slow.activate(UIModel.reviewSubmit)
        }
        #expect(repository.snapshot() == before)
        #expect(slow.currentPage == .addCustomerReview)
        #expect(slow.draft?[.domainPrefix] == "race")
    }

    @Test func quantityOutOfRangeIsRefusedAtNext() throws {
        let session = Fixture.session()
        try Fixture.openWizard(session, prefix: "quantities")
        try session.activate(UIModel.accountInfoNext)
        try session.choose("office365-business")
        for quantity in [0, -3, 301] {
            try session.setQuantity(quantity, for: "office365-business")
            #expect(throws: PartnerCenterError.quantityOutOfRange(offer: "office365-business", quantity: quantity, allowed: 1...300)) {
                try session.activate(UIModel.subscriptionsNext)
            }
            #expect(session.currentPage == .addCustomerSubscriptions)
        }
        #expect(throws: PartnerCenterError.quantityNotANumber("ten")) {
            try session.enter("ten", into: OfferID("office365-business").quantityControlID)
        }
        try session.enter(" 300 ", into: OfferID("office365-business").quantityControlID)
        try session.activate(UIModel.subscriptionsNext)
        #expect(session.currentPage == .addCustomerReview)
    }

    @Test func trialsHaveTwentyFiveLicenses() throws {
        let session = Fixture.session()
        try Fixture.openWizard(session, prefix: "trial")
        try session.activate(UIModel.accountInfoNext)
        #expect(throws: PartnerCenterError.controlNotOnPage(OfferID("office365-e3-trial").controlID, page: .addCustomerSubscriptions)) {
            try session.choose("office365-e3-trial") // only listed under "Trial Offer no billing"
        }
        try session.activate(UIModel.billingTrial)
        try session.choose("office365-e3-trial")
        #expect(session.currentCatalogSelection?.quantities["office365-e3-trial"] == 25)
        try session.setQuantity(30, for: "office365-e3-trial")
        #expect(throws: PartnerCenterError.quantityOutOfRange(offer: "office365-e3-trial", quantity: 30, allowed: 25...25)) {
            try session.activate(UIModel.subscriptionsNext)
        }
    }

    @Test func editOnReviewGoesBackKeepingWhatWasEntered() throws {
        let session = Fixture.session()
        try Fixture.openWizard(session, prefix: "keepme", company: "Keep Me Ltd")
        try session.activate(UIModel.accountInfoNext)
        try session.activate(UIModel.billingAnnual)
        try session.choose("office365-e5")
        try session.setQuantity(42, for: "office365-e5")
        try session.activate(UIModel.subscriptionsNext)
        #expect(try session.activate(UIModel.reviewEdit) == .navigated(to: .addCustomerAccountInfo))
        let fields = Dictionary(uniqueKeysWithValues: session.visibleControls(in: .enUS).compactMap { control in
            control.kind == .field ? (control.id, control.value ?? "") : nil
        })
        for (field, value) in Fixture.accountInfo(prefix: "keepme", company: "Keep Me Ltd") {
            #expect(fields[field.controlID] == value)
        }
        try session.enter("Kept Ltd", into: AccountField.companyName.controlID)
        try session.activate(UIModel.accountInfoNext)
        let quantity = session.visibleControls(in: .enUS).first { $0.id == OfferID("office365-e5").quantityControlID }
        #expect(quantity?.value == "42")
        #expect(session.currentCatalogSelection?.billingFrequency == .annual)
        try session.activate(UIModel.subscriptionsNext)
        guard case .customerCreated(let confirmation) = try session.activate(UIModel.reviewSubmit) else {
            Issue.record("not created")
            return
        }
        #expect(confirmation.customer.company.name == "Kept Ltd")
        #expect(confirmation.subscriptions.map(\.billingFrequency) == [.annual])
    }

    @Test func tabsGoBackFreelyAndForwardOnlyThroughTheChecks() throws {
        let session = Fixture.session()
        try Fixture.openWizard(session, prefix: "tabs")
        try session.enter("", into: AccountField.city.controlID)
        #expect(throws: PartnerCenterError.requiredFieldEmpty(field: AccountField.city.controlID)) {
            try session.activate(UIModel.wizardTabReview)
        }
        try session.enter("Redmond", into: AccountField.city.controlID)
        try session.activate(UIModel.wizardTabReview)
        #expect(session.currentPage == .addCustomerReview)
        try session.activate(UIModel.wizardTabSubscriptions)
        #expect(session.currentPage == .addCustomerSubscriptions)
        try session.activate(UIModel.wizardTabAccountInfo)
        #expect(session.draft?[.city] == "Redmond")
    }

    @Test func cancelDiscardsTheDraft() throws {
        let repository = InMemoryCustomerRepository()
        let session = Fixture.session(repository: repository)
        try Fixture.openWizard(session, prefix: "cancelled")
        try session.activate(UIModel.wizardCancel)
        #expect(session.currentPage == .customers && session.draft == nil)
        try session.activate(UIModel.addCustomer)
        #expect(session.draft?[.domainPrefix] == "")
        #expect(repository.snapshot().customers.isEmpty)
    }

    @Test func anInjectedStoreFailureMidSubmitLeavesNothing() throws {
        let repository = InMemoryCustomerRepository()
        let session = Fixture.session(repository: repository)
        try Fixture.openWizard(session, prefix: "fragile")
        try session.activate(UIModel.accountInfoNext)
        try session.choose("office365-e3")
        try session.choose("microsoft-azure")
        try session.activate(UIModel.subscriptionsNext)
        struct Crash: Error {}
        repository.faultInjector = { change, _ in
            if case .insertSubscription(let subscription) = change, subscription.offerID == "microsoft-azure" { throw Crash() }
        }
        #expect(throws: PartnerCenterError.self) { try session.activate(UIModel.reviewSubmit) }
        #expect(repository.snapshot() == StoreSnapshot(customers: [], users: [], subscriptions: [], relationships: [],
                                                       serviceAdministrators: []))
        #expect(session.currentPage == .addCustomerReview)
        repository.faultInjector = nil
        try session.activate(UIModel.reviewSubmit)
        #expect(repository.snapshot().subscriptions.count == 2)
    }
}
