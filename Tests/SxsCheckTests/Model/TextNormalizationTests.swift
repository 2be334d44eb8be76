@testable import SxsCheck
import SideBySide
import SxsMarkup
import SxsTestSupport
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
            #expect(forms.normalized == ScalarWiseForms.normalized(text))
            #expect(forms.folded == ScalarWiseForms.folded(text))
        }
        #expect(TextNormalization.forms(of: "  Select “Customers”\u{3000}then ").normalized == "select \"customers\" then")
        #expect(TextNormalization.forms(of: "Azure AD 域 ＡＢＣ１２３！").folded == "azuread域abc123!")
    }

    @Test func formsAgreeOnEveryScalar() {
        // Every scalar of the BMP and a sample of the other planes, in runs with blanks and quotes
        // between, read by both the byte-wise and the scalar-wise forms.
        var differing: [String] = []
        var scalars = String.UnicodeScalarView()
        func compare(endingAt value: UInt32) {
            let text = String(scalars)
            let forms = TextNormalization.forms(of: text)
            if forms.normalized != TextNormalization.normalized(text) || forms.folded != TextNormalization.folded(text)
                || forms.normalized != ScalarWiseForms.normalized(text) || forms.folded != ScalarWiseForms.folded(text) {
                differing.append(String(format: "block ending U+%04X", value))
            }
            scalars = String.UnicodeScalarView()
        }
        for value in Array(UInt32(0)...0xFFFF) + Array(stride(from: UInt32(0x10000), through: 0x10FFFF, by: 61)) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            scalars.append(scalar)
            if value % 7 == 0 { scalars.append(contentsOf: " \u{3000}’".unicodeScalars) }
            if scalars.count >= 4096 { compare(endingAt: value) }
        }
        compare(endingAt: 0x10FFFF)
        #expect(differing.isEmpty)
    }

    @Test func normalizedEqualsComparesWithoutMakingOnRandomTexts() {
        let pieces = ["选择", "客户", "。", "a", "A", "Azure", "azure", " ", "  ", "\u{3000}", "“", "\"", "ｘ", "é", "É", "ー", "\t"]
        var generator = SeededGenerator(seed: 0xE9A1)
        func text() -> String { generator.text(from: pieces, count: 0...6) }
        for _ in 0..<5_000 {
            let first = text(), second = Bool.random(using: &generator) ? first + text() : text()
            for other in [TextNormalization.normalized(second), TextNormalization.normalized(first)] {
                #expect(TextNormalization.normalized(first, equals: other) == TextNormalization.same(TextNormalization.normalized(first), other),
                        "\(first.debugDescription) / \(other.debugDescription)")
            }
        }
    }

    @Test func normalizedEqualsComparesWithoutMaking() {
        let texts = ["  Select “Customers”\u{3000}then  ’OK’ ", "Select \"customers\" then 'ok'", "select", "selec", "selects",
                     "ÉCOLE İstanbul", "école i̇stanbul", "选择客户", "", " \t\n", "Azure AD 域"]
        for text in texts {
            for other in texts.map(TextNormalization.normalized) + [""] {
                #expect(TextNormalization.normalized(text, equals: other) == TextNormalization.same(TextNormalization.normalized(text), other),
                        "\(text) / \(other)")
            }
        }
        #expect(TextNormalization.normalized("  Select “Customers” ", equals: "select \"customers\""))
        // A prefix of the form, and the form with more after it, are not the form.
        #expect(!TextNormalization.normalized("Select customers", equals: "select customer"))
        #expect(!TextNormalization.normalized("Select customer", equals: "select customers"))
        #expect(TextNormalization.normalized(" \t", equals: ""))
    }

    /// ASCII runs longer than eight bytes, over single and double spaces, blanks, controls and the ends of
    /// the text: where the forms are read eight bytes at a time.
    @Test func formsAgreeOnRandomASCIIRuns() {
        let pieces = ["Select", "THE", "customers", "a", "Z", "@[`{", "\u{7F}", " ", " ", "  ", "\t", "\n", "\u{1}", "\u{1F}", "0123456789",
                      "Microsoft Partner Center", "x y", "选择", "É", "\u{3000}", "“", "’", "ＡＢ"]
        var generator = SeededGenerator(seed: 0xA5C11)
        for _ in 0..<5_000 {
            let text = generator.text(from: pieces, count: 0...12)
            let normalized = TextNormalization.normalized(text), folded = TextNormalization.folded(text)
            #expect(normalized == ScalarWiseForms.normalized(text), "\(text.debugDescription)")
            #expect(folded == ScalarWiseForms.folded(text), "\(text.debugDescription)")
            #expect(TextNormalization.forms(of: text) == (normalized, folded), "\(text.debugDescription)")
            // Compared with its own form, the form with a byte changed or dropped, and another text's form.
            #expect(TextNormalization.normalized(text, equals: normalized))
            let other = TextNormalization.normalized(generator.text(from: pieces, count: 0...12))
            #expect(TextNormalization.normalized(text, equals: other) == (normalized == other), "\(text.debugDescription) / \(other)")
            if !normalized.isEmpty {
                var bytes = Array(normalized.utf8)
                let place = Int.random(in: bytes.indices, using: &generator)
                var changed = bytes
                changed[place] = bytes[place] == UInt8(ascii: "q") ? UInt8(ascii: "r") : UInt8(ascii: "q")
                bytes.remove(at: place)
                for form in [String(decoding: changed, as: UTF8.self), String(decoding: bytes, as: UTF8.self)] {
                    #expect(TextNormalization.normalized(text, equals: form) == (normalized == form), "\(text.debugDescription) / \(form)")
                }
            }
        }
    }

    @Test func asciiWordsTestAndLowerCaseEachByte() {
        var generator = SeededGenerator(seed: 0x8B17E)
        for round in 0..<20_000 {
            // Mostly ASCII, sometimes any byte, sometimes few values (so that digits, spaces and EF come often).
            let bytes = (0..<8).map { _ in
                round % 3 == 2 ? [0x20, 0x2F, 0x30, 0x39, 0x3A, 0x41, 0xEF, 0xBC, 0x00, 0x80].randomElement(using: &generator)!
                    : UInt8.random(in: 0...(round % 3 == 0 ? 0xFF : 0x7F), using: &generator)
            }
            let word = bytes.withUnsafeBufferPointer { ASCIIWord($0.baseAddress!) }
            #expect(word.isASCII == bytes.allSatisfy { $0 < 0x80 })
            #expect(word.hasByteBelowSpace == bytes.contains { $0 < 0x20 })
            let spaces = (0..<8).filter { word.spaces >> (8 * $0 + 7) & 1 == 1 }
            #expect(spaces == bytes.indices.filter { bytes[$0] == 0x20 })
            #expect(word.spaces & ~0x8080_8080_8080_8080 == 0)
            #expect(word.hasByte(above: 0x2F, below: 0x3A) == bytes.contains { (0x30...0x39).contains($0) })
            #expect(word.hasByte(above: 0x60, below: 0x80) == bytes.contains { (0x61...0x7F).contains($0) })
            #expect(word.hasByte(above: 0, below: 0x20) == bytes.contains { (1...0x1F).contains($0) })
            let bytesEF = (0..<8).filter { word.places(of: 0xEF) >> (8 * $0 + 7) & 1 == 1 }
            #expect(bytesEF == bytes.indices.filter { bytes[$0] == 0xEF })
            if word.isASCII {
                var lowered = [UInt8](repeating: 0, count: 8)
                lowered.withUnsafeMutableBufferPointer { word.lowercased.store(to: $0.baseAddress!) }
                #expect(lowered == bytes.map(\.asciiLowercased))
            }
        }
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

/// The two forms written plainly, scalar by scalar with the Unicode properties: what the byte-wise
/// writer of ``TextNormalization`` is checked against.
enum ScalarWiseForms {
    static func normalized(_ text: String) -> String {
        var bytes: [UInt8] = []
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace { bytes.append(0x20); pendingSpace = false }
            switch scalar {
            case "’", "‘": bytes.append(0x27)
            case "“", "”": bytes.append(0x22)
            default: appendLowercased(scalar, to: &bytes)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func folded(_ text: String) -> String {
        var bytes: [UInt8] = []
        for scalar in text.unicodeScalars where !scalar.properties.isWhitespace {
            if (0xFF01...0xFF5E).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFEE0) {
                appendLowercased(ascii, to: &bytes)
            } else {
                appendLowercased(scalar, to: &bytes)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func appendLowercased(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        for lower in scalar.properties.lowercaseMapping.unicodeScalars { UTF8.encode(lower) { bytes.append($0) } }
    }
}
