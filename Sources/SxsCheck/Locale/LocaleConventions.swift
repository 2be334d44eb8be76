import Foundation
import SideBySide
import SxsMarkup
import Yams

/// The style conventions of one locale's translations, from `locales/<locale>/conventions.yml`.
public struct LocaleConventions: Sendable, Hashable {
    public var locale: String
    /// Punctuation a translated sentence may end with when its English source ends a sentence.
    public var sentenceEnds: [String]
    /// Pairs of quotation marks the translation may put around a UI label instead of bold.
    public var labelQuotes: [[String]]
    /// Words and names that stay in English in a translation (product names, codes).
    public var allowlist: [String]

    public init(locale: String, sentenceEnds: [String] = [], labelQuotes: [[String]] = [], allowlist: [String] = []) {
        self.locale = locale
        self.sentenceEnds = sentenceEnds
        self.labelQuotes = labelQuotes
        self.allowlist = allowlist
    }

    /// Reads `conventions.yml` in `folder`; a missing file gives no conventions (rules that need them are quiet).
    public static func load(locale: String, from folder: String) throws -> LocaleConventions {
        let path = (folder as NSString).appendingPathComponent("\(locale)/conventions.yml")
        guard FileManager.default.fileExists(atPath: path) else { return LocaleConventions(locale: locale) }
        let text = String(decoding: try FileIO.read(path), as: UTF8.self)
        guard case .mapping(let mapping)? = try Yams.compose(yaml: text, .basic) else {
            throw FileIOError(path: path, message: "is not a YAML mapping of convention names to values")
        }
        func strings(_ key: String) -> [String] {
            mapping[key]?.sequence?.compactMap(\.string) ?? []
        }
        let quotes = mapping["labelQuotes"]?.sequence?.compactMap { node in node.sequence?.compactMap(\.string) } ?? []
        return LocaleConventions(locale: locale, sentenceEnds: strings("sentenceEnds"), labelQuotes: quotes,
                                 allowlist: strings("allowlist"))
    }
}

/// The product's UI strings of a locale: for an English label, its translations (canonical first).
public struct Terminology: Sendable, Hashable {
    /// Lower-cased English label → the labels the product shows for it in the locale.
    public var translations: [String: [String]]

    public init(translations: [String: [String]] = [:]) { self.translations = translations }

    /// Reads `ui-strings.xlf` (XLIFF 2.0) in `folder/locale`; a missing file gives an empty terminology.
    public static func load(locale: String, from folder: String) throws -> Terminology {
        let path = (folder as NSString).appendingPathComponent("\(locale)/ui-strings.xlf")
        guard FileManager.default.fileExists(atPath: path) else { return Terminology() }
        let root: XMLElement
        do {
            root = try XMLReader.read(try FileIO.read(path))
        } catch let error as XMLReadError {
            throw FileIOError(path: path, message: "\(error.line):\(error.column): \(error.message)")
        }
        var translations: [String: [String]] = [:]
        func visit(_ element: XMLElement) {
            // Controls only: page titles (`page.…`) are written many ways ("the Review page", "确认画面").
            if element.name == "unit", element.attribute("id")?.hasPrefix("page.") == true { return }
            if element.name == "segment", let source = element.element(named: "source")?.text,
               let target = element.element(named: "target")?.text, !source.contains("{") {
                translations[source.lowercased(), default: []].append(target)
            }
            element.elements.forEach(visit)
        }
        visit(root)
        return Terminology(translations: translations)
    }
}
