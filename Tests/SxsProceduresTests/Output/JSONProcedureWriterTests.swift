import Foundation
@testable import SxsProcedures
import Testing

@Suite struct JSONProcedureWriterTests {
    @Test func documentedSchema() throws {
        let document = try Repository.content("zh-CN", "add-a-new-customer")
        let article = try Repository.procedures(document, side: .target)
        let bytes = JSONProcedureWriter.json(article.procedures, path: document.path, side: .target, locale: article.locale)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(root["schemaVersion"] as? Int == 1)
        #expect(root["locale"] as? String == "zh-CN")
        #expect(root["side"] as? String == "target")
        let procedures = try #require(root["procedures"] as? [[String: Any]])
        let steps = try #require(procedures.first?["steps"] as? [[String: Any]])
        #expect(steps.count == 5)
        let actions = try #require(steps.first?["actions"] as? [[String: Any]])
        #expect(actions.map { $0["kind"] as? String } == ["select", "select"])
        let ui = try #require(actions.first?["ui"] as? [String: Any])
        #expect(ui["control"] as? String == "menuItem")
        #expect(ui["path"] as? [String] == ["仪表板", "客户"])
        #expect(ui["segment"] as? String == "063b3-113")
        let range = try #require(ui["range"] as? [String: Any])
        #expect((range["start"] as? [String: Any])?["line"] as? Int == 27)
        let phrase = try #require((steps[1]["actions"] as? [[String: Any]])?[1])
        #expect(phrase["kind"] as? String == "enterValue")
        #expect(phrase["ui"] is NSNull)
    }
}
