import Testing
@testable import SideBySide

/// Every diagnostic the parser reports, with its place, and parsing going on past it.
@Suite struct DiagnosticTests {
    let good = Fixture.pair("ok-9", "后续", "Later")

    func codes(_ document: SxsDocument) -> [String] { document.diagnostics.map(\.code) }

    @Test func targetWithoutLookupPartner() {
        let document = Fixture.parse("<span data-ttu-id=\"u-1\">孤立</span> text\n\n\(good)\n")
        #expect(codes(document) == [DiagnosticCode.unpairedTarget])
        #expect(document.diagnostics[0].location.line == 1)
        #expect(document.diagnostics[0].location.column == 1)
        #expect(document.segments.count == 2, "the unpaired target is still a segment, and parsing goes on")
        #expect(document.segments[0].source == nil)
        #expect(SxsWriter.sxs(document) == Array("<span data-ttu-id=\"u-1\">孤立</span> text\n\n\(good)\n".utf8))
    }

    @Test func lookupWithoutTarget() {
        let document = Fixture.parse("x <span class=\"sxs-lookup\"><span data-stu-id=\"u-2\">Alone</span></span>\n\n\(good)\n")
        #expect(codes(document) == [DiagnosticCode.unpairedSource])
        #expect(document.diagnostics[0].location.column == 3)
        #expect(document.segments.map(\.id.raw) == ["ok-9"])
    }

    @Test func idMismatch() {
        let text = "<span data-ttu-id=\"m-1\">甲</span><span class=\"sxs-lookup\"><span data-stu-id=\"m-2\">A</span></span>\n"
        let document = Fixture.parse(text)
        #expect(codes(document) == [DiagnosticCode.idMismatch])
        #expect(document.diagnostics[0].location.column == 1 + "<span data-ttu-id=\"m-1\">甲</span><span class=\"sxs-lookup\">".utf8.count)
        #expect(document.segments[0].sourceID?.raw == "m-2")
        #expect(document.diagnostics[0].message.contains("m-2"))
    }

    @Test func unterminatedSpan() {
        let document = Fixture.parse("<span data-ttu-id=\"t-1\">never closed\n\n\(good)\n")
        #expect(codes(document) == [DiagnosticCode.unterminatedSpan])
        #expect(document.diagnostics[0].severity == .error)
        #expect(document.segments.map(\.id.raw) == ["ok-9"])
    }

    @Test func unterminatedLookup() {
        let document = Fixture.parse("<span data-ttu-id=\"t-2\">甲</span><span class=\"sxs-lookup\"><span data-stu-id=\"t-2\">A\n\n\(good)\n")
        #expect(codes(document).contains(DiagnosticCode.unterminatedSpan))
        #expect(document.segments.map(\.id.raw) == ["t-2", "ok-9"])
    }

    @Test func nestedSegmentSpan() {
        let inner = Fixture.pair("n-2", "内", "Inner")
        let document = Fixture.parse("<span data-ttu-id=\"n-1\">外 \(inner)</span><span class=\"sxs-lookup\"><span data-stu-id=\"n-1\">Outer</span></span>\n")
        #expect(codes(document).contains(DiagnosticCode.nestedSpan))
        #expect(document.segments.first?.id.raw == "n-1")
    }

    @Test func duplicateID() {
        let document = Fixture.parse("\(Fixture.pair("d-1", "一", "One"))\n\n\(Fixture.pair("d-1", "二", "Two"))\n")
        #expect(codes(document) == [DiagnosticCode.duplicateID])
        #expect(document.diagnostics[0].location.line == 3)
        #expect(document.diagnostics[0].message.contains("line 1"))
        #expect(document.segments.count == 2)
    }

    @Test func invalidUTF8() {
        var bytes = Array("\(Fixture.pair("v-1", "甲", "A"))\n".utf8)
        bytes.insert(0xFF, at: 27) // inside the target text
        bytes += Array("\n\(good)\n".utf8)
        let document = SxsParser().parse(bytes: bytes, path: "bad.md")
        #expect(codes(document) == [DiagnosticCode.invalidUTF8])
        #expect(document.diagnostics[0].location == SourceLocation(line: 1, column: 28, offset: 27))
        #expect(document.diagnostics[0].message.contains("0xFF"))
        #expect(document.segments.count == 2)
    }

    @Test func malformedIDIsAWarning() {
        let document = Fixture.parse(Fixture.pair("noprefix", "甲", "A") + "\n")
        #expect(codes(document) == [DiagnosticCode.malformedID])
        #expect(document.diagnostics[0].severity == .warning)
        #expect(!document.hasErrors)
    }

    @Test func formattedLikeACompiler() {
        let diagnostic = Diagnostic(severity: .error, code: "unpaired-target", message: "what, and why",
                                    location: SourceLocation(line: 3, column: 7, offset: 40))
        #expect(diagnostic.formatted(path: "a.md") == "a.md:3:7: error: what, and why [unpaired-target]")
    }
}
