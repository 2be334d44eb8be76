import Foundation
import Testing
@testable import SideBySide

/// Every fixture article parses cleanly, round-trips and has one segment per data-ttu-id span.
@Suite struct CorpusFixtureTests {
    @Test(arguments: Fixture.articles)
    func parsesWithoutErrors(name: String) throws {
        let document = try Fixture.document(name)
        #expect(!document.hasErrors, "\(document.diagnostics.map { $0.formatted(path: name) })")
    }

    @Test(arguments: Fixture.articles)
    func writesBackByteForByte(name: String) throws {
        let document = try Fixture.document(name)
        #expect(SxsWriter.sxs(document) == (try Fixture.bytes(name)))
    }

    @Test(arguments: Fixture.articles)
    func hasOneSegmentPerTranslatedSpan(name: String) throws {
        let bytes = try Fixture.bytes(name)
        let spans = String(decoding: bytes, as: UTF8.self).components(separatedBy: "data-ttu-id=").count - 1
        let document = try Fixture.document(name)
        #expect(document.segments.count == spans)
        #expect(document.segments.allSatisfy { $0.source != nil })
    }

    @Test(arguments: Fixture.articles)
    func everyRangeSpellsWhatItHolds(name: String) throws {
        let document = try Fixture.document(name)
        for pair in document.segments {
            #expect(document.source.string(pair.target.range.offsets) == pair.target.text)
            if pair.blockKind != "frontMatter" { // a YAML value's text is unescaped
                #expect(document.source.string(pair.range.offsets) == pair.sxsText)
            }
            let start = pair.range.start
            #expect(document.source.location(line: start.line, column: start.column) == start)
            // Inline ranges lie inside their side.
            for inline in pair.target.inlines.flattened {
                #expect(pair.target.range.contains(inline.range), "\(pair.id) \(inline.kind)")
            }
        }
    }
}
