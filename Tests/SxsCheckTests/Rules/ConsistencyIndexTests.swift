import SideBySide
@testable import SxsCheck
import SxsTestSupport
import Testing

/// The corpus rules' grouping (numbered by a table of the entries' own hashes) against a straightforward
/// one keyed by `Dictionary`, and the ASCII reading of loosened English against the one by character.
@Suite struct ConsistencyIndexTests {
    /// Stored pairs for every key, so that groups with an index gather keys seen once too.
    struct StoredPairs: TranslationIndex {
        var pairs: [IndexedPair]
        func pairs(withNormalizedSource source: String, locale: String) -> [IndexedPair] {
            locale == "zh-CN" ? pairs.filter { $0.normalizedSource == source } : []
        }
        func pairs(withFoldedTarget target: String, locale: String) -> [IndexedPair] {
            locale == "zh-CN" ? pairs.filter { $0.foldedTarget == target } : []
        }
    }

    /// A group as compared: its key, locale, and each variant with the places of its entries.
    struct Shown: Equatable, CustomStringConvertible {
        var key: String
        var locale: String
        var variants: [[String]]
        var description: String { "\(locale) \(key): \(variants)" }

        init(_ group: ConsistencyIndex.Group) {
            key = group.key
            locale = group.locale
            variants = group.variants.map { variant in [variant.text] + variant.places.map { "\($0.path):\($0.location.line)" } }
        }
    }

    /// ``ConsistencyIndex/groups(keyedBy:varying:stored:)`` written the plain way.
    static func referenceGroups(_ index: ConsistencyIndex, keyedBy key: ConsistencyIndex.Side, varying: ConsistencyIndex.Side,
                                stored: (any TranslationIndex)?) -> [Shown] {
        struct Key: Hashable { var locale: String; var text: String }
        var order: [Key] = []
        var members: [Key: [ConsistencyIndex.Entry]] = [:]
        for entries in index.articles {
            for entry in entries where !entry.text(key).isEmpty {
                let groupKey = Key(locale: entry.locale, text: entry.text(key))
                if members[groupKey] == nil { order.append(groupKey) }
                members[groupKey, default: []].append(entry)
            }
        }
        return order.compactMap { groupKey -> Shown? in
            var entries = members[groupKey]!
            if let stored {
                entries += index.stored(like: entries[0], keyedBy: key, in: stored, checkedPaths: index.checkedPaths)
            }
            var variantOrder: [String] = []
            var places: [String: [ConsistencyIndex.Entry]] = [:]
            for entry in entries {
                if places[entry.text(varying)] == nil { variantOrder.append(entry.text(varying)) }
                places[entry.text(varying), default: []].append(entry)
            }
            guard variantOrder.count > 1 else { return nil }
            return Shown(ConsistencyIndex.Group(key: groupKey.text, locale: groupKey.locale,
                                                variants: variantOrder.map { ($0, places[$0]!) }))
        }
    }

    static func entry(_ locale: String, _ source: String, _ target: String, path: String, line: Int) -> ConsistencyIndex.Entry {
        ConsistencyIndex.Entry(locale: locale, source: source, target: target, path: path,
                               checked: CheckedSegment(id: "\(line)", target: target, source: source),
                               location: SourceLocation(line: line, column: 1, offset: line))
    }

    static func expectSameGroups(_ index: ConsistencyIndex, stored: (any TranslationIndex)? = nil) {
        for (key, varying) in [(ConsistencyIndex.Side.source, ConsistencyIndex.Side.target), (.target, .source)] {
            let groups = index.groups(keyedBy: key, varying: varying, stored: stored).map(Shown.init)
            #expect(groups == referenceGroups(index, keyedBy: key, varying: varying, stored: stored))
        }
    }

    @Test func groupsAsADictionaryGroupsThem() {
        let entries = [
            [Self.entry("zh-CN", "Select Customers.", "选择客户。", path: "a.md", line: 1),
             Self.entry("zh-CN", "Select Customers.", "选择“客户”。", path: "a.md", line: 2),
             Self.entry("ja-JP", "Select Customers.", "顧客を選びます。", path: "a.md", line: 3),
             Self.entry("zh-CN", "", "选择客户。", path: "a.md", line: 4)],
            [],
            [Self.entry("ja-JP", "Select Customers.", "顧客を選択します。", path: "b.md", line: 1),
             Self.entry("zh-CN", "Select customers.", "选择客户。", path: "b.md", line: 2),
             Self.entry("zh-CN", "Select Customers.", "", path: "b.md", line: 3),
             Self.entry("zh-CN", "Select Customers.", "选择客户。", path: "b.md", line: 4)],
        ]
        let index = ConsistencyIndex(entries: entries, paths: ["a.md", "", "b.md"])
        Self.expectSameGroups(index)
        #expect(index.groups(keyedBy: .source, varying: .target).count == 2)
        #expect(index.groups(keyedBy: .target, varying: .source).count == 1)
    }

    @Test func randomEntriesAreGroupedAsADictionaryGroupsThem() {
        let sources = ["", "Select Customers.", "Select customers.", "Sign in.", "Next", "選択", "é"]
        let targets = ["", "选择客户。", "选择“客户”。", "登录。", "下一步", "Next", "é"]
        let locales = ["zh-CN", "ja-JP", "zh-CN-2018"]
        var generator = SeededGenerator(seed: 0xC0_4815)
        for round in 0..<300 {
            let articleCount = Int.random(in: 0...6, using: &generator)
            let paths = (0..<articleCount).map { "\(round)/\($0).md" }
            let entries = paths.map { path in
                (0..<Int.random(in: 0...40, using: &generator)).map { line in
                    Self.entry(locales.randomElement(using: &generator)!, sources.randomElement(using: &generator)!,
                               targets.randomElement(using: &generator)!, path: path, line: line + 1)
                }
            }
            let index = ConsistencyIndex(entries: entries, paths: paths)
            Self.expectSameGroups(index)
            if round % 10 == 0 {
                let stored = StoredPairs(pairs: (0..<3).map { number in
                    IndexedPair(path: "memory/\(number).md", line: number + 1, column: 1, segmentID: "m\(number)",
                                normalizedSource: sources.randomElement(using: &generator)!,
                                foldedTarget: targets.randomElement(using: &generator)!)
                })
                Self.expectSameGroups(index, stored: stored)
            }
        }
    }

    @Test func notesReadAsInterpolatedOnes() {
        for (path, text) in [("zh-CN/a.md", "选择“客户”。"), ("", ""), ("ja-JP/b c.md", "顧客 を選びます。 é\u{301}")] {
            let location = SourceLocation(line: 12, column: 345, offset: 0)
            let checked = ConsistencyIndex.Entry(locale: "zh-CN", source: "Select Customers.", target: text, path: path,
                                                 checked: CheckedSegment(id: "12", target: text, source: "Select Customers."),
                                                 location: location)
            #expect(checked.note(text) == "\(path):12:345: \(text)")
            let stored = ConsistencyIndex.Entry(locale: "zh-CN", source: "Select Customers.", target: text, path: path,
                                                checked: nil, location: location)
            #expect(stored.note(text) == "\(path):12:345: \(text) (translation memory)")
        }
    }

    @Test func keyNumbersNumberKeysInFirstSeenOrderDespiteEqualHashes() {
        // Every key with the same hash: each is told apart by the comparison alone.
        let keys = ["a", "b", "a", "c", "b", "d", "a"]
        var numbers = ConsistencyIndex.KeyNumbers(capacity: keys.count)
        var firsts: [String] = []
        var seen: [Int] = []
        for key in keys {
            let (number, isNew) = numbers.number(hash: 42) { firsts[$0] == key }
            if isNew { firsts.append(key) }
            seen.append(number)
        }
        #expect(seen == [0, 1, 0, 2, 1, 3, 0])
        #expect(firsts == ["a", "b", "c", "d"])
    }

    @Test func asciiLooseningIsLooseningByCharacter() {
        let written = ["Don't select Customers.", "It isn't there, is it?", "(Offers) -- and \"subscriptions\"!",
                       "Class glass SS address", "n't", "nn't won't", "N'T", "a\r\nb\tc\u{0B}d\u{0C}e", "  ", "",
                       "$5 + <tags> ^_^ `code` | ~tilde~", "... --- ,,,", "users's data's", "Bus gas plus"]
        for text in written {
            #expect(InconsistentSourceRule.asciiLoosened(text) == InconsistentSourceRule.loosenedByCharacter(text), "\(text)")
        }
        #expect(InconsistentSourceRule.asciiLoosened("Sélect") == nil)
        let pieces = ["n", "'", "t", "s", "S", "N", "T", " ", "\r\n", "\n", "\t", ".", ",", "-", "(", ")", "\"", "!", "?",
                      "$", "+", "_", "@", "#", "%", "&", "*", "/", ":", ";", "[", "]", "{", "}", "\\", "|", "~", "`",
                      "^", "<", ">", "=", "word", "ss", "Ab", "1", "\u{7F}", "\u{1F}"]
        var generator = SeededGenerator(seed: 0x1005E)
        for _ in 0..<20_000 {
            let text = generator.text(from: pieces, count: 0...16)
            #expect(InconsistentSourceRule.asciiLoosened(text) == InconsistentSourceRule.loosenedByCharacter(text), "\(text.debugDescription)")
        }
    }
}
