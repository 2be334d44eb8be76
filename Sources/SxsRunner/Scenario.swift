import Foundation
import Yams

/// Why a scenario file could not be used.
public struct ScenarioError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The scenario file (or the article whose scenario is missing).
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): error: \(message)" }
}

/// The data an article's steps ask for, valid for all its locales: read from `content/scenarios/*.yml`.
///
/// ```yaml
/// article: 4F53DFAF-1792-4E91-BBEB-E9A65026A81C   # the article's ms.assetid (or its file name)
/// title: Add a new customer                      # for people; not used
/// setup:                                         # what exists before each procedure runs
///   customers:
///     - fields: {companyName: Wingtip Toys, domainPrefix: wingtiptoys, …}
///       subscriptions: [{offer: office365-e1, quantity: 10, billing: monthly}]
/// values:                                        # typed into fields, by control id
///   addCustomer.accountInfo.companyName: Fabrikam
///   quantity.office365-e3: 12
/// choose: [offer.office365-e3]                   # entries picked from lists, by control id, in order
/// skip: [addCustomer.review.edit]                # conditional controls ("Edit if you need to"): found, not clicked
/// outputs:                                       # what captured outputs must match (regular expressions)
///   output.adminUserName: '^admin@fabrikam\.onmicrosoft\.com$'
/// clouds:                                        # per cloud (worldwide, usgov, germany): replaces entries above
///   germany: {outputs: {output.adminUserName: '^admin@fabrikam\.onmicrosoft\.de$'}}
/// ```
public struct Scenario: Sendable, Hashable {
    /// The article it is for: its `ms.assetid`, or its file name (`add-a-new-customer.md`).
    public var article: String
    /// A name for people.
    public var title: String?
    /// What exists before each procedure runs.
    public var setup: Setup
    /// The values typed into fields and quantities, by control id.
    public var values: [String: String]
    /// The entries picked from lists, by control id, in the order they are picked.
    public var choose: [String]
    /// Conditional controls the steps name: the label is resolved, the control is not clicked.
    public var skip: [String]
    /// Regular expressions the captured outputs must match, by output id.
    public var outputs: [String: String]
    /// Per-cloud replacements of `values`, `choose` and `outputs` entries.
    public var clouds: [ProductCloud: CloudInputs]
    /// The file it was read from.
    public var path: String

    /// The starting data of a run.
    public struct Setup: Sendable, Hashable, Codable {
        /// The customers the signed-in partner already has.
        public var customers: [Customer]

        public init(customers: [Customer] = []) { self.customers = customers }
    }

    /// A customer of the setup: its account fields (by field name) and subscriptions.
    public struct Customer: Sendable, Hashable, Codable {
        /// Account fields by name: `companyName`, `addressLine1`, `city`, `postalCode`, `country`,
        /// `firstName`, `lastName`, `email`, `phone`, `domainPrefix`…
        public var fields: [String: String]
        public var subscriptions: [Subscription]

        public init(fields: [String: String], subscriptions: [Subscription] = []) {
            self.fields = fields
            self.subscriptions = subscriptions
        }

        private enum CodingKeys: String, CodingKey { case fields, subscriptions }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            fields = try container.decode([String: String].self, forKey: .fields)
            subscriptions = try container.decodeIfPresent([Subscription].self, forKey: .subscriptions) ?? []
        }
    }

    /// A subscription of a setup customer.
    public struct Subscription: Sendable, Hashable, Codable {
        /// The offer id (`office365-e1`).
        public var offer: String
        public var quantity: Int
        /// `monthly`, `annual` or `trial`; monthly when absent.
        public var billing: String?

        public init(offer: String, quantity: Int, billing: String? = nil) {
            self.offer = offer
            self.quantity = quantity
            self.billing = billing
        }
    }

    /// What a cloud changes in a scenario.
    public struct CloudInputs: Sendable, Hashable, Codable {
        public var values: [String: String]?
        public var choose: [String]?
        public var outputs: [String: String]?

        public init(values: [String: String]? = nil, choose: [String]? = nil, outputs: [String: String]? = nil) {
            self.values = values
            self.choose = choose
            self.outputs = outputs
        }
    }

    public init(article: String, title: String? = nil, setup: Setup = Setup(), values: [String: String] = [:],
                choose: [String] = [], skip: [String] = [], outputs: [String: String] = [:],
                clouds: [ProductCloud: CloudInputs] = [:], path: String = "<memory>") {
        self.article = article
        self.title = title
        self.setup = setup
        self.values = values
        self.choose = choose
        self.skip = skip
        self.outputs = outputs
        self.clouds = clouds
        self.path = path
    }

    /// The scenario as it applies in `cloud`: that cloud's entries replace the general ones.
    public func inputs(for cloud: ProductCloud) -> Scenario {
        guard let override = clouds[cloud] else { return self }
        var result = self
        result.values.merge(override.values ?? [:]) { _, new in new }
        if let choose = override.choose { result.choose = choose }
        result.outputs.merge(override.outputs ?? [:]) { _, new in new }
        return result
    }

    private struct File: Decodable {
        var article: String
        var title: String?
        var setup: Setup?
        var values: [String: String]?
        var choose: [String]?
        var skip: [String]?
        var outputs: [String: String]?
        var clouds: [String: CloudInputs]?
    }

    static let keys: Set<String> = ["article", "title", "setup", "values", "choose", "skip", "outputs", "clouds"]

    /// Parses and validates a scenario's YAML.
    public static func parse(_ yaml: String, path: String) throws(ScenarioError) -> Scenario {
        let node: Node?
        do { node = try Yams.compose(yaml: yaml) } catch { throw ScenarioError(path: path, message: "invalid YAML: \(error)") }
        guard let mapping = node?.mapping else { throw ScenarioError(path: path, message: "a scenario is a YAML mapping") }
        for key in mapping.keys {
            guard let name = key.string, keys.contains(name) else {
                throw ScenarioError(path: path, message: "unknown key '\(key.string ?? "?")' (known: \(keys.sorted().joined(separator: ", ")))")
            }
        }
        let file: File
        do {
            file = try YAMLDecoder().decode(File.self, from: yaml)
        } catch let DecodingError.keyNotFound(key, context) {
            throw ScenarioError(path: path, message: "missing '\(key.stringValue)'\(where_(context))")
        } catch let DecodingError.typeMismatch(_, context) {
            throw ScenarioError(path: path, message: "wrong type\(where_(context)): \(context.debugDescription)")
        } catch {
            throw ScenarioError(path: path, message: String(describing: error))
        }
        guard !file.article.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ScenarioError(path: path, message: "'article' is empty")
        }
        var clouds: [ProductCloud: CloudInputs] = [:]
        for (name, inputs) in file.clouds ?? [:] {
            guard let cloud = ProductCloud(rawValue: name) else {
                throw ScenarioError(path: path, message: "unknown cloud '\(name)' (known: worldwide, usgov, germany)")
            }
            clouds[cloud] = inputs
        }
        let scenario = Scenario(article: file.article, title: file.title, setup: file.setup ?? Setup(), values: file.values ?? [:],
                                choose: file.choose ?? [], skip: file.skip ?? [], outputs: file.outputs ?? [:],
                                clouds: clouds, path: path)
        for patterns in [scenario.outputs] + clouds.values.compactMap(\.outputs) {
            for (id, pattern) in patterns where (try? NSRegularExpression(pattern: pattern)) == nil {
                throw ScenarioError(path: path, message: "outputs.\(id): invalid regular expression '\(pattern)'")
            }
        }
        for customer in scenario.setup.customers {
            for subscription in customer.subscriptions where subscription.quantity < 1 {
                throw ScenarioError(path: path, message: "setup: \(subscription.offer) has quantity \(subscription.quantity), expected 1 or more")
            }
        }
        return scenario
    }

    private static func where_(_ context: DecodingError.Context) -> String {
        let path = context.codingPath.map(\.stringValue).joined(separator: ".")
        return path.isEmpty ? "" : " at \(path)"
    }

    /// Reads a scenario file.
    public static func load(path: String) throws(ScenarioError) -> Scenario {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ScenarioError(path: path, message: "cannot read the file")
        }
        return try parse(String(decoding: data, as: UTF8.self), path: path)
    }
}

/// The scenarios of a folder (`content/scenarios`), found by the article they are for.
public struct ScenarioLibrary: Sendable {
    /// The folder read.
    public var directory: String
    /// The scenarios, in file-name order.
    public var scenarios: [Scenario]

    /// Loads every `.yml` and `.yaml` file of `directory`.
    public init(directory: String) throws(ScenarioError) {
        self.directory = directory
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw ScenarioError(path: directory, message: "cannot read the folder")
        }
        var scenarios: [Scenario] = []
        for name in names.sorted() where name.hasSuffix(".yml") || name.hasSuffix(".yaml") {
            scenarios.append(try Scenario.load(path: (directory as NSString).appendingPathComponent(name)))
        }
        self.scenarios = scenarios
    }

    /// The scenario of the article with `assetID` (compared case-insensitively) at `path`, or nil.
    public func scenario(assetID: String?, path: String) -> Scenario? {
        if let assetID, let found = scenarios.first(where: { $0.article.caseInsensitiveCompare(assetID) == .orderedSame }) {
            return found
        }
        let fileName = (path as NSString).lastPathComponent
        return scenarios.first { $0.article == fileName }
    }

    /// The `scenarios` folder next to the article's locale folder (`content/scenarios` for
    /// `content/zh-CN/x.md`): the nearest ancestor of `articlePath` that has one, or nil.
    public static func directory(near articlePath: String) -> String? {
        var url = URL(fileURLWithPath: articlePath).standardizedFileURL.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = url.appendingPathComponent("scenarios").path
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder), isFolder.boolValue { return candidate }
            url.deleteLastPathComponent()
        }
        return nil
    }
}
