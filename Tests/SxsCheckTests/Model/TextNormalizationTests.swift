@testable import SxsCheck
import Testing

@Suite struct TextNormalizationTests {
    @Test func whitespaceIsUnicodesWhiteSpaceProperty() {
        var differing: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if TextNormalization.isWhitespace(scalar) != scalar.properties.isWhitespace { differing.append(value) }
        }
        #expect(differing.isEmpty)
    }

    @Test func formsAreTheNormalizedAndFoldedTexts() {
        let texts = ["  Select “Customers”\u{3000}then  ’OK’ ", "Azure AD 域 ＡＢＣ１２３！", "ÉCOLE İstanbul ǅ", "", " \t\n"]
        for text in texts {
            let forms = TextNormalization.forms(of: text)
            #expect(forms.normalized == TextNormalization.normalized(text))
            #expect(forms.folded == TextNormalization.folded(text))
        }
        #expect(TextNormalization.forms(of: "  Select “Customers”\u{3000}then ").normalized == "select \"customers\" then")
        #expect(TextNormalization.forms(of: "Azure AD 域 ＡＢＣ１２３！").folded == "azuread域abc123!")
    }

    @Test func sameComparesBytes() {
        #expect(TextNormalization.same("选择客户", "选择客户"))
        #expect(TextNormalization.same("", ""))
        #expect(!TextNormalization.same("选择客户", "选择客戶"))
        #expect(!TextNormalization.same("abc", "abcd"))
        // Canonically equivalent, written differently: not the same form.
        #expect(!TextNormalization.same("\u{E9}", "e\u{301}"))
    }
}
