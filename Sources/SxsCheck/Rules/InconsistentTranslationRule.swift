import Foundation
import SideBySide
import SxsMarkup

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
        asciiLoosened(text) ?? loosenedByCharacter(text)
    }

    /// ``loosened(_:)`` of ASCII text (as nearly all English is), read byte by byte; nil for other text.
    ///
    /// In ASCII every scalar is a character of its own but for `\r\n` (white space, as its two scalars
    /// are), so lower case, the contractions, the words and their trimmed ends are the ones
    /// ``loosenedByCharacter(_:)`` finds.
    static func asciiLoosened(_ text: String) -> String? {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        // Lower case, "n't" spelled " not".
        var spelled: [UInt8] = []
        spelled.reserveCapacity(text.utf8.count + 8)
        var bytes = text.utf8.makeIterator()
        while let byte = bytes.next() {
            spelled.append(byte.asciiLowercased)
            let count = spelled.count
            if count >= 3, spelled[count - 3] == UInt8(ascii: "n"), spelled[count - 2] == UInt8(ascii: "'"),
               spelled[count - 1] == UInt8(ascii: "t") {
                spelled.replaceSubrange((count - 3)..., with: " not".utf8)
            }
        }
        var loose: [UInt8] = []
        loose.reserveCapacity(spelled.count)
        var words = 0
        spelled.withUnsafeBufferPointer { spelled in
            WordDiff.forEachASCIIWord(in: spelled, trimming: asciiPunctuation) { word in
                var end = word.upperBound
                if word.count > 3, spelled[end - 1] == UInt8(ascii: "s"), spelled[end - 2] != UInt8(ascii: "s") { end -= 1 }
                if words > 0 { loose.append(32) }
                loose += spelled[word.lowerBound..<end]
                words += 1
            }
        }
        return String(decoding: loose, as: UTF8.self)
    }

    /// Whether each ASCII byte is in `CharacterSet.punctuationCharacters`, by byte value.
    static let asciiPunctuation: [Bool] = (0..<128).map {
        CharacterSet.punctuationCharacters.contains(Unicode.Scalar(UInt8($0)))
    }

    /// ``loosened(_:)`` of any text, character by character.
    static func loosenedByCharacter(_ text: String) -> String {
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
    /// One pair as the corpus rules compare it: its locale, normalized source and folded target, and where it is.
    ///
    /// A class, never changed once made: the groups copy entries, and a reference is copied with one
    /// retain where a struct's copy retained its seven strings (making the struct also built it aside and
    /// copied it in).
    final class Entry: Sendable {
        let locale: String
        let source: String
        let target: String
        let path: String
        /// The pair as a finding shows it, when it is in the files checked; nil for a pair of a ``TranslationIndex``.
        let checked: CheckedSegment?
        /// Where the pair is written.
        let location: SourceLocation
        /// The hash of the locale with the source, and with the target: worked out when the entry
        /// is made (on the thread that checked its article), not by each corpus rule.
        let sourceHash: Int, targetHash: Int

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

        /// Whether the entry's source or target is empty.
        func isEmpty(_ side: Side) -> Bool { side == .source ? source.isEmpty : target.isEmpty }

        /// The hash of the entry's key on `side` (``GroupKey/hash``).
        func hash(_ side: Side) -> Int { side == .source ? sourceHash : targetHash }

        /// Whether the entry's key on `side` is `text` in `locale` (whose hashes are known to be equal):
        /// as their ``GroupKey``s compare, without making them.
        func hasKey(_ side: Side, text: String, locale: String) -> Bool {
            TextNormalization.same(self.text(side), text) && self.locale == locale
        }

        /// The entry's locale with its source or target, as a group's key.
        fileprivate func key(_ side: Side) -> GroupKey {
            side == .source ? GroupKey(locale: locale, text: source, hash: sourceHash)
                            : GroupKey(locale: locale, text: target, hash: targetHash)
        }

        /// Where the entry is written, and its text, for a finding's notes.
        ///
        /// The pieces' bytes are copied one after the other into a string made to their length: a group's
        /// notes are many, an interpolation grows its string piece by piece, and each append to a string
        /// (even one with room) cost hundreds of instructions.
        func note(_ text: String) -> String {
            let pieces = [path, ":", String(location.line), ":", String(location.column), ": ", text,
                          checked == nil ? " (translation memory)" : ""]
            return String(unsafeUninitializedCapacity: pieces.reduce(0) { $0 + $1.utf8.count }) { buffer in
                var written = 0
                for var piece in pieces {
                    piece.withUTF8 { bytes in
                        guard let base = bytes.baseAddress else { return }
                        (buffer.baseAddress! + written).update(from: base, count: bytes.count)
                        written += bytes.count
                    }
                }
                return written
            }
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
        ///
        /// Eight bytes at a time, multiplied and rotated in (as FxHash does), then finished with
        /// MurmurHash3's mixer so that the low bits, which pick a slot of ``KeyNumbers``, depend on every
        /// byte. `Hasher` (SipHash) costs several times as much per byte. Keys with equal hashes are
        /// always compared in full: the hash decides how fast groups are found, never which they are.
        static func hash(locale: String, text: String) -> Int {
            var text = text, locale = locale
            var state: UInt64 = 0
            locale.withUTF8 { state = mixed(state, $0) }
            text.withUTF8 { state = mixed(state, $0) }
            // MurmurHash3's 64-bit finalizer.
            state ^= state >> 33
            state &*= 0xFF51_AFD7_ED55_8CCD
            state ^= state >> 33
            state &*= 0xC4CE_B9FE_1A85_EC53
            state ^= state >> 33
            return Int(truncatingIfNeeded: state)
        }

        /// `state` with `bytes` and their count mixed in.
        @inline(__always)
        private static func mixed(_ state: UInt64, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
            var state = state
            func add(_ word: UInt64) { state = ((state << 5 | state >> 59) ^ word) &* 0x517C_C1B7_2722_0A95 }
            let raw = UnsafeRawBufferPointer(bytes)
            var offset = 0
            while offset + 8 <= raw.count {
                add(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                offset += 8
            }
            var tail: UInt64 = 0
            for index in offset..<raw.count { tail = tail << 8 | UInt64(raw[index]) }
            // The count ends the bytes: "ab" + "c" and "a" + "bc" differ.
            add(tail)
            add(UInt64(raw.count))
            return state
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
        var numbers = KeyNumbers(capacity: count)
        var firsts: [Position] = []
        var counts: [Int] = []
        var groupOf: [Int32] = []
        firsts.reserveCapacity(count)
        counts.reserveCapacity(count)
        groupOf.reserveCapacity(count)
        for (article, entries) in articles.enumerated() {
            for place in entries.indices {
                guard !entries[place].isEmpty(key) else { groupOf.append(-1); continue }
                let (id, isNew) = numbers.number(hash: entries[place].hash(key)) { id in
                    // In place: a copy of an entry retains all its strings.
                    let first = firsts[id]
                    return articles[Int(first.article)][Int(first.index)].hasKey(key, text: entries[place].text(key),
                                                                                 locale: entries[place].locale)
                }
                if isNew {
                    firsts.append(Position(article: Int32(article), index: Int32(place)))
                    counts.append(1)
                } else {
                    counts[id] += 1
                }
                groupOf.append(Int32(id))
            }
        }
        // Unless the index may have the same text, a key seen once is no group: its entries are not gathered.
        // The members of key `id` are `members[starts[id]..<starts[id + 1]]`, in order.
        var starts = [Int](repeating: 0, count: counts.count + 1)
        for id in counts.indices { starts[id + 1] = starts[id] + (counts[id] > 1 || index != nil ? counts[id] : 0) }
        var members = [Position](repeating: Position(article: 0, index: 0), count: starts[counts.count])
        var next = starts
        var flat = 0
        for article in articles.indices {
            for place in articles[article].indices {
                let id = Int(groupOf[flat])
                flat += 1
                guard id >= 0, next[id] < starts[id + 1] else { continue }
                members[next[id]] = Position(article: Int32(article), index: Int32(place))
                next[id] += 1
            }
        }
        return counts.indices.compactMap { id in
            let positions = members[starts[id]..<starts[id + 1]]
            guard let firstPosition = positions.first else { return nil }
            if index == nil {
                // Most repeated texts have one variant: no group, nothing to copy.
                let first = self[firstPosition].text(varying)
                guard positions.dropFirst().contains(where: { !TextNormalization.same(self[$0].text(varying), first) }) else { return nil }
            }
            var members = positions.map { self[$0] }
            if let index { members += stored(like: members[0], keyedBy: key, in: index, checkedPaths: checkedPaths) }
            var variantOrder: [GroupKey] = []
            var places = [GroupKey: [Entry]](minimumCapacity: members.count)
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

    /// The distinct keys of entries numbered in the order they are first seen, found by the hashes the
    /// entries were made with: an open-addressing table, where a `Dictionary` would hash each key again.
    struct KeyNumbers {
        /// Each slot's key number plus one; 0 in an empty slot.
        private var slots: [Int32]
        /// The slot count less one (the count is a power of two).
        private let mask: Int
        /// The hash of each key, by number.
        private var hashes: [Int] = []

        /// A table for up to `capacity` keys.
        init(capacity: Int) {
            var size = 16
            while size < 2 * capacity { size <<= 1 }
            slots = [Int32](repeating: 0, count: size)
            mask = size - 1
            hashes.reserveCapacity(capacity)
        }

        /// The number of the key with `hash` that `isKey` (of a number) says is the one looked for,
        /// and whether it is new: a key not seen before gets the next number.
        mutating func number(hash: Int, isKey: (Int) -> Bool) -> (number: Int, isNew: Bool) {
            var slot = Int(UInt(bitPattern: hash) & UInt(mask))
            while true {
                let stored = Int(slots[slot])
                if stored == 0 {
                    let number = hashes.count
                    slots[slot] = Int32(number + 1)
                    hashes.append(hash)
                    return (number, true)
                }
                if hashes[stored - 1] == hash, isKey(stored - 1) { return (stored - 1, false) }
                slot = (slot + 1) & mask
            }
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
