import Foundation
import SxsMarkup
import SxsMemory
import Testing

@Suite struct TMXWriterTests {
    func export(locale: String? = nil) throws -> (bytes: [UInt8], pairs: [MemoryPair]) {
        let (memory, _) = try MemoryTesting.memory(with: SearchTests.articles)
        let pairs = try memory.distinctPairs(locale: locale)
        return (try TMXWriter(toolVersion: "0.1.0").bytes(of: pairs), pairs)
    }

    @Test func onePairPerTranslationUnitReadBack() throws {
        let (bytes, pairs) = try export()
        // "Then select **Add customer**." is stored twice with one translation: one unit.
        #expect(pairs.count == 5)
        let root = try XMLReader.read(bytes)
        #expect(root.name == "tmx" && root.attribute("version") == "1.4")
        let header = try #require(root.element(named: "header"))
        #expect(header.attribute("srclang") == "en-US" && header.attribute("segtype") == "sentence")
        #expect(header.attribute("creationtool") == "sxs" && header.attribute("o-tmf") == "sxs-sqlite")
        let units = try #require(root.element(named: "body")).elements(named: "tu")
        #expect(units.count == 5)
        #expect(units.allSatisfy { $0.elements(named: "tuv").count == 2 })
        let repeated = try #require(units.first { $0.elements(named: "tuv")[0].element(named: "seg")?.text == "Then select **Add customer**." })
        let props = Dictionary(uniqueKeysWithValues: repeated.elements(named: "prop").map { ($0.attribute("type")!, $0.text) })
        #expect(props["x-sxs-occurrences"] == "2")
        #expect(props["x-sxs-article"] == "zh-CN/b.md" && props["x-sxs-segment"] == "b-2")
        #expect(props["x-sxs-translationtype"] == "MT" && props["x-sxs-date"] == "2020-05-18")
        #expect(repeated.attribute("creationdate") == "20200518T000000Z")
        let variants = repeated.elements(named: "tuv")
        #expect(variants.map { $0.attributes.first { $0.name == "lang" }?.value } == ["en-US", "zh-CN"])
        // Markup is escaped text: the segment reads back as the pair's Markdown, byte for byte.
        #expect(variants[1].element(named: "seg")?.text == "然后选择**添加客户**。")
        #expect(String(decoding: bytes, as: UTF8.self).contains("<seg>然后选择**添加客户**。</seg>"))
    }

    @Test func localeFilterAndEscaping() throws {
        let (bytes, pairs) = try export(locale: "ja-JP")
        #expect(pairs.count == 1)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!text.contains("zh-CN"))
        let html = MemoryPair(locale: "zh-CN", source: "Select <b>OK</b> & go", target: "选择 <b>确定</b> & 继续", path: "a.md",
                              segmentID: "a-1", translationType: nil, date: "June 2017", occurrences: 1)
        let written = try TMXWriter(toolVersion: "0.1.0").bytes(of: [html])
        #expect(String(decoding: written, as: UTF8.self).contains("<seg>Select &lt;b&gt;OK&lt;/b&gt; &amp; go</seg>"))
        let unit = try #require(try XMLReader.read(written).element(named: "body")?.element(named: "tu"))
        #expect(unit.attribute("creationdate") == nil)
        #expect(unit.elements(named: "tuv")[1].element(named: "seg")?.text == "选择 <b>确定</b> & 继续")
    }

    @Test func validatesAgainstTheTMX14bDTD() throws {
        let dtd = try Array(Data(contentsOf: MemoryTesting.repository.appendingPathComponent("schemas/tmx14.dtd")))
        #expect(try DTDValidation.errors(in: try export().bytes, dtd: dtd).isEmpty)
        // And the DTD does catch what is wrong: a unit without variants, a header without srclang.
        let invalid = Array("<tmx version=\"1.4\"><header creationtool=\"x\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"x\" adminlang=\"en\" datatype=\"x\"/><body><tu/></body></tmx>".utf8)
        let errors = try DTDValidation.errors(in: invalid, dtd: dtd)
        #expect(errors.count >= 2)
        #expect(errors.contains { $0.message.contains("srclang") })
    }
}
