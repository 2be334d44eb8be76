import Foundation

/// The rules of buying, changing, suspending and reactivating subscriptions.
public enum SubscriptionRules {
    /// Data of a suspended subscription is kept this many days at least,
    public static let baseRetentionDays = 90
    /// and at most this many.
    public static let maximumRetentionDays = 120

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// The start of the first billing period after an account opened on `accountOpenedAt`: the next
    /// `billingDay` of a month, strictly after the opening day.
    public static func firstBillingDate(accountOpenedAt: Date, billingDay: Int) -> Date {
        let opened = calendar.startOfDay(for: accountOpenedAt)
        var components = calendar.dateComponents([.year, .month, .day], from: opened)
        if components.day! >= billingDay {
            components.month! += 1
        }
        components.day = billingDay
        return calendar.date(from: components)!
    }

    /// How many days a suspended subscription keeps its data: 90 days plus the days between the
    /// opening of the account and its first billing period, at most 120.
    public static func retentionDays(accountOpenedAt: Date, billingDay: Int) -> Int {
        let opened = calendar.startOfDay(for: accountOpenedAt)
        let first = firstBillingDate(accountOpenedAt: accountOpenedAt, billingDay: billingDay)
        let extra = calendar.dateComponents([.day], from: opened, to: first).day!
        return min(baseRetentionDays + extra, maximumRetentionDays)
    }

    /// When the data of a subscription suspended at `suspendedAt` is deleted unless it is reactivated.
    public static func dataDeletionDate(suspendedAt: Date, accountOpenedAt: Date, billingDay: Int) -> Date {
        suspendedAt.addingTimeInterval(TimeInterval(retentionDays(accountOpenedAt: accountOpenedAt,
                                                                  billingDay: billingDay) * 86_400))
    }

    /// The change set of New subscription's Submit for `customer`.
    static func newSubscriptions(
        for customer: Customer, selection: CatalogSelection, catalog: OfferCatalog,
        existing: [Subscription], now: Date, random: RandomSource
    ) throws(PartnerCenterError) -> (ChangeSet, [Subscription]) {
        guard !selection.chosen.isEmpty else { throw .noOfferChosen }
        try selection.validate(against: catalog)
        var changes = ChangeSet()
        var created: [Subscription] = []
        for id in selection.chosen {
            let offer = catalog[id]!
            if offer.isAddOn { throw .offerNotAvailable(offer: id) }
            if offer.limitedToOnePerCustomer, existing.contains(where: { $0.offerID == id }) {
                throw .offerLimitedToOnePerCustomer(offer: id)
            }
            let subscription = Subscription(id: SubscriptionID(random.uuid()), customerID: customer.id, offerID: id,
                                            quantity: selection.quantity(for: id)!,
                                            billingFrequency: selection.billingFrequency, createdAt: now)
            created.append(subscription)
            changes.append(.insertSubscription(subscription))
        }
        return (changes, created)
    }

    /// The change set of the subscription edit page's Submit: a new quantity, a new status
    /// (suspend or reactivate, add-ons following their base), and add-on licenses.
    static func edit(
        _ original: Subscription, quantity: Int, status: SubscriptionStatus, addOns: CatalogSelection,
        customer: Customer, family: [Subscription], catalog: OfferCatalog, billingDay: Int, now: Date,
        random: RandomSource
    ) throws(PartnerCenterError) -> (ChangeSet, Subscription) {
        guard let offer = catalog[original.offerID] else { throw .offerNotAvailable(offer: original.offerID) }
        var updated = original
        var changes = ChangeSet()
        let parent = original.parentID.flatMap { id in family.first { $0.id == id } }
        let children = family.filter { $0.parentID == original.id }

        switch (original.status, status) {
        case (.suspended, .suspended):
            if quantity != original.quantity || !addOns.chosen.isEmpty { throw .subscriptionSuspended }
            return (changes, original)
        case (.suspended, .active):
            if let deletion = original.dataDeletionDate, now > deletion { throw .subscriptionDataDeleted }
            if let parent, parent.status == .suspended { throw .subscriptionSuspended }
            updated.status = .active
            updated.suspendedAt = nil
            updated.dataDeletionDate = nil
        case (.active, .suspended):
            if quantity != original.quantity || !addOns.chosen.isEmpty { throw .subscriptionSuspended }
            updated.status = .suspended
            updated.suspendedAt = now
            updated.dataDeletionDate = dataDeletionDate(suspendedAt: now, accountOpenedAt: customer.createdAt,
                                                        billingDay: billingDay)
        case (.active, .active):
            break
        }

        // Quantity: within the offer's limits, an add-on no more than its base, a base no fewer
        // than any of its add-ons.
        if quantity != original.quantity {
            guard offer.licenses.contains(quantity) else {
                throw .quantityOutOfRange(offer: offer.id, quantity: quantity, allowed: offer.licenses)
            }
            if let parent, quantity > parent.quantity {
                throw .addOnExceedsBase(offer: offer.id, quantity: quantity, base: parent.quantity)
            }
            if let largest = children.max(by: { $0.quantity < $1.quantity }), largest.quantity > quantity {
                throw .addOnExceedsBase(offer: largest.offerID, quantity: largest.quantity, base: quantity)
            }
            updated.quantity = quantity
        }
        if updated != original { changes.append(.updateSubscription(updated)) }

        // Add-ons follow their base's status.
        if updated.status != original.status {
            for child in children where child.status != updated.status {
                var child = child
                child.status = updated.status
                child.suspendedAt = updated.suspendedAt
                child.dataDeletionDate = updated.dataDeletionDate
                changes.append(.updateSubscription(child))
            }
        }

        // New add-on licenses.
        try addOns.validate(against: catalog)
        for id in addOns.chosen {
            guard let addOn = catalog[id], case .addOn(let bases) = addOn.kind, bases.contains(original.offerID) else {
                throw .offerNotAvailable(offer: id)
            }
            let addOnQuantity = addOns.quantity(for: id)!
            guard addOnQuantity <= updated.quantity else {
                throw .addOnExceedsBase(offer: id, quantity: addOnQuantity, base: updated.quantity)
            }
            if addOn.limitedToOnePerCustomer, family.contains(where: { $0.offerID == id }) {
                throw .offerLimitedToOnePerCustomer(offer: id)
            }
            changes.append(.insertSubscription(Subscription(
                id: SubscriptionID(random.uuid()), customerID: original.customerID, offerID: id, parentID: original.id,
                quantity: addOnQuantity, billingFrequency: original.billingFrequency, createdAt: now)))
        }
        return (changes, updated)
    }
}
