import SideBySide
@testable import SxsProcedures
import Testing

@Suite struct ProcedureComparisonTests {
    private func compare(_ document: SxsDocument) throws -> [ProcedureDisagreement] {
        ProcedureComparison.disagreements(target: try Repository.procedures(document, side: .target).procedures,
                                          source: try Repository.procedures(document, side: .source).procedures)
    }

    @Test(arguments: ["zh-CN", "ja-JP"])
    func shippedArticlesAgree(locale: String) throws {
        for article in Repository.articles {
            #expect(try compare(Repository.content(locale, article)).isEmpty, "\(locale) \(article)")
        }
    }

    @Test func missingLabelIsReportedOnTheStep() throws {
        // The target does not mark "添加客户" as a label: one select fewer.
        let document = Article.sxs(locale: "zh-CN", "1.  {{选择**客户**。|Select **Customers**.}}\n2.  {{然后添加客户。|Then select **Add customer**.}}\n")
        let found = try compare(document)
        #expect(found.count == 1)
        let disagreement = try #require(found.first)
        #expect(disagreement.message.hasPrefix("step 2: "))
        #expect(disagreement.message.contains("select(button) 'Add customer'"))
        #expect(disagreement.range.start.line == 5)
    }

    @Test func mergedStepsAreReported() {
        let step = { (number: Int, line: Int) in
            ProcedureStep(number: number, command: ProcedureText(inlines: [], range: Self.range(line), segments: []), range: Self.range(line))
        }
        let target = [Procedure(title: nil, appliesTo: [], context: [], steps: [step(1, 3)], result: [], notes: [], range: Self.range(3))]
        let source = [Procedure(title: nil, appliesTo: [], context: [], steps: [step(1, 3), step(2, 4)], result: [], notes: [], range: Self.range(3))]
        let found = ProcedureComparison.disagreements(target: target, source: source)
        #expect(found.map(\.message) == ["procedure 'untitled' has 1 step(s) in the target and 2 in the source: steps were merged or split"])
        #expect(ProcedureComparison.disagreements(target: target, source: []).first?.message.contains("1 procedure(s) where the source has 0") == true)
    }

    private static func range(_ line: Int) -> SourceRange {
        SourceRange(start: SourceLocation(line: line, column: 1, offset: line * 10), end: SourceLocation(line: line, column: 9, offset: line * 10 + 8))
    }
}
