/// A word-level comparison of two English texts: how alike they are, and what changed.
public struct WordDiff: Sendable, Hashable {
    /// One run of the diff.
    public enum Run: Sendable, Hashable {
        case same(String)
        case removed(String)
        case inserted(String)
    }

    public var runs: [Run]
    /// 2 × common words / all words: 1 for identical texts, 0 for nothing in common.
    public var similarity: Double

    /// The diff from `old` to `new`, by longest common subsequence of words.
    public init(from old: String, to new: String) {
        let a = WordDiff.words(old), b = WordDiff.words(new)
        guard !a.isEmpty || !b.isEmpty else { runs = []; similarity = 1; return }
        // Common prefix and suffix first: most edits are local.
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let middleA = Array(a[prefix..<(a.count - suffix)]), middleB = Array(b[prefix..<(b.count - suffix)])
        var table = Array(repeating: Array(repeating: 0, count: middleB.count + 1), count: middleA.count + 1)
        if !middleA.isEmpty, !middleB.isEmpty {
            for i in stride(from: middleA.count - 1, through: 0, by: -1) {
                for j in stride(from: middleB.count - 1, through: 0, by: -1) {
                    table[i][j] = middleA[i] == middleB[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
                }
            }
        }
        var runs: [Run] = a[..<prefix].map { .same($0) }
        var i = 0, j = 0
        while i < middleA.count || j < middleB.count {
            if i < middleA.count, j < middleB.count, middleA[i] == middleB[j] {
                runs.append(.same(middleA[i])); i += 1; j += 1
            } else if i < middleA.count, j == middleB.count || table[i + 1][j] >= table[i][j + 1] {
                runs.append(.removed(middleA[i])); i += 1
            } else {
                runs.append(.inserted(middleB[j])); j += 1
            }
        }
        runs += a[(a.count - suffix)...].map { .same($0) }
        let common = prefix + suffix + table[0][0]
        self.runs = WordDiff.merged(runs)
        similarity = Double(2 * common) / Double(a.count + b.count)
    }

    /// The diff as text: `[-removed-]` and `{+inserted+}`, as git's word diff writes it.
    public var text: String {
        runs.map { run in
            switch run {
            case .same(let words): words
            case .removed(let words): "[-\(words)-]"
            case .inserted(let words): "{+\(words)+}"
            }
        }.joined(separator: " ")
    }

    /// The pieces of `text` between white space.
    static func words(_ text: String) -> [String] {
        asciiWords(text) ?? text.split(whereSeparator: \.isWhitespace).map(String.init)
    }

    /// ``words(_:)`` of ASCII text, split on its bytes; nil for other text.
    ///
    /// In ASCII every scalar is a character but for `\r\n`, which is white space as its two scalars are,
    /// and the white space characters are the blanks tab to carriage return and the space: the bytes
    /// give the pieces the characters give, without reading characters. With `trimming` (a flag per
    /// ASCII byte), each piece loses the flagged bytes at both ends.
    static func asciiWords(_ text: String, trimming: [Bool]? = nil) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var words: [String] = []
            forEachASCIIWord(in: bytes, trimming: trimming) { word in
                words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[word]), as: UTF8.self))
            }
            return words
        }
    }

    /// Calls `body` with the byte range of each piece of the ASCII `bytes` between blanks (tab to
    /// carriage return, and the space), less the bytes `trimming` flags (a flag per ASCII byte) at
    /// both ends; a piece trimmed to nothing is an empty range.
    static func forEachASCIIWord(in bytes: UnsafeBufferPointer<UInt8>, trimming: [Bool]?, _ body: (Range<Int>) -> Void) {
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
        var index = 0
        while index < bytes.count {
            guard !isBlank(bytes[index]) else { index += 1; continue }
            var start = index
            while index < bytes.count, !isBlank(bytes[index]) { index += 1 }
            var end = index
            if let trimming {
                while start < end, trimming[Int(bytes[start])] { start += 1 }
                while end > start, trimming[Int(bytes[end - 1])] { end -= 1 }
            }
            body(start..<end)
        }
    }

    /// Neighbouring runs of the same kind joined into one.
    private static func merged(_ runs: [Run]) -> [Run] {
        var result: [Run] = []
        for run in runs {
            switch (result.last, run) {
            case (.same(let a)?, .same(let b)): result[result.count - 1] = .same(a + " " + b)
            case (.removed(let a)?, .removed(let b)): result[result.count - 1] = .removed(a + " " + b)
            case (.inserted(let a)?, .inserted(let b)): result[result.count - 1] = .inserted(a + " " + b)
            default: result.append(run)
            }
        }
        return result
    }
}
