/// The stable id of a control (`addCustomer.accountInfo.next`). It is also the id of the control's
/// label unit in the UI-string files.
public struct ControlID: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public var rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
}

/// The stable id of a page (`addCustomer.review`). Its title is the UI-string unit `page.<id>`.
public struct PageID: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public var rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }

    /// The id of the page's title in the UI strings.
    public var titleStringID: String { "page." + rawValue }

    public static let dashboard: PageID = "dashboard"
    public static let customers: PageID = "customers"
    public static let addCustomerAccountInfo: PageID = "addCustomer.accountInfo"
    public static let addCustomerSubscriptions: PageID = "addCustomer.subscriptions"
    public static let addCustomerReview: PageID = "addCustomer.review"
    public static let addCustomerConfirmation: PageID = "addCustomer.confirmation"
    public static let customer: PageID = "customer"
    public static let newSubscription: PageID = "newSubscription"
    public static let subscriptionEdit: PageID = "subscription.edit"
    public static let requestRelationship: PageID = "requestRelationship"
    /// The customer's Microsoft Azure Management Portal: outside Partner Center, which only opens it.
    public static let azurePortal: PageID = "azurePortal"

    /// Every page, in the order of the product's navigation.
    public static let all: [PageID] = [
        .dashboard, .customers, .addCustomerAccountInfo, .addCustomerSubscriptions, .addCustomerReview,
        .addCustomerConfirmation, .customer, .newSubscription, .subscriptionEdit, .requestRelationship,
        .azurePortal,
    ]
}

/// What kind of control a control is, which says what can be done with it.
public enum ControlKind: String, Sendable, Hashable, CaseIterable {
    case menu, menuItem, button, link, tab
    /// A text field: ``PartnerCenterSession/enter(_:into:)``.
    case field
    /// One choice of a group (billing frequency, subscription status): activated to select it.
    case option
    /// A labelled section or list (the Status section); activating it does nothing.
    case list
    /// An offer of the catalog: ``PartnerCenterSession/choose(_:)`` or activated to toggle it.
    case offer
    /// A number of licenses: ``PartnerCenterSession/setQuantity(_:for:)`` or ``PartnerCenterSession/enter(_:into:)``.
    case quantity

    /// Whether ``PartnerCenterSession/activate(_:)`` applies.
    public var isActivatable: Bool {
        switch self {
        case .menu, .menuItem, .button, .link, .tab, .option, .list, .offer: true
        case .field, .quantity: false
        }
    }

    /// Whether the control takes a typed value.
    public var takesValue: Bool { self == .field || self == .quantity }
}

/// A control of the product's UI: stable id, kind, and where its label comes from.
public struct ControlDefinition: Hashable, Sendable {
    public var id: ControlID
    public var kind: ControlKind
    /// The UI-string unit holding its labels (usually the id itself).
    public var labelID: String

    public init(_ id: ControlID, _ kind: ControlKind, labelID: String? = nil) {
        self.id = id
        self.kind = kind
        self.labelID = labelID ?? id.rawValue
    }
}

/// A field of the Account info page of the Add customer wizard.
public enum AccountField: Int, Sendable, Hashable, CaseIterable {
    case companyName, addressLine1, addressLine2, city, stateOrProvince, postalCode, country
    case firstName, lastName, email, phone
    case domainPrefix

    public var controlID: ControlID { Self.controlIDs[rawValue] }

    /// Whether Next refuses to go on while it is empty.
    public var isRequired: Bool {
        switch self {
        case .addressLine2, .stateOrProvince: false
        default: true
        }
    }

    public var name: String {
        switch self {
        case .companyName: "companyName"
        case .addressLine1: "addressLine1"
        case .addressLine2: "addressLine2"
        case .city: "city"
        case .stateOrProvince: "stateOrProvince"
        case .postalCode: "postalCode"
        case .country: "country"
        case .firstName: "firstName"
        case .lastName: "lastName"
        case .email: "email"
        case .phone: "phone"
        case .domainPrefix: "domainPrefix"
        }
    }

    private static let controlIDs: [ControlID] = allCases.map { ControlID("addCustomer.accountInfo." + $0.name) }
    private static let byControlID: [ControlID: AccountField] =
        Dictionary(uniqueKeysWithValues: allCases.map { ($0.controlID, $0) })

    public init?(controlID: ControlID) {
        guard let field = Self.byControlID[controlID] else { return nil }
        self = field
    }
}

/// The static controls of the product's pages. Dynamic controls (customer rows, offers, quantities,
/// subscription rows) are added by the session from the data it shows.
public enum UIModel {
    // The Dashboard menu, on every page.
    public static let dashboardMenu: ControlID = "dashboard"
    public static let customersMenuItem: ControlID = "dashboard.customers"

    // Customers.
    public static let addCustomer: ControlID = "customers.addCustomer"
    public static let requestResellerRelationship: ControlID = "customers.requestRelationship"

    // The Add customer wizard.
    public static let wizardTabAccountInfo: ControlID = "addCustomer.tab.accountInfo"
    public static let wizardTabSubscriptions: ControlID = "addCustomer.tab.subscriptions"
    public static let wizardTabReview: ControlID = "addCustomer.tab.review"
    public static let wizardCancel: ControlID = "addCustomer.cancel"
    public static let accountInfoNext: ControlID = "addCustomer.accountInfo.next"
    public static let subscriptionsNext: ControlID = "addCustomer.subscriptions.next"
    public static let reviewEdit: ControlID = "addCustomer.review.edit"
    public static let reviewSubmit: ControlID = "addCustomer.review.submit"
    public static let confirmationDone: ControlID = "addCustomer.confirmation.done"

    // Catalog controls, on the wizard's Subscriptions page and on New subscription.
    public static let billingMonthly: ControlID = "catalog.billingFrequency.monthly"
    public static let billingAnnual: ControlID = "catalog.billingFrequency.annual"
    public static let billingTrial: ControlID = "catalog.billingFrequency.trial"

    // The customer page.
    public static let newSubscription: ControlID = "customer.newSubscription"
    public static let customerRequestRelationship: ControlID = "customer.requestRelationship"
    public static let customerAzurePortal: ControlID = "customer.azurePortal"

    // New subscription.
    public static let newSubscriptionSubmit: ControlID = "newSubscription.submit"
    public static let newSubscriptionCancel: ControlID = "newSubscription.cancel"

    // The subscription edit page.
    public static let editQuantity: ControlID = "subscription.edit.quantity"
    public static let editStatus: ControlID = "subscription.edit.status"
    public static let editStatusActive: ControlID = "subscription.edit.status.active"
    public static let editStatusSuspended: ControlID = "subscription.edit.status.suspended"
    public static let editSubmit: ControlID = "subscription.edit.submit"
    public static let editCancel: ControlID = "subscription.edit.cancel"

    // Request a reseller relationship.
    public static let relationshipDone: ControlID = "requestRelationship.done"

    /// The UI-string unit of every quantity control's label.
    public static let quantityLabelID = "quantity"
    /// The prefix of a customer row's id on the Customers page (`customers.row.<customer id>`).
    public static let customerRowPrefix = "customers.row."
    /// The prefix of a subscription row's id on the customer page (`customer.subscription.<id>`).
    public static let subscriptionRowPrefix = "customer.subscription."

    static let menu: [ControlDefinition] = [
        ControlDefinition(dashboardMenu, .menu),
        ControlDefinition(customersMenuItem, .menuItem),
    ]

    static let wizardTabs: [ControlDefinition] = [
        ControlDefinition(wizardTabAccountInfo, .tab),
        ControlDefinition(wizardTabSubscriptions, .tab),
        ControlDefinition(wizardTabReview, .tab),
    ]

    static let billingOptions: [ControlDefinition] = [
        ControlDefinition(billingMonthly, .option),
        ControlDefinition(billingAnnual, .option),
        ControlDefinition(billingTrial, .option),
    ]

    /// The static controls of `page`, in display order (the menu first).
    public static func staticControls(of page: PageID) -> [ControlDefinition] {
        staticControlsByPage[page] ?? menu
    }

    private static let staticControlsByPage: [PageID: [ControlDefinition]] = [
        .dashboard: menu,
        .customers: menu + [
            ControlDefinition(addCustomer, .button),
            ControlDefinition(requestResellerRelationship, .link),
        ],
        .addCustomerAccountInfo: menu + wizardTabs
            + AccountField.allCases.map { ControlDefinition($0.controlID, .field) }
            + [ControlDefinition(accountInfoNext, .button), ControlDefinition(wizardCancel, .button)],
        .addCustomerSubscriptions: menu + wizardTabs + billingOptions
            + [ControlDefinition(subscriptionsNext, .button), ControlDefinition(wizardCancel, .button)],
        .addCustomerReview: menu + wizardTabs + [
            ControlDefinition(reviewEdit, .button),
            ControlDefinition(reviewSubmit, .button),
            ControlDefinition(wizardCancel, .button),
        ],
        .addCustomerConfirmation: menu + [ControlDefinition(confirmationDone, .button)],
        .customer: menu + [
            ControlDefinition(newSubscription, .button),
            ControlDefinition(customerRequestRelationship, .link),
            ControlDefinition(customerAzurePortal, .link),
        ],
        .newSubscription: menu + billingOptions + [
            ControlDefinition(newSubscriptionSubmit, .button),
            ControlDefinition(newSubscriptionCancel, .button),
        ],
        .subscriptionEdit: menu + [
            ControlDefinition(editQuantity, .quantity, labelID: quantityLabelID),
            ControlDefinition(editStatus, .list),
            ControlDefinition(editStatusActive, .option),
            ControlDefinition(editStatusSuspended, .option),
            ControlDefinition(editSubmit, .button),
            ControlDefinition(editCancel, .button),
        ],
        .requestRelationship: menu + [ControlDefinition(relationshipDone, .button)],
        .azurePortal: menu,
    ]

    /// The ids of the outputs a page can show (UI-string units `output.<name>` label them).
    public static let outputLabelIDs: [String] = [
        "output.adminUserName", "output.temporaryPassword", "output.invitationLink", "output.draftEmail",
        "output.dataDeletionDate",
    ]
}
