import Foundation
import SideBySide
import SxsMarkup

/// A locale's procedure patterns as UTF-8 bytes, the form the step recognizer matches text with.
///
/// Words and phrases have their ASCII letters folded when the locale ignores case (as ``ByteSearch`` folds
/// them), the action phrases are gathered into one ``PhraseSet`` per search, and alert words and
/// "Applies to" headings are in lower case, all in the order the patterns list them. Compiling takes
/// longer than reading a short article, so each distinct set of patterns is compiled once per process
/// (``of(_:)``) and shared, immutable, by every recognizer that uses it.
final class CompiledProcedurePatterns: Sendable {
    /// The patterns compiled.
    let patterns: LocaleProcedurePatterns
    /// Whether phrases match regardless of the case of ASCII letters.
    let foldsCase: Bool
    /// Whether a phrase must not touch a letter on either side.
    let wordBoundaries: Bool
    /// Whether `**bold**` text is a label.
    let boldLabels: Bool
    /// Words after a label that name its control, in the order of ``LocaleProcedurePatterns/controls``.
    let controls: WordList
    /// The kind each of ``controls`` names, and its length in characters (the longest word that fits wins).
    let controlKinds: [(kind: ControlKind, characters: Int)]
    let locationWords: WordList
    let selectVerbs: Verbs
    let enterVerbs: Verbs
    let itemBeforeMenu: WordList
    /// The cascade separators as written (never folded).
    let cascadeSeparators: WordList
    /// The cascade separators without white space at either end.
    let trimmedCascadeSeparators: [Word]
    /// Clause separators as written (never folded).
    let clauseSeparators: WordList
    /// The clause separators' scalars when each is one scalar (as in every locale so far): the last clause
    /// then starts after the last separator of any kind.
    let clauseSeparatorScalars: [UInt32]?
    /// The label quotes as written (never folded): only pairs.
    let quotes: [(open: [UInt8], close: [UInt8])]
    let conditions: WordList
    /// The result phrases, found together.
    let results: PhraseSet
    /// Places, then every action kind's phrases but the informational ones, in order.
    let actionPhrases: ActionPhrases
    /// The informational phrases.
    let informationalPhrases: ActionPhrases
    /// The anchors of each place phrase (in ``actionPhrases``): the runs of its bytes that Markdown writes only
    /// as they are (``isAnchorByte(_:)``), its words mostly, of three bytes or more and starting a character,
    /// longest (the rarest, mostly) first. A place found in a paragraph's text holds each of them. Nil when a
    /// place phrase has none. See ``StepRecognizer/namedElementBound(inMarkdown:)``.
    let placeAnchors: [[[UInt8]]]?
    /// For each label quote, a byte of its opening mark that Markdown writes only as it is (neither a space, a
    /// line feed nor a byte of U+FFFD); nil when a mark has none.
    let quoteMarkBytes: [UInt8]?
    /// The alert words in lower case, kind by kind in the order of ``LocaleProcedurePatterns/alerts``.
    let alertWords: [Word]
    /// The kind of each of ``alertWords``.
    let alertKinds: [String]
    /// The "Applies to" headings in lower case.
    let appliesToHeadings: [Word]

    /// The compiled form of `patterns`: compiled on first use, then shared for equal patterns.
    static func of(_ patterns: LocaleProcedurePatterns) -> CompiledProcedurePatterns {
        lock.withLock {
            if let known = compiled[patterns.locale]?.first(where: { $0.patterns == patterns && $0.listsInSameOrder(patterns) }) {
                return known
            }
            let new = CompiledProcedurePatterns(patterns)
            compiled[patterns.locale, default: []].append(new)
            return new
        }
    }

    /// Whether `other` goes through its keyed words in the order these patterns do (equal dictionaries
    /// need not), so that the first word or kind to match is the same.
    private func listsInSameOrder(_ other: LocaleProcedurePatterns) -> Bool {
        patterns.controls.keys.elementsEqual(other.controls.keys) && patterns.places.keys.elementsEqual(other.places.keys)
            && patterns.alerts.keys.elementsEqual(other.alerts.keys)
            && patterns.appliesTo.clouds.keys.elementsEqual(other.appliesTo.clouds.keys)
    }

    private static let lock = NSLock()
    /// Every set of patterns compiled so far, by locale.
    nonisolated(unsafe) private static var compiled: [String: [CompiledProcedurePatterns]] = [:]

    /// Verbs before a label (in its clause) and right after it.
    struct Verbs: Sendable {
        var before: WordList
        var after: WordList
    }

    /// Phrases that are actions by themselves, and what each one means, by its index in the set.
    struct ActionPhrases: Sendable {
        var phrases: PhraseSet
        var meanings: [(kind: ActionKind, place: [String]?)]
    }

    /// A word to compare text with as `String`s compare, and its bytes when they are plain text
    /// (``UTF8Text/isPlain(_:)``): plain text equals plain text exactly when their bytes are equal.
    struct Word: Sendable {
        var string: String
        var plainBytes: [UInt8]?

        init(_ word: String) {
            var string = word
            self.string = string
            plainBytes = string.withUTF8 { UTF8Text.isPlain(0..<$0.count, in: $0) ? Array($0) : nil }
        }
    }

    private init(_ patterns: LocaleProcedurePatterns) {
        let foldsCase = patterns.caseInsensitive
        func bytes(_ phrase: String) -> [UInt8] { foldsCase ? phrase.utf8.map(\.asciiLowercased) : Array(phrase.utf8) }
        self.patterns = patterns
        self.foldsCase = foldsCase
        wordBoundaries = patterns.wordBoundaries
        boldLabels = patterns.labels.bold
        let controls = patterns.controls.flatMap { kind, words in words.map { (kind: kind, word: $0) } }
        self.controls = WordList(controls.map { bytes($0.word) })
        controlKinds = controls.map { (kind: $0.kind, characters: $0.word.count) }
        locationWords = WordList(patterns.locationWords.map(bytes))
        selectVerbs = Verbs(before: WordList(patterns.selectVerbs.before.map(bytes)), after: WordList(patterns.selectVerbs.after.map(bytes)))
        enterVerbs = Verbs(before: WordList(patterns.enterVerbs.before.map(bytes)), after: WordList(patterns.enterVerbs.after.map(bytes)))
        itemBeforeMenu = WordList(patterns.cascade.itemBeforeMenu.map(bytes))
        cascadeSeparators = WordList(patterns.cascade.separators.map { Array($0.utf8) })
        trimmedCascadeSeparators = patterns.cascade.separators.map { Word($0.trimmingWhitespace) }
        clauseSeparators = WordList(patterns.clauseSeparators.map { Array($0.utf8) })
        let separatorScalars = patterns.clauseSeparators.filter { !$0.isEmpty }.map(\.unicodeScalars)
        clauseSeparatorScalars = separatorScalars.allSatisfy { $0.count == 1 } ? separatorScalars.map { $0.first!.value } : nil
        quotes = patterns.labels.quotes.filter { $0.count == 2 }.map { (open: Array($0[0].utf8), close: Array($0[1].utf8)) }
        conditions = WordList(patterns.conditions.map(bytes))
        results = PhraseSet(patterns.results.map(bytes))

        var phrases: [[UInt8]] = [], meanings: [(kind: ActionKind, place: [String]?)] = []
        for (phrase, labels) in patterns.places {
            phrases.append(bytes(phrase))
            meanings.append((kind: .select, place: labels))
        }
        for kind in ActionKind.allCases where kind != .informational {
            for phrase in patterns.phrases[kind] ?? [] {
                phrases.append(bytes(phrase))
                meanings.append((kind: kind, place: nil))
            }
        }
        actionPhrases = ActionPhrases(phrases: PhraseSet(phrases), meanings: meanings)
        let anchors = patterns.places.keys.map { place in
            bytes(place).split(whereSeparator: { !Self.isAnchorByte($0) }).map(Array.init)
                .filter { $0.count >= 3 && $0[0] & 0xC0 != 0x80 }
                .enumerated().sorted { ($1.element.count, $0.offset) < ($0.element.count, $1.offset) }.map(\.element)
        }
        placeAnchors = anchors.contains(where: \.isEmpty) ? nil : anchors
        let markBytes = quotes.map { $0.open.first(where: Self.isMarkByte) }
        quoteMarkBytes = markBytes.allSatisfy { $0 != nil } ? markBytes.map { $0! } : nil
        let informational = patterns.phrases[.informational] ?? []
        informationalPhrases = ActionPhrases(phrases: PhraseSet(informational.map(bytes)),
                                             meanings: informational.map { _ in (kind: .informational, place: nil) })
        let alerts = patterns.alerts.flatMap { kind, words in words.map { (kind: kind, word: Word($0.lowercased())) } }
        alertWords = alerts.map(\.word)
        alertKinds = alerts.map(\.kind)
        appliesToHeadings = patterns.appliesTo.headings.map { Word($0.lowercased()) }
    }

    /// Whether a byte of a paragraph's text is a byte of its Markdown, wherever it is: what cmark-gfm writes
    /// there that the Markdown may not hold is a space or line feed (for a line ending, tab or quote marker),
    /// U+FFFD (for NUL and bytes that are not UTF-8) and what a character reference stands for (the Markdown
    /// then holds a `&`).
    private static func isMarkByte(_ byte: UInt8) -> Bool {
        byte != 0x20 && byte != 0x0A && byte != 0xEF && byte != 0xBF && byte != 0xBD
    }

    /// Whether a byte of a paragraph's text is, with the bytes of the same kind next to it in the text, next to
    /// them in its Markdown too: an ASCII letter or digit, or a byte of a character beyond ASCII but U+FFFD's.
    /// Neither a backslash escape (ASCII punctuation), white space nor markup comes between two of them in the
    /// text; a code span's backticks may, and a character reference may write one.
    static func isAnchorByte(_ byte: UInt8) -> Bool {
        if byte >= 0x80 { return isMarkByte(byte) }
        return (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
    }

    /// The alert kind a bold word opens (`注` → `NOTE`), as ``LocaleProcedurePatterns/alertKind(of:)`` finds it:
    /// colons and white space at either end aside, in any case.
    func alertKind(of word: String) -> String? {
        Self.withUTF8(word) { bytes in
            let key = UTF8Text.trimmed(UTF8Text.colonsTrimmed(0..<bytes.count, in: bytes), in: bytes)
            return Self.firstIndex(of: key, in: bytes, among: alertWords, lowercased: true).map { alertKinds[$0] }
        }
    }

    /// Whether the UTF-8 text `bytes` is an "Applies to" heading (colons and white space at either end aside, in any case).
    func isAppliesToHeading(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let key = UTF8Text.trimmed(UTF8Text.colonsTrimmed(0..<bytes.count, in: bytes), in: bytes)
        return Self.firstIndex(of: key, in: bytes, among: appliesToHeadings, lowercased: true) != nil
    }

    /// `body` of the UTF-8 bytes of `text`.
    private static func withUTF8<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var text = text
        return text.withUTF8(body)
    }

    /// Whether `bytes[window]`, white space at either end aside, is a cascade separator alone.
    func isCascadeSeparator(_ window: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        Self.firstIndex(of: UTF8Text.trimmed(window, in: bytes), in: bytes, among: trimmedCascadeSeparators, lowercased: false) != nil
    }

    /// The first of `words` equal to `bytes[key]` (lower-cased first if `lowercased`), compared as `String`s are.
    private static func firstIndex(of key: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, among words: [Word],
                                   lowercased: Bool) -> Int? {
        if UTF8Text.isPlain(key, in: bytes) {
            // Plain text is in lower case once its ASCII letters are.
            var string: String?
            return words.firstIndex { word in
                if let plain = word.plainBytes {
                    guard plain.count == key.count else { return false }
                    return lowercased ? zip(plain, bytes[key]).allSatisfy { $0 == $1.asciiLowercased } : plain.elementsEqual(bytes[key])
                }
                if string == nil {
                    string = String(decoding: lowercased ? bytes[key].map(\.asciiLowercased) : Array(bytes[key]), as: UTF8.self)
                }
                return word.string == string
            }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[key]), as: UTF8.self)
        let string = lowercased ? text.lowercased() : text
        return words.firstIndex { $0.string == string }
    }
}
