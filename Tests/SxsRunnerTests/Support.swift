import Foundation
import PartnerCenterRunnable
import SideBySide
import SxsProcedures
import Testing
@testable import SxsRunner

/// The repository's shipped content and locale data, and the product the tests run against.
enum Shipped {
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let content = root.appendingPathComponent("content").path
    static let locales = root.appendingPathComponent("locales").path
    static let product: PartnerCenterProduct = {
        do { return try PartnerCenterProduct(localesDirectory: locales) } catch { fatalError("cannot load the UI strings: \(error)") }
    }()
    static let articles: [RunnableArticle] = {
        do { return try AcceptanceSuite.articles(in: content, locales: locales) } catch { fatalError("cannot load content/: \(error)") }
    }()
    static let library: ScenarioLibrary = {
        do { return try ScenarioLibrary(directory: content + "/scenarios") } catch { fatalError("\(error)") }
    }()

    /// The text of a shipped article (`en-US/add-a-new-customer.md`).
    static func text(_ relativePath: String) -> String {
        String(decoding: FileManager.default.contents(atPath: content + "/" + relativePath)!, as: UTF8.self)
    }

    /// Loads `text` as the article at `relativePath` (its locale comes from that path) with its shipped scenario.
    static func article(_ text: String, at relativePath: String) throws -> RunnableArticle {
        let document = SxsParser().parse(bytes: Array(text.utf8), path: "content/" + relativePath)
        var registry = ProcedureLocales(directory: locales)
        return try RunnableArticle.load(document: document, locales: &registry, scenario: nil, library: library)
    }
}

/// One doc-driven test case: an article in its locale, on one cloud.
struct DocRun: CustomTestStringConvertible, Sendable {
    var index: Int
    var cloud: ProductCloud
    var article: RunnableArticle { Shipped.articles[index] }
    var testDescription: String { "\(article.path) \(article.locale) \(cloud.rawValue)" }

    static let all: [DocRun] = Shipped.articles.indices.flatMap { index in
        Shipped.articles[index].clouds.map { DocRun(index: index, cloud: $0) }
    }
}
