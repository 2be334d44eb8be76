import Foundation
import SideBySide
import SxsProcedures

/// An article loaded for running: its procedures in its locale and its scenario.
public struct RunnableArticle: Sendable {
    public var path: String
    public var locale: String
    public var procedures: [Procedure]
    public var scenario: Scenario

    public init(path: String, locale: String, procedures: [Procedure], scenario: Scenario) {
        self.path = path
        self.locale = locale
        self.procedures = procedures
        self.scenario = scenario
    }

    /// Loads the article at `path` (or parsed `document`), its procedures with the patterns of
    /// `locales`, and its scenario (`scenario` if given, else found in `library` by `ms.assetid` or file name).
    public static func load(document: SxsDocument, locales: inout ProcedureLocales, scenario: Scenario?,
                            library: ScenarioLibrary?) throws -> RunnableArticle {
        let extracted = try ArticleProcedures.extract(from: document, side: .target, locales: &locales)
        guard let found = scenario ?? library?.scenario(assetID: document.frontMatter?.assetID, path: document.path) else {
            throw ScenarioError(path: document.path, message: "no scenario for this article (ms.assetid \(document.frontMatter?.assetID ?? "none")) in \(library?.directory ?? "the scenarios folder")")
        }
        return RunnableArticle(path: document.path, locale: extracted.locale, procedures: extracted.procedures, scenario: found)
    }

    /// The clouds a procedure runs in: those of its Applies to list, or worldwide when it has none.
    public static func clouds(of procedure: Procedure) -> [ProductCloud] {
        let clouds = procedure.appliesTo.compactMap { $0.cloud.flatMap(ProductCloud.init(applicability:)) }
        return clouds.isEmpty ? [.worldwide] : clouds
    }

    /// The clouds any of the article's procedures runs in, in `ProductCloud` order.
    public var clouds: [ProductCloud] {
        let all = Set(procedures.flatMap(Self.clouds(of:)))
        return ProductCloud.allCases.filter(all.contains)
    }

    /// Runs every procedure that applies to `cloud`, each on a fresh session.
    public func run(cloud: ProductCloud, factory: any ProductSessionFactory) -> ArticleRun {
        var transcripts: [RunTranscript] = []
        for procedure in procedures where Self.clouds(of: procedure).contains(cloud) {
            let runner = ProcedureRunner(article: path, locale: locale, cloud: cloud, scenario: scenario)
            do {
                let session = try factory.makeSession(cloud: cloud, scenario: runner.scenario)
                transcripts.append(runner.run(procedure, on: session))
            } catch {
                let failure = RunFailure(article: path, locale: locale, cloud: cloud, procedure: procedure.title?.plainText ?? "",
                                         step: 0, stepText: "", label: nil, offered: [], nearest: nil,
                                         message: "the scenario's setup failed: \(error)")
                transcripts.append(RunTranscript(article: path, locale: locale, cloud: cloud, procedure: failure.procedure,
                                                 entries: [], failure: failure, stepCount: procedure.allSteps.count))
            }
        }
        return ArticleRun(article: path, locale: locale, cloud: cloud, transcripts: transcripts)
    }
}

/// One article run in one locale and cloud: every procedure's transcript.
public struct ArticleRun: Sendable, Hashable {
    public var article: String
    public var locale: String
    public var cloud: ProductCloud
    public var transcripts: [RunTranscript]

    /// Whether every procedure passed (an article without procedures fails: there is nothing to follow).
    public var passed: Bool { !transcripts.isEmpty && transcripts.allSatisfy(\.passed) }
    /// The first failure.
    public var failure: RunFailure? { transcripts.lazy.compactMap(\.failure).first }
}
