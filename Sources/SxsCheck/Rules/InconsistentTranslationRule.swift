import Foundation
import SideBySide

/// One English source translated differently in the files checked (same locale).
public struct InconsistentTranslationRule: CorpusCheckRule {
    public init() {}
    public let descriptor = RuleDescriptor(
        id: "inconsistent-translation", defaultSeverity: .warning, category: .consistency,
        rationale: "the same English sentence should read the same in every article of a locale; reported once, with every place",
        examples: [])

    public func check(_ corpus: CheckedCorpus, context: CheckContext) -> [Finding] {
        corpus.index.groups(keyedBy: .source, varying: .target, stored: context.translationIndex).map { group in
            group.finding(rule: descriptor, what: "this English is translated \(group.variants.count) ways")
        }
    }
}

/// One translation used for different English sources in the files checked (same locale).
public struct InconsistentSourceRule: CorpusCheckRule {
    public init() {}
    public let descriptor = RuleDescriptor(
        id: "inconsistent-source", defaultSeverity: .note, category: .consistency,
        rationale: "one translation for different English sentences may hide a stale or copied translation; reported once, with every place",
        examples: [])

    public func check(_ corpus: CheckedCorpus, context: CheckContext) -> [Finding] {
        // Short translations (a word, a column name) rightly serve several English wordings.
        corpus.index.groups(keyedBy: .target, varying: .source, stored: context.translationIndex)
            .filter { $0.key.count >= 12 && Self.sourcesReallyDiffer($0) }.map { group in
            group.finding(rule: descriptor, what: "this translation stands for \(group.variants.count) different English sources")
        }
    }

    /// English that differs only in number or contractions ("offer"/"offers", "don't"/"do not")
    /// legitimately shares one translation, and so does a reworded sentence; report only sources
    /// less than 60% alike.
    static func sourcesReallyDiffer(_ group: ConsistencyIndex.Group) -> Bool {
        let loose = group.variants.map { loosened($0.text) }
        let folded = loose.map(TextNormalization.folded)
        for first in loose.indices {
            for second in (first + 1)..<loose.count where folded[first] != folded[second]
                && WordDiff(from: loose[first], to: loose[second]).similarity < 0.6 {
                return true
            }
        }
        return false
    }

    /// Lower case, contractions spelled out, plural -s dropped.
    static func loosened(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "n't", with: " not").split(whereSeparator: { $0.isWhitespace })
            .map { word -> String in
                var word = String(word).trimmingCharacters(in: .punctuationCharacters)
                if word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") { word.removeLast() }
                return word
            }.joined(separator: " ")
    }
}

/// Every pair of the files checked, by locale, for corpus-wide comparisons.
struct ConsistencyIndex {
    struct Entry {
        var locale: String
        var source: String
        var target: String
        var path: String
        /// The pair as a finding shows it, when it is in the files checked; nil for a pair of a ``TranslationIndex``.
        var checked: CheckedSegment?
        /// Where the pair is written.
        var location: SourceLocation
        /// The hash of the locale with the source, and with the target: worked out when the entry
        /// is made (on the thread that checked its article), not by each corpus rule.
        private(set) var sourceHash: Int, targetHash: Int

        init(locale: String, source: String, target: String, path: String, checked: CheckedSegment?, location: SourceLocation) {
            self.locale = locale
            self.source = source
            self.target = target
            self.path = path
            self.checked = checked
            self.location = location
            sourceHash = GroupKey.hash(locale: locale, text: source)
            targetHash = GroupKey.hash(locale: locale, text: target)
        }

        /// The entry's normalized source or folded target.
        func text(_ side: Side) -> String { side == .source ? source : target }

        /// The entry's locale with its source or target, as a group's key.
        fileprivate func key(_ side: Side) -> GroupKey {
            side == .source ? GroupKey(locale: locale, text: source, hash: sourceHash)
                            : GroupKey(locale: locale, text: target, hash: targetHash)
        }

        /// Where the entry is written, and its text, for a finding's notes.
        func note(_ text: String) -> String {
            "\(path):\(location.line):\(location.column): \(text)" + (checked == nil ? " (translation memory)" : "")
        }
    }

    /// Which text of an entry a group is keyed by, or varies in.
    enum Side {
        /// The normalized English source.
        case source
        /// The folded translation.
        case target
    }

    /// A group's identity: the locale and the text the group shares, compared byte for byte.
    ///
    /// The texts are normalized or folded forms: hashing their bytes skips the Unicode
    /// normalization that `String` hashing does for every non-ASCII text.
    fileprivate struct GroupKey: Hashable {
        var locale: String
        var text: String
        /// ``hash(locale:text:)`` of the two.
        var hash: Int

        static func == (first: GroupKey, second: GroupKey) -> Bool {
            first.hash == second.hash && TextNormalization.same(first.text, second.text) && first.locale == second.locale
        }

        func hash(into hasher: inout Hasher) { hasher.combine(hash) }

        /// The hash of a locale and a text, from their bytes.
        static func hash(locale: String, text: String) -> Int {
            var hasher = Hasher()
            var text = text, locale = locale
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            locale.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            return hasher.finalize()
        }
    }

    struct Group {
        var key: String
        var locale: String
        /// Each distinct text, with where it is written.
        var variants: [(text: String, places: [Entry])]

        func finding(rule: RuleDescriptor, what: String) -> Finding {
            // Every group holds a pair of the files checked: the finding is reported there.
            let first = variants.lazy.flatMap(\.places).first { $0.checked != nil }!
            let pair = first.checked!
            let notes = variants.flatMap { variant in variant.places.map { $0.note(variant.text) } }
            return Finding(ruleID: rule.id, severity: rule.defaultSeverity, category: rule.category,
                           message: "\(what) in \(locale): \(variants.map { "'\($0.text)'" }.joined(separator: " / "))",
                           notes: notes, path: first.path, location: first.location,
                           segmentID: pair.id, target: pair.target, source: pair.source)
        }
    }

    /// Each article's entries, as made on the thread that checked it.
    ///
    /// They are not copied into one array: a copy retains every string of every entry, and the
    /// corpus rules run only once all articles are in.
    var articles: [[Entry]] = []
    /// The paths of the files checked.
    var paths: [String] = []
    /// How many entries the articles hold.
    let count: Int

    /// The files checked, as absolute paths: their pairs in a ``TranslationIndex`` are not compared twice.
    var checkedPaths: Set<String> { Set(paths.map(Self.absolute)) }

    /// The entries of the articles at `paths`, each article's as made with its facts.
    init(entries: [[Entry]], paths: [String]) {
        articles = entries
        self.paths = paths
        count = entries.reduce(0) { $0 + $1.count }
    }

    /// Where an entry is: its article, and its place among the article's entries.
    struct Position {
        var article: Int32
        var index: Int32
    }

    subscript(position: Position) -> Entry {
        _read { yield articles[Int(position.article)][Int(position.index)] }
    }

    /// The entries of the pairs of one document: those whose English has three characters or more.
    static func entries(of pairs: [CheckedPair], locale: String?, path: String) -> [Entry] {
        guard let locale else { return [] }
        var entries: [Entry] = []
        entries.reserveCapacity(pairs.count)
        for pair in pairs where isLongerThanTwoCharacters(pair.source.plainText) {
            let segment = CheckedSegment(id: pair.pair.id.raw, target: pair.pair.target.text, source: pair.pair.source?.text)
            entries.append(Entry(locale: locale, source: pair.normalizedSource, target: pair.foldedTarget,
                                 path: path, checked: segment, location: pair.pair.range.start))
        }
        return entries
    }

    /// Whether `text` has three characters or more (counting only as far as needed).
    static func isLongerThanTwoCharacters(_ text: String) -> Bool {
        // Three or four leading printable ASCII bytes are as many characters (none joins the next, as CR LF does).
        let printable = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.count >= 3 && bytes.prefix(4).allSatisfy { (0x20...0x7E).contains($0) }
        }
        if printable == true { return true }
        return text.index(text.startIndex, offsetBy: 3, limitedBy: text.endIndex) != nil
    }

    static func absolute(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.path }

    /// The pairs of `index` with the locale and `key` of `entry`, but for those of the files checked.
    func stored(like entry: Entry, keyedBy key: Side, in index: any TranslationIndex, checkedPaths: Set<String>) -> [Entry] {
        let pairs = key == .source ? index.pairs(withNormalizedSource: entry.source, locale: entry.locale)
                                         : index.pairs(withFoldedTarget: entry.target, locale: entry.locale)
        return pairs.filter { !checkedPaths.contains(Self.absolute($0.path)) }.map { pair in
            Entry(locale: entry.locale, source: pair.normalizedSource, target: pair.foldedTarget, path: pair.path, checked: nil,
                  location: SourceLocation(line: pair.line, column: pair.column, offset: 0))
        }
    }

    /// Groups of entries with the same locale and `key`, whose `varying` texts differ, in first-seen order;
    /// with `stored`, the pairs of that index with the same locale and key join each group of the files checked.
    func groups(keyedBy key: Side, varying: Side, stored index: (any TranslationIndex)? = nil) -> [Group] {
        let checkedPaths = index == nil ? [] : self.checkedPaths
        // Number each distinct key in first-seen order; most occur once and never become a group.
        var ids: [GroupKey: Int] = Dictionary(minimumCapacity: count)
        var counts: [Int] = []
        var groupOf: [Int] = []
        groupOf.reserveCapacity(count)
        // By place: an entry is a large value, and copying one retains all its strings.
        for article in articles.indices {
            for place in articles[article].indices {
                guard !articles[article][place].text(key).isEmpty else { groupOf.append(-1); continue }
                let groupKey = articles[article][place].key(key)
                if let id = ids[groupKey] {
                    counts[id] += 1
                    groupOf.append(id)
                } else {
                    ids[groupKey] = counts.count
                    groupOf.append(counts.count)
                    counts.append(1)
                }
            }
        }
        // Unless the index may have the same text, a key seen once is no group: its entries are not gathered.
        var members = [[Position]](repeating: [], count: counts.count)
        var flat = 0
        for article in articles.indices {
            for place in articles[article].indices {
                let id = groupOf[flat]
                flat += 1
                guard id >= 0 && (counts[id] > 1 || index != nil) else { continue }
                members[id].append(Position(article: Int32(article), index: Int32(place)))
            }
        }
        return members.compactMap { positions in
            guard !positions.isEmpty else { return nil }
            if index == nil {
                // Most repeated texts have one variant: no group, nothing to copy.
                let first = self[positions[0]].text(varying)
                guard positions.dropFirst().contains(where: { !TextNormalization.same(self[$0].text(varying), first) }) else { return nil }
            }
            var members = positions.map { self[$0] }
            if let index { members += stored(like: members[0], keyedBy: key, in: index, checkedPaths: checkedPaths) }
            var variantOrder: [GroupKey] = []
            var places: [GroupKey: [Entry]] = [:]
            for member in members {
                let text = member.key(varying)
                if places[text] == nil { variantOrder.append(text) }
                places[text, default: []].append(member)
            }
            guard variantOrder.count > 1 else { return nil }
            return Group(key: members[0].text(key), locale: members[0].locale,
                         variants: variantOrder.map { ($0.text, places[$0]!) })
        }
    }
}

/// What a finding of a corpus rule shows of a pair of the files checked.
struct CheckedSegment {
    /// The segment id as written.
    var id: String
    /// The translation and the English source, as written.
    var target: String
    var source: String?
}
