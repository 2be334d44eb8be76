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
        for folder in path.split(separator: "/").dropLast().reversed() {
            if let locale = leading(folder) { return locale }
        }
        return nil
    }

    /// `zh-cn` → `zh-CN`.
    public static func normalized(_ locale: String) -> String {
        let parts = locale.split(separator: "-")
        guard parts.count == 2 else { return locale }
        return parts[0].lowercased() + "-" + parts[1].uppercased()
    }

    /// Whether the locale writes CJK (its sentences end with 。).
    public static func isCJK(_ locale: String?) -> Bool {
        guard let language = locale?.split(separator: "-").first else { return false }
        return ["zh", "ja", "ko"].contains(language.lowercased())
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }
}
