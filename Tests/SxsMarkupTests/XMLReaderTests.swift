import SxsMarkup
import Testing

@Suite struct XMLReaderTests {
    @Test func readsElementsAttributesAndText() throws {
        let root = try XMLReader.read("""
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en-US" trgLang="zh-CN">
          <file id="f"><unit id="nav.dashboard"><segment><source>Dashboard</source><target>仪表板</target></segment></unit></file>
        </xliff>
        """)
        #expect(root.name == "xliff")
        #expect(root.namespace == "urn:oasis:names:tc:xliff:document:2.0")
        #expect(root.attribute("trgLang") == "zh-CN")
        let unit = try #require(root.element(named: "file")?.element(named: "unit"))
        #expect(unit.attribute("id") == "nav.dashboard")
        #expect(unit.element(named: "segment")?.element(named: "target")?.text == "仪表板")
        #expect(unit.line == 3)
    }

    @Test func refusesExternalEntities() {
        let hostile = """
        <?xml version="1.0"?>
        <!DOCTYPE x [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
        <x>&secret;</x>
        """
        #expect(throws: XMLReadError.self) { try XMLReader.read(hostile) }
    }

    @Test func refusesEntityExpansionBombs() {
        var declarations = "<!ENTITY lol0 \"lol\">"
        for level in 1...9 {
            let previous = String(repeating: "&lol\(level - 1);", count: 10)
            declarations += "<!ENTITY lol\(level) \"\(previous)\">"
        }
        let bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [\(declarations)]><lolz>&lol9;</lolz>"
        do {
            _ = try XMLReader.read(bomb)
            Issue.record("a billion-laughs document was accepted")
        } catch let error as XMLReadError {
            #expect(error.message.contains("not accepted") || !error.message.isEmpty)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func reportsWhereADocumentIsMalformed() {
        do {
            _ = try XMLReader.read("<a>\n<b></a>")
            Issue.record("a malformed document was accepted")
        } catch let error as XMLReadError {
            #expect(error.line == 2)
            #expect(error.column > 0)
            #expect(!error.message.isEmpty)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func refusesExternalDTDsAndNetworkURLsWithoutLoadingThem() {
        for hostile in [
            "<?xml version=\"1.0\"?>\n<!DOCTYPE x SYSTEM \"file:///etc/passwd\">\n<x/>",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE x PUBLIC \"-//X//EN\" \"http://127.0.0.1:9/x.dtd\">\n<x/>",
        ] {
            do {
                _ = try XMLReader.read(hostile)
                Issue.record("accepted: \(hostile)")
            } catch let error as XMLReadError {
                #expect(error.line == 2)
                #expect(error.message.contains("document type declarations are not accepted"))
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
    }

    @Test func keepsCarriageReturnsWrittenAsCharacterReferences() throws {
        let root = try XMLReader.read("<a b=\"x&#13;&#10;y\">1&#13;\n2\r\n3</a>")
        #expect(root.text == "1\r\n2\n3")
        #expect(root.attribute("b") == "x\r\ny")
    }
}
