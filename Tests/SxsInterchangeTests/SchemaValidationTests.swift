@testable import SxsInterchange
import SxsMarkup
import Testing

/// Every exported fixture validates against its version's OASIS schema.
@Suite struct SchemaValidationTests {
    @Test(arguments: Fixture.articles, XLIFFVersion.allCases)
    func exportValidates(_ name: String, _ version: XLIFFVersion) throws {
        let xliff = try Fixture.xliff(try Fixture.document(name), version)
        let (found, problems) = Fixture.schemas.validate(xliff)
        #expect(found == version)
        #expect(problems.isEmpty, "\(name), XLIFF \(version.rawValue): \(problems)")
    }

    @Test func invalidFilesAreCaught() throws {
        let xliff = try Fixture.xliff(try Fixture.document("add-a-new-customer.zh-CN.2017.md"), .v2_0).text
        let broken = xliff.replacingOnce(" srcLang=\"en-US\"", with: "").replacingOnce("state=\"translated\"", with: "state=\"done\"")
        let problems = Fixture.schemas.validate(Array(broken.utf8)).problems
        #expect(problems.contains { $0.message.contains("srcLang") })
        #expect(problems.contains { $0.message.contains("done") })
        let xliff12 = try Fixture.xliff(try Fixture.document("add-a-new-customer.zh-CN.2017.md"), .v1_2).text
        #expect(!Fixture.schemas.validate(Array(xliff12.replacingOnce("<body>", with: "<body><bogus/>").utf8)).problems.isEmpty)
    }
}
