import Foundation
import SxsTestSupport
import Testing
@testable import SideBySide

/// The JSON schema documented in the README.
@Suite struct DocumentJSONTests {
    func object(_ name: String) throws -> [String: Any] {
        let json = DocumentJSON.value(of: try Fixture.document(name)).serialized
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test func topLevelFields() throws {
        let root = try object("add-a-new-customer.zh-CN.2017.md")
        #expect(Set(root.keys) == ["schemaVersion", "path", "lineEndings", "frontMatter", "blocks", "segments", "diagnostics"])
        #expect(root["schemaVersion"] as? Int == DocumentJSON.schemaVersion)
        #expect((root["path"] as? String)?.hasSuffix("add-a-new-customer.zh-CN.2017.md") == true)
    }

    @Test func segmentFields() throws {
        let segments = try #require(try object("add-a-new-customer.zh-CN.2017.md")["segments"] as? [[String: Any]])
        let segment = try #require(segments.first { $0["id"] as? String == "063b3-113" })
        #expect(segment["target"] as? String == "从**仪表板**菜单中，选择**客户**。")
        #expect(segment["source"] as? String == "From the **Dashboard** menu, select **Customers**.")
        #expect(segment["line"] as? Int == 27)
        #expect(segment["column"] as? Int == 5)
        #expect(segment["prefix"] as? String == "063b3")
        #expect(segment["number"] as? Int == 113)
        #expect(segment["block"] as? String == "paragraph")
        let inlines = try #require(segment["targetInlines"] as? [[String: Any]])
        #expect(inlines.map { $0["kind"] as? String } == ["text", "strong", "text", "strong", "text"])
        let range = try #require(segment["range"] as? [String: Any])
        #expect((range["start"] as? [String: Any])?["line"] as? Int == 27)
    }

    @Test func frontMatterAndBlocks() throws {
        let root = try object("add-a-new-customer.zh-CN.2017.md")
        let matter = try #require(root["frontMatter"] as? [String: Any])
        #expect(matter["contentLocale"] as? String == "zh-CN")
        #expect(matter["translationType"] as? String == "HT")
        let entries = try #require(matter["entries"] as? [[String: Any]])
        #expect(entries.first?["key"] as? String == "title")
        #expect(entries.first?["translatedInPlace"] as? Bool == true)
        let blocks = try #require(root["blocks"] as? [[String: Any]])
        #expect(blocks.first?["kind"] as? String == "heading")
        #expect(blocks.first?["anchor"] as? String == "add-a-new-customer")
        #expect(blocks.first?["segments"] as? [Int] == [0])
    }

    /// Random strings of plain text, quotes, backslashes and control characters: the written JSON
    /// escapes byte by byte as JSON requires, and reads back (Foundation's parser) as the string.
    @Test func escapesRandomStringsByteByByte() throws {
        let pieces = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }
            + ["a", "text ", "\"", "\\", "\r\n", "\u{7F}", "字", "é", "😀", "/", "\u{2028}"]
        var generator = SeededGenerator(seed: 0x450_11E5)
        for _ in 0..<2000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...24, using: &generator) { text += pieces.randomElement(using: &generator)! }
            var expected: [UInt8] = Array("[\"".utf8)
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "\""): expected += Array(#"\""#.utf8)
                case UInt8(ascii: "\\"): expected += Array(#"\\"#.utf8)
                case 10: expected += Array(#"\n"#.utf8)
                case 13: expected += Array(#"\r"#.utf8)
                case 9: expected += Array(#"\t"#.utf8)
                case 0..<0x20: expected += Array(String(format: #"\u%04x"#, byte).utf8)
                default: expected.append(byte)
                }
            }
            expected += Array("\"]".utf8)
            let written = JSONValue.array([.string(text)]).serialized
            #expect(Array(written.utf8) == expected, "\(text.debugDescription)")
            let read = try JSONSerialization.jsonObject(with: Data(written.utf8)) as? [String]
            #expect(read == [text], "\(text.debugDescription)")
        }
    }

    @Test func escapesStrings() {
        #expect(JSONValue.string("a\"b\\c\nd\u{1}").serialized == #""a\"b\\c\nd\u0001""#)
        #expect(JSONValue.object([("k", .array([.int(1), .bool(true), .null]))]).serialized == #"{"k":[1,true,null]}"#)
    }
}
