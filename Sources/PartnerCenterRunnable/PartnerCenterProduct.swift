import Foundation
import PartnerCenter
import SxsRunner

/// Partner Center as a product the runner drives: makes a session per run, in memory or on a SQLite store.
public struct PartnerCenterProduct: ProductSessionFactory {
    /// The product's UI strings (every locale).
    public var strings: UIStrings
    /// The SQLite store every session uses, or nil for a fresh in-memory store per session.
    public var storePath: String?

    /// The partner signed in to every session.
    public static func partner(in cloud: Cloud) -> PartnerAccount {
        PartnerAccount(id: PartnerID("11111111-aaaa-4aaa-8aaa-111111111111"), name: "Contoso Partner", cloud: cloud, type: .direct)
    }

    /// 1 March 2024, 10:00 UTC: the clock of every session, so that transcripts are reproducible.
    public static let start = Date(timeIntervalSince1970: 1_709_287_200)

    public init(strings: UIStrings, storePath: String? = nil) {
        self.strings = strings
        self.storePath = storePath
    }

    /// Loads the UI strings from `<localesDirectory>/<locale>/ui-strings.xlf`.
    public init(localesDirectory: String, storePath: String? = nil) throws {
        self.init(strings: try UIStrings.load(fromDirectory: localesDirectory), storePath: storePath)
    }

    /// The domain's cloud for a runner cloud.
    public static func cloud(_ cloud: ProductCloud) -> Cloud {
        switch cloud {
        case .worldwide: .worldwide
        case .usgov: .usGovernment
        case .germany: .germany
        }
    }

    public func makeSession(cloud: ProductCloud, scenario: Scenario) throws -> any ProductSession {
        let repository: any CustomerRepository = try storePath.map { path throws in try SQLiteCustomerRepository(path: path) }
            ?? InMemoryCustomerRepository()
        let partner = Self.partner(in: Self.cloud(cloud))
        func session() -> PartnerCenterSession {
            PartnerCenterSession(partner: partner, repository: repository, strings: strings, clock: { Self.start }, random: .seeded(1))
        }
        try Self.apply(scenario.setup, on: session())
        return RunnablePartnerCenterSession(session())
    }

    /// Creates the setup's customers through the Add customer wizard (skipping those whose domain exists).
    static func apply(_ setup: Scenario.Setup, on session: PartnerCenterSession) throws {
        for customer in setup.customers {
            if let prefix = customer.fields["domainPrefix"],
               let domain = try? DomainName(prefix: prefix, cloud: session.partner.cloud),
               try session.repository.customer(withDomain: domain) != nil { continue }
            try session.activate(UIModel.customersMenuItem)
            try session.activate(UIModel.addCustomer)
            for (name, value) in customer.fields {
                guard let field = AccountField.allCases.first(where: { $0.name == name }) else {
                    throw ScenarioError(path: "setup", message: "unknown account field '\(name)'")
                }
                try session.enter(value, into: field.controlID)
            }
            try session.activate(UIModel.accountInfoNext)
            if let billing = customer.subscriptions.first?.billing {
                let option: ControlID = switch billing {
                case "annual": UIModel.billingAnnual
                case "trial": UIModel.billingTrial
                default: UIModel.billingMonthly
                }
                try session.activate(option)
            }
            for subscription in customer.subscriptions {
                try session.choose(OfferID(subscription.offer))
                try session.setQuantity(subscription.quantity, for: OfferID(subscription.offer))
            }
            try session.activate(UIModel.subscriptionsNext)
            try session.activate(UIModel.reviewSubmit)
            try session.activate(UIModel.confirmationDone)
        }
    }
}

/// A Partner Center session seen through ``ProductSession``: customer and subscription rows get ids
/// that are stable across runs (`customers.row.<domain prefix>`, `customer.subscription.<offer id>`).
public final class RunnablePartnerCenterSession: ProductSession {
    /// The session driven.
    public let session: PartnerCenterSession
    /// The domain's control id of each stable id the last listing showed.
    private var realIDs: [String: ControlID] = [:]

    public init(_ session: PartnerCenterSession) { self.session = session }

    public var currentPageID: String { session.currentPage.rawValue }

    public func pageTitles(in locale: String) -> [String] { session.pageTitles(in: UILocale(locale)) }

    public func visibleControls(in locale: String) -> [ProductControl] {
        session.visibleControls(in: UILocale(locale)).map { control in
            let id = stableID(of: control.id)
            realIDs[id] = control.id
            return ProductControl(id: id, kind: ProductControlKind(rawValue: control.kind.rawValue) ?? .button,
                                  labels: control.labels, isSelected: control.isSelected)
        }
    }

    public func outputs(in locale: String) -> [ProductOutput] {
        session.outputs(in: UILocale(locale)).map { ProductOutput(id: $0.id, caption: $0.caption, value: $0.value) }
    }

    public func activate(_ id: String, in locale: String) throws(ProductActionError) {
        do { try session.activate(realID(id, in: locale)) } catch { throw message(error, locale) }
    }

    public func enter(_ value: String, into id: String, in locale: String) throws(ProductActionError) {
        do { try session.enter(value, into: realID(id, in: locale)) } catch { throw message(error, locale) }
    }

    private func realID(_ id: String, in locale: String) -> ControlID {
        if realIDs[id] == nil { _ = visibleControls(in: locale) }
        return realIDs[id] ?? ControlID(id)
    }

    private func message(_ error: PartnerCenterError, _ locale: String) -> ProductActionError {
        ProductActionError(message: session.strings.message(for: error, in: UILocale(locale)))
    }

    private func stableID(of id: ControlID) -> String {
        let raw = id.rawValue
        if raw.hasPrefix(UIModel.customerRowPrefix),
           let uuid = UUID(uuidString: String(raw.dropFirst(UIModel.customerRowPrefix.count))),
           let customer = try? session.repository.customer(CustomerID(uuid)) {
            return UIModel.customerRowPrefix + customer.domain.prefix
        }
        if raw.hasPrefix(UIModel.subscriptionRowPrefix),
           let uuid = UUID(uuidString: String(raw.dropFirst(UIModel.subscriptionRowPrefix.count))),
           let subscription = try? session.repository.subscription(SubscriptionID(uuid)) {
            return UIModel.subscriptionRowPrefix + subscription.offerID.rawValue
        }
        return raw
    }
}
