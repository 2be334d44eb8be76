/// What is chosen on a catalog page (the wizard's Subscriptions page, New subscription, the add-ons
/// of the subscription edit page): a billing frequency, offers and their numbers of licenses.
public struct CatalogSelection: Hashable, Sendable {
    public var billingFrequency: BillingFrequency
    /// The chosen offers with their numbers of licenses, in the order they were chosen (a handful:
    /// an array beats a dictionary here).
    private var entries: [(offer: OfferID, quantity: Int)] = []

    /// The chosen offers, in the order they were chosen.
    public var chosen: [OfferID] { entries.map(\.offer) }
    /// The number of licenses entered for each chosen offer.
    public var quantities: [OfferID: Int] {
        Dictionary(entries.map { ($0.offer, $0.quantity) }, uniquingKeysWith: { first, _ in first })
    }

    /// The number of licenses entered for `offer`, nil if it is not chosen.
    public func quantity(for offer: OfferID) -> Int? {
        entries.first { $0.offer == offer }?.quantity
    }

    public static func == (lhs: CatalogSelection, rhs: CatalogSelection) -> Bool {
        lhs.billingFrequency == rhs.billingFrequency && lhs.entries.elementsEqual(rhs.entries) { $0 == $1 }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(billingFrequency)
        for entry in entries {
            hasher.combine(entry.offer)
            hasher.combine(entry.quantity)
        }
    }

    public init(billingFrequency: BillingFrequency = .monthly) {
        self.billingFrequency = billingFrequency
    }

    public func isChosen(_ offer: OfferID) -> Bool { entries.contains { $0.offer == offer } }

    /// Chooses `offer` with its minimum number of licenses (no change if already chosen).
    public mutating func choose(_ offer: Offer) {
        guard !isChosen(offer.id) else { return }
        entries.append((offer.id, offer.licenses.lowerBound))
    }

    public mutating func remove(_ offer: OfferID) {
        entries.removeAll { $0.offer == offer }
    }

    /// Sets the number of licenses of a chosen offer (validated later, on Next or Submit).
    public mutating func setQuantity(_ quantity: Int, for offer: OfferID) throws(PartnerCenterError) {
        guard let index = entries.firstIndex(where: { $0.offer == offer }) else { throw .offerNotSelected(offer: offer) }
        entries[index].quantity = quantity
    }

    /// Switches the billing frequency, dropping chosen offers not sold at it.
    public mutating func setBillingFrequency(_ frequency: BillingFrequency, catalog: OfferCatalog) {
        billingFrequency = frequency
        entries.removeAll { catalog[$0.offer]?.billingFrequencies.contains(frequency) != true }
    }

    /// Refuses an offer not in `catalog`, not sold at the billing frequency, or a quantity outside
    /// the offer's license limits.
    public func validate(against catalog: OfferCatalog, allowingAddOns: Bool = true) throws(PartnerCenterError) {
        for (id, quantity) in entries {
            guard let offer = catalog[id], allowingAddOns || !offer.isAddOn else { throw .offerNotAvailable(offer: id) }
            guard offer.billingFrequencies.contains(billingFrequency) || offer.isAddOn else {
                throw .billingFrequencyNotOffered(offer: id, frequency: billingFrequency)
            }
            guard offer.licenses.contains(quantity) else {
                throw .quantityOutOfRange(offer: id, quantity: quantity, allowed: offer.licenses)
            }
        }
    }
}
