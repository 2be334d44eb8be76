import SxsMarkup

/// Locale names as the corpus, `content/` and `locales/` write them.
public enum LocaleName {
    /// The locale a name is, or starts with before `-` or `_` (`zh-CN`, `ja-jp`, `zh-CN-2017`,
    /// `ja-JP_old`), normalised (`ja-JP`); nil for any other name.
    public static func leading<Name: StringProtocol>(_ name: Name) -> String? {
        let scalars = Array(name.unicodeScalars.prefix(6))
        guard scalars.count >= 5, scalars[2] == "-",
              scalars[0..<2].allSatisfy(isASCIILetter), scalars[3..<5].allSatisfy(isASCIILetter),
              scalars.count == 5 || scalars[5] == "-" || scalars[5] == "_" else { return nil }
        return normalized(String(String.UnicodeScalarView(scalars[0..<5])))
    }

    /// The locale of the innermost folder of `path` named like one (`…/zh-CN-2017/partner-center/a.md`
    /// → `zh-CN`); the file's own name does not count.
    public static func inPath(_ path: String) -> String? {
        // Most paths are ASCII: split on their bytes (each byte a character), without breaking graphemes.
        if isASCII(path) {
            for folder in path.utf8.split(separator: UInt8(ascii: "/")).dropLast().reversed() {
                if let locale = leading(ascii: folder) { return locale }
            }
            return nil
        }
        for folder in path.split(separator: "/").dropLast().reversed() {
            if let locale = leading(folder) { return locale }
        }
        return nil
    }

    /// ``leading(_:)`` of an ASCII name, read on its bytes.
    private static func leading(ascii name: Substring.UTF8View) -> String? {
        let locale = name.withContiguousStorageIfAvailable { bytes -> String? in
            guard bytes.count >= 5, bytes[2] == UInt8(ascii: "-"), isASCIILetter(bytes[0]), isASCIILetter(bytes[1]),
                  isASCIILetter(bytes[3]), isASCIILetter(bytes[4]),
                  bytes.count == 5 || bytes[5] == UInt8(ascii: "-") || bytes[5] == UInt8(ascii: "_") else { return nil }
            return String(decoding: [bytes[0].asciiLowercased, bytes[1].asciiLowercased, UInt8(ascii: "-"), uppercased(bytes[3]), uppercased(bytes[4])],
                          as: UTF8.self)
        }
        // Nil without contiguous bytes, .some(nil) for a name that is not a locale's.
        if let locale { return locale }
        return leading(Substring(name))
    }

    /// `zh-cn` → `zh-CN`.
    public static func normalized(_ locale: String) -> String {
        // ASCII (as locales are) is split and cased on its bytes.
        if isASCII(locale) {
            let parts = locale.utf8.split(separator: UInt8(ascii: "-"))
            guard parts.count == 2 else { return locale }
            return String(decoding: parts[0].map(\.asciiLowercased) + [UInt8(ascii: "-")] + parts[1].map(uppercased), as: UTF8.self)
        }
        let parts = locale.split(separator: "-")
        guard parts.count == 2 else { return locale }
        return parts[0].lowercased() + "-" + parts[1].uppercased()
    }

    /// Whether the locale writes CJK (its sentences end with 。).
    public static func isCJK(_ locale: String?) -> Bool {
        guard let language = locale?.split(separator: "-").first else { return false }
        return ["zh", "ja", "ko"].contains(language.lowercased())
    }

    private static func isASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- UInt8(ascii: "a") < 26
    }

    private static func uppercased(_ byte: UInt8) -> UInt8 {
        byte &- UInt8(ascii: "a") < 26 ? byte & ~0x20 : byte
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }
}
