import Foundation

/// A control as the current page shows it: its labels in one locale, canonical first.
public struct VisibleControl: Hashable, Sendable {
    public var id: ControlID
    public var kind: ControlKind
    public var labels: [String]
    /// The text of a field, the number of a quantity.
    public var value: String?
    /// Whether an option or offer is selected.
    public var isSelected: Bool
    /// False for an offer the customer cannot buy again (limited to one subscription per customer).
    public var isEnabled: Bool

    public init(id: ControlID, kind: ControlKind, labels: [String], value: String? = nil,
                isSelected: Bool = false, isEnabled: Bool = true) {
        self.id = id
        self.kind = kind
        self.labels = labels
        self.value = value
        self.isSelected = isSelected
        self.isEnabled = isEnabled
    }
}

/// Something the current page shows for the user to read or copy (the admin user name and its
/// temporary password, the invitation link, the draft e-mail).
public struct ShownOutput: Hashable, Sendable {
    /// `output.adminUserName`, `output.temporaryPassword`, `output.invitationLink`, `output.draftEmail`,
    /// `output.dataDeletionDate`: also the UI string of its caption.
    public var id: String
    public var caption: String
    public var value: String
}

/// What an action did.
public enum ActionOutcome: Hashable, Sendable {
    /// The session moved to another page.
    case navigated(to: PageID)
    /// The page stayed; a value, choice or menu changed.
    case updated
    /// The Add customer wizard's Submit created the customer; the confirmation page shows it.
    case customerCreated(AddCustomerConfirmation)
    /// New subscription's Submit bought these.
    case subscriptionsCreated([Subscription])
    /// The subscription edit page's Submit saved this.
    case subscriptionUpdated(Subscription)
}

/// The signed-in partner's session in Partner Center: the current page, its controls, and the
/// actions a user (or a runner following an article) takes on them.
///
/// Every action is validated as the real product would: a control must be on the current page,
/// the wizard refuses Next with a required field empty, a domain already taken or a quantity out of
/// range, and Submit before Review. A refused action changes nothing and throws a
/// ``PartnerCenterError``, whose message ``UIStrings/message(for:in:)`` renders in any locale.
public final class PartnerCenterSession {
    enum WizardStep: Int { case accountInfo, subscriptions, review }

    enum Location: Hashable {
        case dashboard
        case customers
        case wizard(WizardStep)
        case confirmation
        case customer(CustomerID)
        case newSubscription(CustomerID)
        case subscriptionEdit(SubscriptionID)
        case requestRelationship
        /// The customer's Azure portal, opened from their page (Partner Center shows only its menu around it).
        case azurePortal(CustomerID)

        /// The index of the location's page in ``PageID/all``.
        var pageOrdinal: Int {
            switch self {
            case .dashboard: 0
            case .customers: 1
            case .wizard(.accountInfo): 2
            case .wizard(.subscriptions): 3
            case .wizard(.review): 4
            case .confirmation: 5
            case .customer: 6
            case .newSubscription: 7
            case .subscriptionEdit: 8
            case .requestRelationship: 9
            case .azurePortal: 10
            }
        }
    }

    struct EditState {
        var quantity: Int
        var status: SubscriptionStatus
        var addOns: CatalogSelection
    }

    public let partner: PartnerAccount
    public let repository: any CustomerRepository
    public let strings: UIStrings
    public let catalog: OfferCatalog
    private let clock: () -> Date
    private let random: RandomSource

    // The session's state is read and written by every action: dynamic exclusivity checks on these
    // few hot properties cost about a tenth of a wizard (measured); a session is used from one
    // thread at a time (it is not Sendable) and never hands out inout access to them.
    @exclusivity(unchecked) private(set) var location: Location = .dashboard {
        didSet { currentIndex = Self.indexByPage[location.pageOrdinal] }
    }
    /// What the Add customer wizard holds, while it is open.
    public var draft: AddCustomerDraft? { isDraftOpen ? openDraft : nil }
    /// The draft, stored unwrapped so that typing into it mutates it in place (an optional would be
    /// copied, and its arrays with it, on every keystroke).
    @exclusivity(unchecked) private var openDraft = AddCustomerDraft()
    @exclusivity(unchecked) private var isDraftOpen = false
    /// What the confirmation page shows, while it is the current page.
    public private(set) var confirmation: AddCustomerConfirmation?
    private var catalogSelection = CatalogSelection()
    private var editState: EditState?

    /// - Parameters:
    ///   - catalog: the catalog of the partner's cloud by default.
    ///   - clock: the current time (suspension dates, creation dates).
    ///   - random: the source of identifiers and temporary passwords.
    public init(partner: PartnerAccount, repository: any CustomerRepository = InMemoryCustomerRepository(),
                strings: UIStrings, catalog: OfferCatalog? = nil, clock: @escaping () -> Date = Date.init,
                random: RandomSource = .system()) {
        self.partner = partner
        self.repository = repository
        self.strings = strings
        self.catalog = catalog ?? OfferCatalog(cloud: partner.cloud)
        self.clock = clock
        self.random = random
    }

    // MARK: - What is shown

    /// The current page.
    public var currentPage: PageID { PageID.all[location.pageOrdinal] }

    /// The customer whose page (or subscription) is open.
    public var currentCustomerID: CustomerID? {
        switch location {
        case .customer(let id), .newSubscription(let id), .azurePortal(let id): id
        case .subscriptionEdit(let id): try? repository.subscription(id)?.customerID
        default: nil
        }
    }

    /// The subscription whose edit page is open.
    public var currentSubscriptionID: SubscriptionID? {
        if case .subscriptionEdit(let id) = location { id } else { nil }
    }

    /// The current page's titles in `locale`: the canonical one first, and for the customer and
    /// subscription pages the customer's or offer's name.
    public func pageTitles(in locale: UILocale) -> [String] {
        switch location {
        case .customer(let id):
            return [(try? repository.customer(id))?.company.name].compactMap { $0 }
        case .subscriptionEdit(let id):
            guard let subscription = try? repository.subscription(id) else { return [] }
            return strings.labels(subscription.offerID.controlID.rawValue, in: locale)
        default:
            return strings.labels(currentPage.titleStringID, in: locale)
        }
    }

    /// The controls shown now, in display order, with their labels in `locale`.
    public func visibleControls(in locale: UILocale) -> [VisibleControl] {
        var result: [VisibleControl] = []
        for definition in UIModel.staticControls(of: currentPage) {
            var control = VisibleControl(id: definition.id, kind: definition.kind,
                                         labels: strings.labels(definition.labelID, in: locale))
            decorate(&control)
            result.append(control)
        }
        result.append(contentsOf: dynamicControls(in: locale))
        return result
    }

    /// The visible controls having `label` among their labels in `locale` (exact match).
    public func controls(labelled label: String, in locale: UILocale) -> [VisibleControl] {
        visibleControls(in: locale).filter { $0.labels.contains(label) }
    }

    /// What the current page shows to read or copy, captions in `locale`.
    public func outputs(in locale: UILocale) -> [ShownOutput] {
        func output(_ id: String, _ value: String) -> ShownOutput {
            ShownOutput(id: id, caption: strings.label(id, in: locale), value: value)
        }
        switch location {
        case .confirmation:
            guard let confirmation else { return [] }
            return [output("output.adminUserName", confirmation.adminUser.userName),
                    output("output.temporaryPassword", confirmation.temporaryPassword)]
        case .requestRelationship:
            let invitation = ResellerInvitation(partner: partner)
            return [output("output.invitationLink", invitation.link),
                    output("output.draftEmail", invitation.draftEmail(partnerName: partner.name, strings: strings, locale: locale))]
        case .subscriptionEdit(let id):
            guard let subscription = try? repository.subscription(id), let date = subscription.dataDeletionDate else { return [] }
            return [output("output.dataDeletionDate", ISO8601DateFormatter().string(from: date))]
        default:
            return []
        }
    }

    /// The invitation link, while Request a reseller relationship is open.
    public var invitationLink: String? {
        location == .requestRelationship ? ResellerInvitation(partner: partner).link : nil
    }

    /// The catalog choices of the current catalog page (wizard Subscriptions, New subscription, or
    /// the add-ons of the subscription edit page).
    public var currentCatalogSelection: CatalogSelection? {
        switch location {
        case .wizard: isDraftOpen ? openDraft.selection : nil
        case .newSubscription: catalogSelection
        case .subscriptionEdit: editState?.addOns
        default: nil
        }
    }

    private func decorate(_ control: inout VisibleControl) {
        switch control.kind {
        case .field:
            if let field = AccountField(controlID: control.id) { control.value = draft?[field] ?? "" }
        case .option:
            switch control.id {
            case UIModel.billingMonthly, UIModel.billingAnnual, UIModel.billingTrial:
                control.isSelected = currentCatalogSelection?.billingFrequency == Self.frequency(of: control.id)
            case UIModel.editStatusActive:
                control.isSelected = editState?.status == .active
            case UIModel.editStatusSuspended:
                control.isSelected = editState?.status == .suspended
            default:
                break
            }
        case .quantity:
            if control.id == UIModel.editQuantity, let editState { control.value = String(editState.quantity) }
        case .tab:
            control.isSelected = (control.id == UIModel.wizardTabAccountInfo && location == .wizard(.accountInfo))
                || (control.id == UIModel.wizardTabSubscriptions && location == .wizard(.subscriptions))
                || (control.id == UIModel.wizardTabReview && location == .wizard(.review))
        default:
            break
        }
    }

    private func dynamicControls(in locale: UILocale) -> [VisibleControl] {
        switch location {
        case .customers:
            return ((try? repository.customers(of: partner.id)) ?? []).map { customer in
                VisibleControl(id: ControlID(UIModel.customerRowPrefix + customer.id.description), kind: .link,
                               labels: [customer.company.name])
            }
        case .customer(let id):
            return ((try? repository.subscriptions(of: id)) ?? []).map { subscription in
                VisibleControl(id: ControlID(UIModel.subscriptionRowPrefix + subscription.id.description), kind: .link,
                               labels: strings.labels(subscription.offerID.controlID.rawValue, in: locale),
                               value: String(subscription.quantity))
            }
        case .wizard(.subscriptions), .newSubscription, .subscriptionEdit:
            guard let selection = currentCatalogSelection else { return [] }
            let owned = ownedOffers()
            var result: [VisibleControl] = []
            for offer in offersOnPage() {
                result.append(VisibleControl(id: offer.id.controlID, kind: .offer,
                                             labels: strings.labels(offer.id.controlID.rawValue, in: locale),
                                             isSelected: selection.isChosen(offer.id),
                                             isEnabled: !(offer.limitedToOnePerCustomer && owned.contains(offer.id))))
                if let quantity = selection.quantity(for: offer.id) {
                    result.append(VisibleControl(id: offer.id.quantityControlID, kind: .quantity,
                                                 labels: strings.labels(UIModel.quantityLabelID, in: locale),
                                                 value: String(quantity)))
                }
            }
            return result
        default:
            return []
        }
    }

    /// The offers listed on the current catalog page.
    private func offersOnPage() -> [Offer] {
        switch location {
        case .wizard(.subscriptions):
            return catalog.purchasableOffers(billedBy: openDraft.selection.billingFrequency)
        case .newSubscription:
            return catalog.purchasableOffers(billedBy: catalogSelection.billingFrequency)
        case .subscriptionEdit(let id):
            guard let subscription = try? repository.subscription(id), subscription.parentID == nil,
                  subscription.status == .active else { return [] }
            return catalog.addOns(for: subscription.offerID)
        default:
            return []
        }
    }

    private func ownedOffers() -> Set<OfferID> {
        guard let customer = currentCustomerID, let subscriptions = try? repository.subscriptions(of: customer) else { return [] }
        return Set(subscriptions.map(\.offerID))
    }

    // MARK: - Resolving controls

    /// What activating or filling a control does.
    enum Action: Hashable {
        case openMenu, customers, addCustomer, requestRelationship, wizardCancel
        case accountInfoNext, subscriptionsNext, tabAccountInfo, tabSubscriptions, tabReview, reviewEdit, reviewSubmit
        case confirmationDone, relationshipDone, azurePortal
        case newSubscription, newSubscriptionCancel, newSubscriptionSubmit
        case editCancel, editSubmit, editQuantity, section
        case billing(BillingFrequency)
        case status(SubscriptionStatus)
        case field(AccountField)
        case customerRow(CustomerID)
        case subscriptionRow(SubscriptionID)
        case offer(OfferID)
        case quantity(OfferID)
    }

    struct Resolved {
        var kind: ControlKind
        var action: Action
    }

    private static let staticActions: [ControlID: Action] = {
        var actions: [ControlID: Action] = [
            UIModel.dashboardMenu: .openMenu, UIModel.customersMenuItem: .customers,
            UIModel.addCustomer: .addCustomer, UIModel.requestResellerRelationship: .requestRelationship,
            UIModel.customerRequestRelationship: .requestRelationship, UIModel.customerAzurePortal: .azurePortal,
            UIModel.wizardCancel: .wizardCancel,
            UIModel.accountInfoNext: .accountInfoNext, UIModel.subscriptionsNext: .subscriptionsNext,
            UIModel.wizardTabAccountInfo: .tabAccountInfo, UIModel.wizardTabSubscriptions: .tabSubscriptions,
            UIModel.wizardTabReview: .tabReview, UIModel.reviewEdit: .reviewEdit, UIModel.reviewSubmit: .reviewSubmit,
            UIModel.confirmationDone: .confirmationDone, UIModel.relationshipDone: .relationshipDone,
            UIModel.newSubscription: .newSubscription, UIModel.newSubscriptionCancel: .newSubscriptionCancel,
            UIModel.newSubscriptionSubmit: .newSubscriptionSubmit, UIModel.editCancel: .editCancel,
            UIModel.editSubmit: .editSubmit, UIModel.editQuantity: .editQuantity, UIModel.editStatus: .section,
            UIModel.billingMonthly: .billing(.monthly), UIModel.billingAnnual: .billing(.annual),
            UIModel.billingTrial: .billing(.trial),
            UIModel.editStatusActive: .status(.active), UIModel.editStatusSuspended: .status(.suspended),
        ]
        for field in AccountField.allCases { actions[field.controlID] = .field(field) }
        return actions
    }()

    private static let staticIndex: [PageID: [ControlID: Resolved]] = Dictionary(
        uniqueKeysWithValues: PageID.all.map { page in
            (page, Dictionary(UIModel.staticControls(of: page).map { definition in
                guard let action = staticActions[definition.id] else {
                    preconditionFailure("no action for \(definition.id)")
                }
                return (definition.id, Resolved(kind: definition.kind, action: action))
            }, uniquingKeysWith: { first, _ in first }))
        })

    /// A static control of a page with the length of its id, for ``resolve(_:)``.
    struct IndexEntry {
        var id: ControlID
        var length: Int
        var resolved: Resolved
    }

    /// The static controls of each page, by page ordinal. A page has a couple of dozen at most:
    /// comparing lengths, then the few ids of the same length, is cheaper than hashing the id.
    private static let indexByPage: [[IndexEntry]] = PageID.all.map { page in
        UIModel.staticControls(of: page).map { IndexEntry(id: $0.id, length: $0.id.rawValue.utf8.count,
                                                           resolved: staticIndex[page]![$0.id]!) }
    }

    private static let allStaticIDs: Set<ControlID> = Set(staticIndex.values.flatMap(\.keys))

    /// The static controls of the current page, kept in step with `location`.
    @exclusivity(unchecked) private var currentIndex: [IndexEntry] = PartnerCenterSession.indexByPage[0]

    /// The control `id` if the current page shows it.
    private func resolve(_ id: ControlID) throws(PartnerCenterError) -> Resolved {
        let length = id.rawValue.utf8.count
        for entry in currentIndex where entry.length == length && entry.id == id { return entry.resolved }
        if let resolved = dynamicControl(id) { return resolved }
        // Not on this page: say why as precisely as the product would.
        if id == UIModel.reviewSubmit, case .wizard = location { throw .submitBeforeReview }
        if Self.allStaticIDs.contains(id) || Self.isDynamicID(id) { throw .controlNotOnPage(id, page: currentPage) }
        throw .unknownControl(id)
    }

    private static func isDynamicID(_ id: ControlID) -> Bool {
        let raw = id.rawValue
        return raw.hasPrefix(UIModel.customerRowPrefix) || raw.hasPrefix(UIModel.subscriptionRowPrefix)
            || raw.hasPrefix("offer.") || raw.hasPrefix("quantity.")
    }

    private func dynamicControl(_ id: ControlID) -> Resolved? {
        let raw = id.rawValue
        switch location {
        case .customers:
            guard raw.hasPrefix(UIModel.customerRowPrefix),
                  let customer = Self.uuid(raw.dropFirst(UIModel.customerRowPrefix.count)).map(CustomerID.init),
                  (try? repository.relationship(partner: partner.id, customer: customer)) != nil else { return nil }
            return Resolved(kind: .link, action: .customerRow(customer))
        case .customer(let customerID):
            guard raw.hasPrefix(UIModel.subscriptionRowPrefix),
                  let subscription = Self.uuid(raw.dropFirst(UIModel.subscriptionRowPrefix.count)).map(SubscriptionID.init),
                  (try? repository.subscription(subscription))??.customerID == customerID else { return nil }
            return Resolved(kind: .link, action: .subscriptionRow(subscription))
        case .wizard(.subscriptions), .newSubscription, .subscriptionEdit:
            if raw.hasPrefix("offer.") {
                let offer = OfferID(String(raw.dropFirst(6)))
                return isOnPage(offer) ? Resolved(kind: .offer, action: .offer(offer)) : nil
            }
            if raw.hasPrefix("quantity.") {
                let offer = OfferID(String(raw.dropFirst(9)))
                return isOnPage(offer) && currentCatalogSelection?.isChosen(offer) == true
                    ? Resolved(kind: .quantity, action: .quantity(offer)) : nil
            }
            return nil
        default:
            return nil
        }
    }

    /// Whether the current catalog page lists `offer`.
    private func isOnPage(_ offer: OfferID) -> Bool {
        switch location {
        case .wizard(.subscriptions):
            return catalog.isPurchasable(offer, billedBy: openDraft.selection.billingFrequency)
        case .newSubscription:
            return catalog.isPurchasable(offer, billedBy: catalogSelection.billingFrequency)
        case .subscriptionEdit:
            return offersOnPage().contains { $0.id == offer }
        default:
            return false
        }
    }

    private static func uuid(_ text: Substring) -> UUID? { UUID(uuidString: String(text)) }

    private static func frequency(of option: ControlID) -> BillingFrequency? {
        switch staticActions[option] {
        case .billing(let frequency)?: frequency
        default: nil
        }
    }

    // MARK: - Actions

    /// Clicks a button, link, menu, menu item, tab, option or offer of the current page.
    @discardableResult
    public func activate(_ id: ControlID) throws(PartnerCenterError) -> ActionOutcome {
        let resolved = try resolve(id)
        guard resolved.kind.isActivatable else { throw .notActivatable(id) }
        switch resolved.action {
        case .openMenu, .section:
            return .updated // the menu opens (its items are always listed); a section label does nothing
        case .customers, .wizardCancel, .confirmationDone, .relationshipDone:
            return leave(to: .customers)
        case .addCustomer:
            openDraft = AddCustomerDraft()
            isDraftOpen = true
            return go(to: .wizard(.accountInfo))
        case .requestRelationship:
            return leave(to: .requestRelationship)
        case .accountInfoNext:
            try checkAccountInfo()
            return go(to: .wizard(.subscriptions))
        case .subscriptionsNext:
            try currentDraft().validateSubscriptions(catalog: catalog)
            return go(to: .wizard(.review))
        case .tabAccountInfo:
            return go(to: .wizard(.accountInfo))
        case .tabSubscriptions:
            if location == .wizard(.accountInfo) { try checkAccountInfo() }
            return go(to: .wizard(.subscriptions))
        case .tabReview:
            if location == .wizard(.accountInfo) { try checkAccountInfo() }
            try currentDraft().validateSubscriptions(catalog: catalog)
            return go(to: .wizard(.review))
        case .reviewEdit:
            return go(to: .wizard(.accountInfo)) // the draft is kept
        case .reviewSubmit:
            return try submitWizard()
        case .newSubscription:
            guard case .customer(let customer) = location else { throw .controlNotOnPage(id, page: currentPage) }
            catalogSelection = CatalogSelection()
            return go(to: .newSubscription(customer))
        case .azurePortal:
            guard case .customer(let customer) = location else { throw .controlNotOnPage(id, page: currentPage) }
            return go(to: .azurePortal(customer))
        case .newSubscriptionCancel:
            guard case .newSubscription(let customer) = location else { throw .controlNotOnPage(id, page: currentPage) }
            return go(to: .customer(customer))
        case .newSubscriptionSubmit:
            return try submitNewSubscription()
        case .editCancel:
            guard let customer = currentCustomerID else { throw .unknownSubscription }
            editState = nil
            return go(to: .customer(customer))
        case .editSubmit:
            return try submitEdit()
        case .billing(let frequency):
            let catalog = self.catalog
            try mutateSelection { selection in selection.setBillingFrequency(frequency, catalog: catalog) }
            return .updated
        case .status(let status):
            editState?.status = status
            return .updated
        case .offer(let offer):
            return try toggleOffer(offer)
        case .customerRow(let customer):
            return go(to: .customer(customer))
        case .subscriptionRow(let id):
            let subscription: Subscription?
            do { subscription = try repository.subscription(id) } catch { throw .storeFailure(String(describing: error)) }
            guard let subscription else { throw .unknownSubscription }
            editState = EditState(quantity: subscription.quantity, status: subscription.status, addOns: CatalogSelection())
            return go(to: .subscriptionEdit(id))
        case .field, .editQuantity, .quantity:
            throw .notActivatable(id)
        }
    }

    /// Types `value` into a field, or a number into a quantity, of the current page.
    @discardableResult
    public func enter(_ value: String, into id: ControlID) throws(PartnerCenterError) -> ActionOutcome {
        let resolved = try resolve(id)
        switch resolved.action {
        case .field(let field):
            guard isDraftOpen else { throw .notAField(id) }
            openDraft[field] = value
            return .updated
        case .editQuantity, .quantity:
            guard let quantity = Int(value.trimmingCharacters(in: .whitespaces)) else { throw .quantityNotANumber(value) }
            return try setQuantity(quantity, resolved: resolved)
        default:
            throw .notAField(id)
        }
    }

    /// Sets a quantity control of the current page (a chosen offer's, or the edited subscription's).
    @discardableResult
    public func setQuantity(_ quantity: Int, of id: ControlID) throws(PartnerCenterError) -> ActionOutcome {
        try setQuantity(quantity, resolved: resolve(id))
    }

    private func setQuantity(_ quantity: Int, resolved: Resolved) throws(PartnerCenterError) -> ActionOutcome {
        switch resolved.action {
        case .editQuantity:
            editState?.quantity = quantity
        case .quantity(let offer):
            try mutateSelection { (selection) throws(PartnerCenterError) in try selection.setQuantity(quantity, for: offer) }
        default:
            throw .notAField(UIModel.editQuantity)
        }
        return .updated
    }

    /// Sets the number of licenses of a chosen offer on the current catalog page.
    @discardableResult
    public func setQuantity(_ quantity: Int, for offer: OfferID) throws(PartnerCenterError) -> ActionOutcome {
        guard isOnPage(offer) else { throw .controlNotOnPage(offer.quantityControlID, page: currentPage) }
        guard currentCatalogSelection?.isChosen(offer) == true else { throw .offerNotSelected(offer: offer) }
        return try setQuantity(quantity, resolved: Resolved(kind: .quantity, action: .quantity(offer)))
    }

    /// Chooses (checks) an offer of the current catalog page; choosing it again changes nothing.
    @discardableResult
    public func choose(_ offer: OfferID) throws(PartnerCenterError) -> ActionOutcome {
        guard isOnPage(offer) else { _ = try resolve(offer.controlID); throw .controlNotOnPage(offer.controlID, page: currentPage) }
        if currentCatalogSelection?.isChosen(offer) == true { return .updated }
        return try toggleOffer(offer)
    }

    // MARK: - Action details

    private func go(to location: Location) -> ActionOutcome {
        self.location = location
        return .navigated(to: currentPage)
    }

    /// Leaves for a page outside the wizard, dropping what the wizard and the confirmation held.
    private func leave(to location: Location) -> ActionOutcome {
        isDraftOpen = false
        confirmation = nil
        editState = nil
        return go(to: location)
    }

    private func checkAccountInfo() throws(PartnerCenterError) {
        guard isDraftOpen else { throw .controlNotOnPage(UIModel.accountInfoNext, page: currentPage) }
        try openDraft.checkAccountInfoOnNext(cloud: partner.cloud, repository: repository)
    }

    private func currentDraft() throws(PartnerCenterError) -> AddCustomerDraft {
        guard isDraftOpen else { throw .controlNotOnPage(UIModel.accountInfoNext, page: currentPage) }
        return openDraft
    }

    private func mutateSelection(_ body: (inout CatalogSelection) throws(PartnerCenterError) -> Void) throws(PartnerCenterError) {
        switch location {
        case .wizard:
            guard isDraftOpen else { return }
            try body(&openDraft.selection)
        case .newSubscription:
            try body(&catalogSelection)
        case .subscriptionEdit:
            guard editState != nil else { return }
            try body(&editState!.addOns)
        default:
            break
        }
    }

    private func toggleOffer(_ id: OfferID) throws(PartnerCenterError) -> ActionOutcome {
        guard let offer = catalog[id] else { throw .offerNotAvailable(offer: id) }
        if case .newSubscription = location, offer.limitedToOnePerCustomer, ownedOffers().contains(id) {
            throw .offerLimitedToOnePerCustomer(offer: id)
        }
        try mutateSelection { selection in
            if selection.isChosen(id) { selection.remove(id) } else { selection.choose(offer) }
        }
        return .updated
    }

    private func submitWizard() throws(PartnerCenterError) -> ActionOutcome {
        guard isDraftOpen else { throw .submitBeforeReview }
        let account = try openDraft.validateAccountInfo(cloud: partner.cloud, repository: repository)
        try openDraft.validateSubscriptions(catalog: catalog)
        let (changes, confirmation) = AddCustomerSubmission.changes(
            partner: partner, company: account.company, contact: account.contact, domain: account.domain,
            selection: openDraft.selection, now: clock(), random: random)
        try apply(changes)
        isDraftOpen = false
        openDraft = AddCustomerDraft()
        self.confirmation = confirmation
        location = .confirmation
        return .customerCreated(confirmation)
    }

    private func submitNewSubscription() throws(PartnerCenterError) -> ActionOutcome {
        guard case .newSubscription(let customerID) = location else { throw .unknownCustomer }
        let customer: Customer?
        let existing: [Subscription]
        do {
            customer = try repository.customer(customerID)
            existing = try repository.subscriptions(of: customerID)
        } catch {
            throw .storeFailure(String(describing: error))
        }
        guard let customer else { throw .unknownCustomer }
        let (changes, created) = try SubscriptionRules.newSubscriptions(
            for: customer, selection: catalogSelection, catalog: catalog, existing: existing, now: clock(), random: random)
        try apply(changes)
        catalogSelection = CatalogSelection()
        location = .customer(customerID)
        return .subscriptionsCreated(created)
    }

    private func submitEdit() throws(PartnerCenterError) -> ActionOutcome {
        guard case .subscriptionEdit(let id) = location, let editState else { throw .unknownSubscription }
        let subscription: Subscription?
        let customer: Customer?
        let family: [Subscription]
        do {
            subscription = try repository.subscription(id)
            customer = try subscription.flatMap { try repository.customer($0.customerID) }
            family = try subscription.map { try repository.subscriptions(of: $0.customerID) } ?? []
        } catch {
            throw .storeFailure(String(describing: error))
        }
        guard let subscription, let customer else { throw .unknownSubscription }
        let (changes, updated) = try SubscriptionRules.edit(
            subscription, quantity: editState.quantity, status: editState.status, addOns: editState.addOns,
            customer: customer, family: family, catalog: catalog, billingDay: partner.billingDay, now: clock(),
            random: random)
        if !changes.isEmpty { try apply(changes) }
        self.editState = nil
        location = .customer(customer.id)
        return .subscriptionUpdated(updated)
    }

    private func apply(_ changes: ChangeSet) throws(PartnerCenterError) {
        do {
            try repository.apply(changes)
        } catch .domainTaken(let domain) {
            throw .domainTaken(domain: domain.fullName)
        } catch {
            throw .storeFailure(String(describing: error))
        }
    }
}
