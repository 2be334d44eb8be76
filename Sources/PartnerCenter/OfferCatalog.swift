/// The stable identifier of an offer in the catalog (`office365-e3`).
public struct OfferID: Hashable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    public var rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }

    /// The id of the offer's option control on catalog pages (`offer.office365-e3`); its label is
    /// the offer's name in the UI strings.
    public var controlID: ControlID { ControlID("offer." + rawValue) }
    /// The id of the quantity control next to the offer (`quantity.office365-e3`).
    public var quantityControlID: ControlID { ControlID("quantity." + rawValue) }
}

/// An offer of the catalog.
public struct Offer: Hashable, Sendable, Identifiable {
    public enum Kind: Hashable, Sendable {
        /// A product bought on its own.
        case base
        /// Extra licenses or services bought on top of a subscription to one of `baseOffers`.
        case addOn(baseOffers: Set<OfferID>)
        /// A free trial (no billing), convertible to `convertsTo`.
        case trial(convertsTo: OfferID)
    }

    public var id: OfferID
    public var kind: Kind
    public var service: Service
    /// The fewest and most licenses a subscription may have.
    public var licenses: ClosedRange<Int>
    /// Whether a customer may hold at most one subscription to this offer (suspended ones count:
    /// those are reactivated rather than bought again).
    public var limitedToOnePerCustomer: Bool
    public var billingFrequencies: [BillingFrequency]
    public var clouds: Set<Cloud>

    public init(id: OfferID, kind: Kind = .base, service: Service = .office365, licenses: ClosedRange<Int>,
                limitedToOnePerCustomer: Bool = false, billingFrequencies: [BillingFrequency] = [.monthly, .annual],
                clouds: Set<Cloud> = Set(Cloud.allCases)) {
        self.id = id
        self.kind = kind
        self.service = service
        self.licenses = licenses
        self.limitedToOnePerCustomer = limitedToOnePerCustomer
        self.billingFrequencies = billingFrequencies
        self.clouds = clouds
    }

    public var isAddOn: Bool { if case .addOn = kind { true } else { false } }
    public var isTrial: Bool { if case .trial = kind { true } else { false } }
}

/// The offers a partner can sell in one cloud, in display order.
public struct OfferCatalog: Sendable {
    public let cloud: Cloud
    public let offers: [Offer]
    private let byID: [OfferID: Offer]
    private let purchasable: [BillingFrequency: [Offer]]
    private let purchasableIDs: [BillingFrequency: Set<OfferID>]
    private let addOnsByBase: [OfferID: [Offer]]

    /// The catalog of `cloud`: those of `offers` available there.
    public init(cloud: Cloud, offers: [Offer] = OfferCatalog.allOffers) {
        self.cloud = cloud
        self.offers = offers.filter { $0.clouds.contains(cloud) }
        let offers = self.offers
        self.byID = Dictionary(offers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var purchasable: [BillingFrequency: [Offer]] = [:]
        for frequency in BillingFrequency.allCases {
            purchasable[frequency] = offers.filter { !$0.isAddOn && $0.billingFrequencies.contains(frequency) }
        }
        self.purchasable = purchasable
        self.purchasableIDs = purchasable.mapValues { Set($0.map(\.id)) }
        var addOnsByBase: [OfferID: [Offer]] = [:]
        for offer in offers {
            if case .addOn(let bases) = offer.kind {
                for base in bases { addOnsByBase[base, default: []].append(offer) }
            }
        }
        self.addOnsByBase = addOnsByBase
    }

    public subscript(id: OfferID) -> Offer? { byID[id] }

    /// The base (not add-on) offers shown for `frequency`: trials only under `.trial`, and only
    /// trials there.
    public func purchasableOffers(billedBy frequency: BillingFrequency) -> [Offer] {
        purchasable[frequency] ?? []
    }

    /// Whether `offer` is listed under `frequency`.
    public func isPurchasable(_ offer: OfferID, billedBy frequency: BillingFrequency) -> Bool {
        purchasableIDs[frequency]?.contains(offer) ?? false
    }

    /// The add-ons that can be bought on top of a subscription to `base`, in catalog order.
    public func addOns(for base: OfferID) -> [Offer] {
        addOnsByBase[base] ?? []
    }

    /// The offers of the built-in catalog, all clouds together.
    public static let allOffers: [Offer] = {
        let worldwide: Set<Cloud> = [.worldwide]
        let business: Set<OfferID> = ["office365-business", "office365-business-premium", "office365-business-essentials"]
        return [
            Offer(id: "office365-business", licenses: 1...300, clouds: worldwide),
            Offer(id: "office365-business-premium", licenses: 1...300, clouds: worldwide),
            Offer(id: "office365-business-essentials", licenses: 1...300, clouds: worldwide),
            Offer(id: "office365-e1", licenses: 1...10_000),
            Offer(id: "office365-e3", licenses: 1...10_000),
            Offer(id: "office365-e5", licenses: 1...10_000, clouds: [.worldwide, .usGovernment]),
            Offer(id: "microsoft-azure", service: .azure, licenses: 1...1, limitedToOnePerCustomer: true,
                  billingFrequencies: [.monthly]),
            Offer(id: "dynamics365-sales", service: .dynamics365, licenses: 5...5_000,
                  clouds: [.worldwide, .germany]),
            Offer(id: "office365-advanced-threat-protection",
                  kind: .addOn(baseOffers: business.union(["office365-e1", "office365-e3"])),
                  licenses: 1...10_000, clouds: worldwide),
            Offer(id: "exchange-online-archiving",
                  kind: .addOn(baseOffers: ["office365-business-essentials", "office365-e1", "office365-e3"]),
                  licenses: 1...10_000),
            Offer(id: "office365-e3-trial", kind: .trial(convertsTo: "office365-e3"), licenses: 25...25,
                  limitedToOnePerCustomer: true, billingFrequencies: [.trial], clouds: worldwide),
            Offer(id: "office365-business-premium-trial", kind: .trial(convertsTo: "office365-business-premium"),
                  licenses: 25...25, limitedToOnePerCustomer: true, billingFrequencies: [.trial], clouds: worldwide),
        ]
    }()
}
