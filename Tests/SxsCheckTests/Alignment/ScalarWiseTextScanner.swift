/// The scanner as it was written on Unicode scalars: the reference ``TextScanner`` (on UTF-8 bytes) is checked against.
struct ScalarWiseTextScanner {
    let scalars: [Unicode.Scalar]

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || ("\u{FF10}"..."\u{FF19}").contains(scalar)
    }

    static func asciiDigit(_ scalar: Unicode.Scalar) -> Character {
        if ("\u{FF10}"..."\u{FF19}").contains(scalar) {
            return Character(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
        }
        return Character(scalar)
    }

    /// Runs of digits, with `.` or `,` between digits kept as a decimal point or dropped as grouping.
    ///
    /// Digits glued to Latin letters belong to a name or code (21Vianet, O365, x64, 1st) and are
    /// left out; leading zeros are dropped (05 → 5) and a time keeps its hour (6:00 → 6).
    var numbers: [String] {
        var result: [String] = []
        var index = 0
        while index < scalars.count {
            guard Self.isDigit(scalars[index]) else { index += 1; continue }
            let start = index
            var number = ""
            while index < scalars.count {
                let scalar = scalars[index]
                if Self.isDigit(scalar) {
                    number.append(Self.asciiDigit(scalar))
                } else if ",.，．".unicodeScalars.contains(scalar), index + 1 < scalars.count, Self.isDigit(scalars[index + 1]),
                          !number.isEmpty {
                    // 1,000 is grouping (three digits follow); 2.5 is a decimal point.
                    let following = scalars[(index + 1)...].prefix { Self.isDigit($0) }.count
                    let isPoint = scalar == "." || scalar == "．"
                    if isPoint || following != 3 { number.append(".") }
                } else {
                    break
                }
                index += 1
            }
            // A time: the hour counts, and the minutes unless they are 00.
            if index + 2 < scalars.count, scalars[index] == ":", Self.isDigit(scalars[index + 1]), Self.isDigit(scalars[index + 2]) {
                let minutes = String([Self.asciiDigit(scalars[index + 1]), Self.asciiDigit(scalars[index + 2])])
                index += 3
                if minutes != "00" { result.append(Self.trimmed(minutes)) }
            }
            let gluedBefore = start > 0 && Self.isLatinLetter(scalars[start - 1])
            let gluedAfter = index < scalars.count && Self.isLatinLetter(scalars[index])
            if !gluedBefore && !gluedAfter { result.append(Self.trimmed(number)) }
        }
        return result
    }

    static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    /// `05` → `5`, `0` stays.
    static func trimmed(_ number: String) -> String {
        let trimmed = number.drop { $0 == "0" }
        return trimmed.isEmpty || trimmed.first == "." ? "0" + trimmed : String(trimmed)
    }

    /// Characters a URL or e-mail address is written with (ASCII, no blanks or quotes).
    static func isAddressCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && scalar.value > 32 && !"\"'<>()[]{}|\\^`".unicodeScalars.contains(scalar)
    }

    /// `http://` and `https://` addresses, up to the first blank, non-ASCII character or bracket.
    var urls: [String] {
        var result: [String] = []
        var index = 0
        while index + 7 < scalars.count {
            if scalars[index] == "h", let scheme = ["https://", "http://"].first(where: { prefix in
                prefix.unicodeScalars.enumerated().allSatisfy { offset, scalar in
                    index + offset < scalars.count && scalars[index + offset] == scalar
                }
            }) {
                var end = index + scheme.unicodeScalars.count
                while end < scalars.count, Self.isAddressCharacter(scalars[end]) { end += 1 }
                var url = String(String.UnicodeScalarView(scalars[index..<end]))
                while let last = url.last, ".,;:!?".contains(last) { url.removeLast() }
                result.append(url)
                index = end
            } else {
                index += 1
            }
        }
        return result
    }

    /// Addresses `name@domain.tld`, read outward from each `@` over the characters addresses use.
    var emails: [String] {
        var result: [String] = []
        func isLocal(_ scalar: Unicode.Scalar) -> Bool {
            Self.isLatinLetter(scalar) || ("0"..."9").contains(scalar) || "._%+-".unicodeScalars.contains(scalar)
        }
        func isDomain(_ scalar: Unicode.Scalar) -> Bool {
            Self.isLatinLetter(scalar) || ("0"..."9").contains(scalar) || ".-".unicodeScalars.contains(scalar)
        }
        for (at, scalar) in scalars.enumerated() where scalar == "@" {
            var start = at
            while start > 0, isLocal(scalars[start - 1]) { start -= 1 }
            var end = at + 1
            while end < scalars.count, isDomain(scalars[end]) { end += 1 }
            var domain = String(String.UnicodeScalarView(scalars[(at + 1)..<end]))
            while domain.hasSuffix(".") || domain.hasSuffix("-") { domain.removeLast() }
            guard start < at, domain.contains("."), !(start > 0 && scalars[start - 1] == "/") else { continue }
            result.append(String(String.UnicodeScalarView(scalars[start..<at])) + "@" + domain)
        }
        return result
    }

    var placeholders: [String] {
        var result: [String] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "%", index + 1 < scalars.count, Self.isDigit(scalars[index + 1]) || scalars[index + 1] == "s" || scalars[index + 1] == "d" {
                result.append("%" + String(scalars[index + 1]))
                index += 2
                continue
            }
            if scalar == "{", let close = scalars[(index + 1)...].prefix(4).firstIndex(of: "}"), close > index + 1,
               scalars[(index + 1)..<close].allSatisfy({ ("0"..."9").contains($0) }) {
                result.append(String(String.UnicodeScalarView(scalars[index...close])))
                index = close + 1
                continue
            }
            index += 1
        }
        return result
    }
}
