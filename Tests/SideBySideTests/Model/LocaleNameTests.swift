import SideBySide
import Testing

/// Locale names in folder names and paths.
@Suite struct LocaleNameTests {
    @Test func aNameThatIsOrStartsWithALocale() {
        #expect(LocaleName.leading("zh-CN") == "zh-CN")
        #expect(LocaleName.leading("ja-jp") == "ja-JP")
        #expect(LocaleName.leading("zh-CN-2017") == "zh-CN")
        #expect(LocaleName.leading("ja-JP_old") == "ja-JP")
        #expect(LocaleName.leading("partner-center") == nil)
        #expect(LocaleName.leading("zh-CNX") == nil)
        #expect(LocaleName.leading("z1-CN") == nil)
        #expect(LocaleName.leading("zh") == nil)
    }

    @Test func theInnermostLocaleFolderAndNeverTheFileName() {
        #expect(LocaleName.inPath("../shared/corpus/ja-JP-2018/partner-center/a.md") == "ja-JP")
        #expect(LocaleName.inPath("content/zh-cn/add-a-new-customer.md") == "zh-CN")
        #expect(LocaleName.inPath("out/ja-JP/zh-CN/a.md") == "zh-CN")
        #expect(LocaleName.inPath("articles/zh-CN.md") == nil)
        #expect(LocaleName.inPath("zh-CN") == nil)
        #expect(LocaleName.inPath("/corpus/partner-center/a.md") == nil)
    }

    @Test func normalisedAndCJK() {
        #expect(LocaleName.normalized("ZH-cn") == "zh-CN")
        #expect(LocaleName.isCJK("ja-JP") && LocaleName.isCJK("ko-KR") && !LocaleName.isCJK("en-US") && !LocaleName.isCJK(nil))
    }
}

/// The byte-wise reading of ASCII paths and locales against the reading on characters and scalars.
@Suite struct LocaleNameBytesTests {
    static func referenceLeading(_ name: Substring) -> String? {
        let scalars = Array(name.unicodeScalars.prefix(6))
        func isLetter(_ scalar: Unicode.Scalar) -> Bool { ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }
        guard scalars.count >= 5, scalars[2] == "-", scalars[0..<2].allSatisfy(isLetter), scalars[3..<5].allSatisfy(isLetter),
              scalars.count == 5 || scalars[5] == "-" || scalars[5] == "_" else { return nil }
        return referenceNormalized(String(String.UnicodeScalarView(scalars[0..<5])))
    }

    static func referenceInPath(_ path: String) -> String? {
        for folder in path.split(separator: "/").dropLast().reversed() {
            if let locale = referenceLeading(folder) { return locale }
        }
        return nil
    }

    static func referenceNormalized(_ locale: String) -> String {
        let parts = locale.split(separator: "-")
        guard parts.count == 2 else { return locale }
        return parts[0].lowercased() + "-" + parts[1].uppercased()
    }

    @Test func readsAsTheCharacterWiseReadingOnEveryPathOfFourPieces() {
        let pieces = ["/", "-", "_", "zh", "CN", "jp", "a", "Z2", "@[", "`{", "é", "\u{301}", "中", "\r\n", ""]
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    for d in pieces {
                        for path in [a + b + c + "/" + d, a + b + c + d + "/x.md"] {
                            #expect(LocaleName.inPath(path) == Self.referenceInPath(path), "locale in \(path.debugDescription)")
                        }
                        #expect(LocaleName.normalized(a + b + c + d) == Self.referenceNormalized(a + b + c + d), "normalized \((a + b + c + d).debugDescription)")
                    }
                }
            }
        }
    }
}
