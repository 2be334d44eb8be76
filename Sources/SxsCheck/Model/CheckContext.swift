import Foundation
import SideBySide
import SxsProcedures

/// What the rules know besides the article: locale conventions, terminology, the current English.
public struct CheckContext: Sendable {
    /// Conventions by locale (`zh-CN`).
    public var conventions: [String: LocaleConventions]
    /// Product UI strings by locale.
    public var terminology: [String: Terminology]
    /// The current English source of each article, by file name, when checking with `--against`.
    public var currentEnglish: [String: CurrentEnglish]
    /// Procedure phrase patterns by locale (`locales/<locale>/procedures.yml`), en-US for sources.
    public var procedurePatterns: [String: LocaleProcedurePatterns] = [:]
    /// Translations outside the files checked (`--tm`) that the consistency rules also compare with.
    public var translationIndex: (any TranslationIndex)?

    public init(conventions: [String: LocaleConventions] = [:], terminology: [String: Terminology] = [:],
                currentEnglish: [String: CurrentEnglish] = [:]) {
        self.conventions = conventions
        self.terminology = terminology
        self.currentEnglish = currentEnglish
    }

    public func conventions(for locale: String?) -> LocaleConventions? { locale.flatMap { conventions[$0] } }
    public func terminology(for locale: String?) -> Terminology? { locale.flatMap { terminology[$0] } }
}

/// The text of a current en-US article, to find stale translations.
public struct CurrentEnglish: Sendable, Hashable {
    /// Each English sentence as written, for word diffs.
    public var written: [String]
    /// The article's blocks (paragraphs, headings, cells), normalised: an English source still in the
    /// article is written inside one of them, whatever markup surrounds it.
    public var blocks: [String]
    public var path: String

    public init(sentences: [String], blocks: [String]? = nil, path: String) {
        self.written = sentences
        self.blocks = (blocks ?? sentences).map(TextNormalization.normalized)
        self.path = path
    }

    /// Whether `source` (Markdown, as a pair holds it) is still written in the article.
    public func contains(_ source: String) -> Bool {
        let normalized = TextNormalization.normalized(source)
        return blocks.contains { $0.contains(normalized) }
    }
}

/// How texts are compared loosely: case, spacing and typographic quotes do not count.
public enum TextNormalization {
    public static func normalized(_ text: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isWhitespace(scalar) {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(UInt8(ascii: " ")); pendingSpace = false }
            switch scalar {
            case "’", "‘": result.append(UInt8(ascii: "'"))
            case "“", "”": result.append(UInt8(ascii: "\""))
            default: appendLowercased(scalar, to: &result)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Appends `scalar` lower-cased, as UTF-8 (built as bytes: appending to a String scalar by scalar
    /// was most of the cost of normalising a corpus).
    @inline(__always) static func appendLowercased(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        if scalar.isASCII {
            bytes.append(("A"..."Z").contains(scalar) ? UInt8(scalar.value + 32) : UInt8(scalar.value))
        } else if scalar.properties.changesWhenLowercased {
            for lower in scalar.properties.lowercaseMapping.unicodeScalars { UTF8.encode(lower) { bytes.append($0) } }
        } else {
            UTF8.encode(scalar) { bytes.append($0) }
        }
    }

    /// Unicode's White_Space, with ASCII answered without a property lookup (most text is ASCII).
    @inline(__always) public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || (9...13).contains(scalar.value) : scalar.properties.isWhitespace
    }

    /// Whether `text` holds `part` (byte-wise on UTF-8, which is exact for whole characters).
    public static func contains(_ text: String, _ part: String) -> Bool {
        guard !part.isEmpty else { return true }
        var text = text, part = part
        return text.withUTF8 { haystack in
            part.withUTF8 { needle in
                guard needle.count <= haystack.count else { return false }
                let first = needle[0]
                var index = 0
                let last = haystack.count - needle.count
                while index <= last {
                    if haystack[index] == first, memcmp(haystack.baseAddress! + index, needle.baseAddress!, needle.count) == 0 {
                        return true
                    }
                    index += 1
                }
                return false
            }
        }
    }

    /// A looser form for comparing translations: no blanks at all, full-width letters, digits and
    /// punctuation folded to ASCII, lower case ("Azure AD 域" and "Azure AD域" are one text).
    public static func folded(_ text: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if isWhitespace(scalar) { continue }
            if (0xFF01...0xFF5E).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFEE0) {
                appendLowercased(ascii, to: &result)
            } else {
                appendLowercased(scalar, to: &result)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
