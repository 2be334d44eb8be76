import Testing
@testable import PartnerCenter

@Suite struct OfferCatalogTests {
    @Test func catalogsDifferPerCloud() {
        let worldwide = OfferCatalog(cloud: .worldwide)
        let germany = OfferCatalog(cloud: .germany)
        let government = OfferCatalog(cloud: .usGovernment)
        #expect(worldwide["office365-business-premium"] != nil)
        #expect(germany["office365-business-premium"] == nil)
        #expect(germany["office365-e5"] == nil)
        #expect(government["office365-e5"] != nil)
        #expect(government["dynamics365-sales"] == nil)
        #expect(germany.offers.allSatisfy { $0.clouds.contains(.germany) })
    }

    @Test func limitsAndKinds() throws {
        let catalog = OfferCatalog(cloud: .worldwide)
        let azure = try #require(catalog["microsoft-azure"])
        #expect(azure.limitedToOnePerCustomer)
        #expect(azure.billingFrequencies == [.monthly])
        let trial = try #require(catalog["office365-e3-trial"])
        #expect(trial.isTrial && trial.licenses == 25...25) // "All trials provide 25 licenses. You can't change this."
        #expect(try #require(catalog["dynamics365-sales"]).licenses.lowerBound == 5)
        #expect(catalog.addOns(for: "office365-e3").map(\.id) == ["office365-advanced-threat-protection", "exchange-online-archiving"])
        #expect(catalog.addOns(for: "microsoft-azure").isEmpty)
    }

    @Test func billingFrequencyFiltersTheCatalog() {
        let catalog = OfferCatalog(cloud: .worldwide)
        let trials = catalog.purchasableOffers(billedBy: .trial)
        #expect(!trials.isEmpty && trials.allSatisfy(\.isTrial))
        let annual = catalog.purchasableOffers(billedBy: .annual)
        #expect(!annual.contains { $0.id == "microsoft-azure" || $0.isTrial || $0.isAddOn })
    }

    @Test func selectionDropsOffersNotSoldAtTheNewFrequency() throws {
        let catalog = OfferCatalog(cloud: .worldwide)
        var selection = CatalogSelection()
        selection.choose(try #require(catalog["microsoft-azure"]))
        selection.choose(try #require(catalog["office365-e3"]))
        #expect(selection.quantities == ["microsoft-azure": 1, "office365-e3": 1])
        selection.setBillingFrequency(.annual, catalog: catalog)
        #expect(selection.chosen == ["office365-e3"])
        #expect(throws: PartnerCenterError.offerNotSelected(offer: "microsoft-azure")) {
            try selection.setQuantity(1, for: "microsoft-azure")
        }
    }
}
