import Foundation
import SideBySide
import SxsProcedures

/// Every procedure article of a folder, run in its locale on every cloud it applies to.
public enum AcceptanceSuite {
    /// The articles under `directory` that have procedures (`scenarios/` and files without steps are left out),
    /// with their scenarios from `<directory>/scenarios`, in path order.
    public static func articles(in directory: String, locales: String) throws -> [RunnableArticle] {
        let library = try ScenarioLibrary(directory: (directory as NSString).appendingPathComponent("scenarios"))
        var registry = ProcedureLocales(directory: locales)
        var result: [RunnableArticle] = []
        for path in try FileIO.markdownFiles(in: [directory]).sorted() {
            let document = try SxsParser().parse(contentsOf: path)
            let extracted = try ArticleProcedures.extract(from: document, side: .target, locales: &registry)
            guard !extracted.procedures.isEmpty else { continue }
            result.append(try RunnableArticle.load(document: document, locales: &registry, scenario: nil, library: library))
        }
        return result
    }

    /// Runs every article × cloud.
    public static func run(_ articles: [RunnableArticle], factory: any ProductSessionFactory) -> [ArticleRun] {
        articles.flatMap { article in article.clouds.map { article.run(cloud: $0, factory: factory) } }
    }
}
