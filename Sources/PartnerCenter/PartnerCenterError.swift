/// A value substituted into a localized message: literal text, a number, or a UI string (a field's
/// label, an offer's name) to be shown in the message's own locale.
public enum MessageArgument: Hashable, Sendable {
    case text(String)
    case number(Int)
    case uiString(id: String)
}

/// Everything the product refuses, each with a stable code (for logs and tests) and the id of its
/// localized message in the UI strings (`error.<name>`, with `{argument}` placeholders).
/// The library never prints: ``UIStrings/message(for:in:)`` renders one in a locale.
public enum PartnerCenterError: Error, Hashable, Sendable {
    // Navigation.
    case unknownControl(ControlID)
    case controlNotOnPage(ControlID, page: PageID)
    case notActivatable(ControlID)
    case notAField(ControlID)
    // The Add customer wizard.
    case submitBeforeReview
    case requiredFieldEmpty(field: ControlID)
    case domainPrefixInvalidCharacters(prefix: String)
    case domainPrefixInvalidLength(prefix: String, allowed: ClosedRange<Int>)
    case domainTaken(domain: String)
    case invalidEmail(String)
    case invalidCountry(String)
    // Catalog and subscriptions.
    case quantityNotANumber(String)
    case quantityOutOfRange(offer: OfferID, quantity: Int, allowed: ClosedRange<Int>)
    case offerNotAvailable(offer: OfferID)
    case offerNotSelected(offer: OfferID)
    case billingFrequencyNotOffered(offer: OfferID, frequency: BillingFrequency)
    case offerLimitedToOnePerCustomer(offer: OfferID)
    case noOfferChosen
    case addOnExceedsBase(offer: OfferID, quantity: Int, base: Int)
    case subscriptionSuspended
    case subscriptionDataDeleted
    // Customers and relationships.
    case unknownCustomer
    case unknownSubscription
    case invalidInvitationLink(String)
    // The store.
    case storeFailure(String)

    /// A stable, language-neutral code.
    public var code: String {
        switch self {
        case .unknownControl: "PC-NAV-001"
        case .controlNotOnPage: "PC-NAV-002"
        case .notActivatable: "PC-NAV-003"
        case .notAField: "PC-NAV-004"
        case .submitBeforeReview: "PC-WIZ-001"
        case .requiredFieldEmpty: "PC-WIZ-002"
        case .domainPrefixInvalidCharacters: "PC-WIZ-003"
        case .domainPrefixInvalidLength: "PC-WIZ-004"
        case .domainTaken: "PC-WIZ-005"
        case .invalidEmail: "PC-WIZ-006"
        case .invalidCountry: "PC-WIZ-007"
        case .quantityNotANumber: "PC-SUB-001"
        case .quantityOutOfRange: "PC-SUB-002"
        case .offerNotAvailable: "PC-SUB-003"
        case .offerNotSelected: "PC-SUB-004"
        case .billingFrequencyNotOffered: "PC-SUB-005"
        case .offerLimitedToOnePerCustomer: "PC-SUB-006"
        case .noOfferChosen: "PC-SUB-007"
        case .addOnExceedsBase: "PC-SUB-008"
        case .subscriptionSuspended: "PC-SUB-009"
        case .subscriptionDataDeleted: "PC-SUB-010"
        case .unknownCustomer: "PC-CUS-001"
        case .unknownSubscription: "PC-CUS-002"
        case .invalidInvitationLink: "PC-REL-001"
        case .storeFailure: "PC-STO-001"
        }
    }

    /// The UI-string unit of the message.
    public var messageID: String {
        switch self {
        case .unknownControl: "error.unknownControl"
        case .controlNotOnPage: "error.controlNotOnPage"
        case .notActivatable: "error.notActivatable"
        case .notAField: "error.notAField"
        case .submitBeforeReview: "error.submitBeforeReview"
        case .requiredFieldEmpty: "error.requiredFieldEmpty"
        case .domainPrefixInvalidCharacters: "error.domainPrefixInvalidCharacters"
        case .domainPrefixInvalidLength: "error.domainPrefixInvalidLength"
        case .domainTaken: "error.domainTaken"
        case .invalidEmail: "error.invalidEmail"
        case .invalidCountry: "error.invalidCountry"
        case .quantityNotANumber: "error.quantityNotANumber"
        case .quantityOutOfRange: "error.quantityOutOfRange"
        case .offerNotAvailable: "error.offerNotAvailable"
        case .offerNotSelected: "error.offerNotSelected"
        case .billingFrequencyNotOffered: "error.billingFrequencyNotOffered"
        case .offerLimitedToOnePerCustomer: "error.offerLimitedToOnePerCustomer"
        case .noOfferChosen: "error.noOfferChosen"
        case .addOnExceedsBase: "error.addOnExceedsBase"
        case .subscriptionSuspended: "error.subscriptionSuspended"
        case .subscriptionDataDeleted: "error.subscriptionDataDeleted"
        case .unknownCustomer: "error.unknownCustomer"
        case .unknownSubscription: "error.unknownSubscription"
        case .invalidInvitationLink: "error.invalidInvitationLink"
        case .storeFailure: "error.storeFailure"
        }
    }

    /// The values of the message's `{name}` placeholders.
    public var arguments: [String: MessageArgument] {
        switch self {
        case .unknownControl(let control), .notActivatable(let control), .notAField(let control):
            ["control": .text(control.rawValue)]
        case .controlNotOnPage(let control, let page):
            ["control": .text(control.rawValue), "page": .uiString(id: page.titleStringID)]
        case .submitBeforeReview, .noOfferChosen, .subscriptionSuspended,
             .subscriptionDataDeleted, .unknownCustomer, .unknownSubscription:
            [:]
        case .requiredFieldEmpty(let field):
            ["field": .uiString(id: field.rawValue)]
        case .domainPrefixInvalidCharacters(let prefix):
            ["prefix": .text(prefix)]
        case .domainPrefixInvalidLength(let prefix, let allowed):
            ["prefix": .text(prefix), "min": .number(allowed.lowerBound), "max": .number(allowed.upperBound)]
        case .domainTaken(let domain):
            ["domain": .text(domain)]
        case .invalidEmail(let email):
            ["email": .text(email)]
        case .invalidCountry(let country):
            ["country": .text(country)]
        case .quantityNotANumber(let value):
            ["value": .text(value)]
        case .quantityOutOfRange(let offer, let quantity, let allowed):
            ["offer": .uiString(id: offer.controlID.rawValue), "quantity": .number(quantity),
             "min": .number(allowed.lowerBound), "max": .number(allowed.upperBound)]
        case .offerNotAvailable(let offer), .offerNotSelected(let offer), .offerLimitedToOnePerCustomer(let offer):
            ["offer": .uiString(id: offer.controlID.rawValue)]
        case .billingFrequencyNotOffered(let offer, let frequency):
            ["offer": .uiString(id: offer.controlID.rawValue),
             "frequency": .uiString(id: "catalog.billingFrequency." + frequency.rawValue)]
        case .addOnExceedsBase(let offer, let quantity, let base):
            ["offer": .uiString(id: offer.controlID.rawValue), "quantity": .number(quantity), "base": .number(base)]
        case .invalidInvitationLink(let link):
            ["link": .text(link)]
        case .storeFailure(let detail):
            ["detail": .text(detail)]
        }
    }

    /// Every message id, for checking that each locale has them all.
    public static let allMessageIDs: [String] = [
        "error.unknownControl", "error.controlNotOnPage", "error.notActivatable", "error.notAField",
        "error.submitBeforeReview", "error.requiredFieldEmpty", "error.domainPrefixInvalidCharacters",
        "error.domainPrefixInvalidLength", "error.domainTaken", "error.invalidEmail", "error.invalidCountry",
        "error.quantityNotANumber", "error.quantityOutOfRange", "error.offerNotAvailable", "error.offerNotSelected",
        "error.billingFrequencyNotOffered", "error.offerLimitedToOnePerCustomer", "error.noOfferChosen",
        "error.addOnExceedsBase", "error.subscriptionSuspended",
        "error.subscriptionDataDeleted", "error.unknownCustomer", "error.unknownSubscription",
        "error.invalidInvitationLink", "error.storeFailure",
    ]
}
