import Foundation
import SideBySide
@testable import SxsProcedures
import Testing

/// Where the tests find the repository's locale data, content and golden files.
enum Repository {
    /// The repository root, from this file's path.
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var locales: String { root.appendingPathComponent("locales").path }
    static var golden: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/golden") }

    /// The three procedure articles shipped in `content/`.
    static let articles = ["add-a-new-customer", "request-a-relationship-with-a-customer", "create-a-new-subscription"]
    static let localesOfContent = ["en-US", "zh-CN", "ja-JP"]

    static func patterns(_ locale: String) throws -> LocaleProcedurePatterns {
        try LocaleProcedurePatterns.load(locale: locale, from: locales)
    }

    /// A content article, parsed, with its path relative to the repository (so outputs do not depend on the machine).
    static func content(_ locale: String, _ article: String) throws -> SxsDocument {
        let relative = "content/\(locale)/\(article).md"
        let bytes = try FileIO.read(root.appendingPathComponent(relative).path)
        return SxsParser().parse(bytes: bytes, path: relative)
    }

    static func procedures(_ document: SxsDocument, side: ProcedureSide) throws -> ArticleProcedures {
        var registry = ProcedureLocales(directory: locales)
        return try ArticleProcedures.extract(from: document, side: side, locales: &registry)
    }
}

/// Builds small articles for tests.
enum Article {
    /// A side-by-side article: front matter with `locale`, then `body` where `{{target|source}}` is a pair.
    static func sxs(locale: String, _ body: String) -> SxsDocument {
        var text = "---\nms.contentlocale: \(locale)\n---\n"
        var rest = body[...]
        var number = 100
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            text += rest[..<open.lowerBound]
            let parts = rest[open.upperBound..<close.lowerBound].components(separatedBy: "|")
            number += 1
            text += "<span data-ttu-id=\"t-\(number)\">\(parts[0])</span><span class=\"sxs-lookup\"><span data-stu-id=\"t-\(number)\">\(parts.count > 1 ? parts[1] : "")</span></span>"
            rest = rest[close.upperBound...]
        }
        text += rest
        return SxsParser().parse(bytes: Array(text.utf8), path: "test/\(locale)/article.md")
    }

    /// The actions of the first step of the first procedure of `document` on `side`.
    static func firstStepActions(_ document: SxsDocument, side: ProcedureSide) throws -> [StepAction] {
        let article = try Repository.procedures(document, side: side)
        return try #require(article.procedures.first?.steps.first).actions
    }
}

/// The kind of each action, with its control kind when it has a UI reference: `select(menuItem)`.
func signatures(_ actions: [StepAction]) -> [String] { actions.map(ProcedureComparison.signature) }

/// Compares `actual` with the golden file `name`; with SXS_UPDATE_GOLDEN=1 in the environment, rewrites it instead.
func expectGolden(_ actual: [UInt8], _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let url = Repository.golden.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["SXS_UPDATE_GOLDEN"] == "1" {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(actual).write(to: url)
        return
    }
    let expected = try #require(FileManager.default.contents(atPath: url.path),
                                "missing golden file \(name): run the tests with SXS_UPDATE_GOLDEN=1", sourceLocation: sourceLocation)
    #expect(String(decoding: actual, as: UTF8.self) == String(decoding: expected, as: UTF8.self),
            "output differs from golden file \(name) (SXS_UPDATE_GOLDEN=1 rewrites it)", sourceLocation: sourceLocation)
}
