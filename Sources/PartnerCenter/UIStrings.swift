import Foundation
import SxsMarkup

/// A UI locale of the product (`en-US`, `zh-CN`, `ja-JP`).
public struct UILocale: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public var identifier: String
    public init(_ identifier: String) { self.identifier = identifier }
    public init(stringLiteral value: String) { self.identifier = value }
    public var description: String { identifier }

    public static let enUS: UILocale = "en-US"
    public static let zhCN: UILocale = "zh-CN"
    public static let jaJP: UILocale = "ja-JP"
    /// The locales the product ships.
    public static let supported: [UILocale] = [.enUS, .zhCN, .jaJP]
}

/// Why the UI strings could not be loaded.
public struct UIStringsError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file):\(line): \(message)" }
}

/// The product's UI strings: for each string id (a control id, `page.<page id>`, `offer.<offer id>`,
/// `error.<name>`, `output.<name>`) and locale, the labels, canonical first, then the accepted
/// alternatives (wordings that other versions of the articles use).
///
/// Read from `<directory>/<locale>/ui-strings.xlf`, XLIFF 2.0 files, with ``SxsMarkup/XMLReader``.
/// In those files a `<unit>`'s `id` is the string id; an alternative is a further unit whose `name`
/// attribute is the string id it is an alternative of (its own `id` being `<string id>.alt<n>`).
/// Units may be nested in `<group>`s. The label is the `<target>` (the `<source>` is the en-US text).
public struct UIStrings: Sendable {
    private var table: [UILocale: [String: [String]]]

    /// The locales loaded.
    public private(set) var locales: [UILocale]

    public init(table: [UILocale: [String: [String]]]) {
        self.table = table
        self.locales = UILocale.supported.filter { table[$0] != nil }
            + table.keys.filter { !UILocale.supported.contains($0) }.sorted { $0.identifier < $1.identifier }
    }

    /// Loads `<directory>/<locale>/ui-strings.xlf` for each of `locales`.
    public static func load(fromDirectory directory: String,
                            locales: [UILocale] = UILocale.supported) throws(UIStringsError) -> UIStrings {
        var table: [UILocale: [String: [String]]] = [:]
        for locale in locales {
            let path = (directory as NSString).appendingPathComponent("\(locale.identifier)/ui-strings.xlf")
            guard let data = FileManager.default.contents(atPath: path) else {
                throw UIStringsError(file: path, line: 0, message: "cannot read the file")
            }
            table[locale] = try parse(Array(data), locale: locale, file: path)
        }
        return UIStrings(table: table)
    }

    /// Parses one XLIFF 2.0 document whose target language must be `locale`.
    public static func parse(_ bytes: [UInt8], locale: UILocale, file: String = "<memory>") throws(UIStringsError) -> [String: [String]] {
        let root: XMLElement
        do {
            root = try XMLReader.read(bytes)
        } catch let error as XMLReadError {
            throw UIStringsError(file: file, line: error.line, message: error.message)
        } catch {
            throw UIStringsError(file: file, line: 0, message: String(describing: error))
        }
        let xliffNamespace = "urn:oasis:names:tc:xliff:document:2.0"
        guard root.name == "xliff", root.namespace == xliffNamespace, root.attribute("version") == "2.0" else {
            throw UIStringsError(file: file, line: root.line, message: "not an XLIFF 2.0 document")
        }
        guard root.attribute("trgLang") == locale.identifier else {
            throw UIStringsError(file: file, line: root.line,
                                 message: "trgLang is '\(root.attribute("trgLang") ?? "")', expected '\(locale.identifier)'")
        }
        var canonical: [String: String] = [:]
        var alternatives: [String: [String]] = [:]
        var order: [String] = []
        var seenIDs: Set<String> = []

        func visit(_ element: XMLElement) throws(UIStringsError) {
            for child in element.elements {
                switch child.name {
                case "file", "group":
                    try visit(child)
                case "unit":
                    guard let id = child.attribute("id"), !id.isEmpty else {
                        throw UIStringsError(file: file, line: child.line, message: "a unit has no id")
                    }
                    guard seenIDs.insert(id).inserted else {
                        throw UIStringsError(file: file, line: child.line, message: "duplicate unit id '\(id)'")
                    }
                    let segments = child.elements(named: "segment")
                    guard !segments.isEmpty else {
                        throw UIStringsError(file: file, line: child.line, message: "unit '\(id)' has no segment")
                    }
                    var text = ""
                    for segment in segments {
                        guard let target = segment.element(named: "target") else {
                            throw UIStringsError(file: file, line: segment.line, message: "unit '\(id)' has no target")
                        }
                        text += target.text
                    }
                    guard !text.isEmpty else {
                        throw UIStringsError(file: file, line: child.line, message: "unit '\(id)' has an empty target")
                    }
                    if let of = child.attribute("name"), of != id {
                        alternatives[of, default: []].append(text)
                    } else {
                        canonical[id] = text
                        order.append(id)
                    }
                default:
                    continue // notes, metadata
                }
            }
        }
        try visit(root)

        for (id, _) in alternatives where canonical[id] == nil {
            throw UIStringsError(file: file, line: 0, message: "alternatives of '\(id)' but no unit '\(id)'")
        }
        var result: [String: [String]] = [:]
        result.reserveCapacity(canonical.count)
        for id in order {
            var labels = [canonical[id]!]
            for alternative in alternatives[id] ?? [] where !labels.contains(alternative) {
                labels.append(alternative)
            }
            result[id] = labels
        }
        return result
    }

    /// The labels of `id` in `locale`, canonical first; empty when there are none.
    public func labels(_ id: String, in locale: UILocale) -> [String] {
        table[locale]?[id] ?? []
    }

    /// The canonical label of `id` in `locale`, falling back to en-US, then to the id itself.
    public func label(_ id: String, in locale: UILocale) -> String {
        table[locale]?[id]?.first ?? table[.enUS]?[id]?.first ?? id
    }

    /// Every string id of `locale`.
    public func stringIDs(in locale: UILocale) -> Set<String> {
        Set(table[locale]?.keys ?? [:].keys)
    }

    /// The message of `error` in `locale`, its `{placeholders}` filled in.
    public func message(for error: PartnerCenterError, in locale: UILocale) -> String {
        format(error.messageID, error.arguments, in: locale)
    }

    /// The string `id` in `locale` with each `{name}` replaced by `arguments[name]`.
    public func format(_ id: String, _ arguments: [String: MessageArgument], in locale: UILocale) -> String {
        var text = label(id, in: locale)
        for (name, argument) in arguments {
            let value: String = switch argument {
            case .text(let text): text
            case .number(let number): String(number)
            case .uiString(let stringID): label(stringID, in: locale)
            }
            text = text.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return text
    }
}
