import Foundation

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
    let controls: [ControlWord]
    let locationWords: [[UInt8]]
    let selectVerbs: Verbs
    let enterVerbs: Verbs
    let itemBeforeMenu: [[UInt8]]
    /// The cascade separators as written (never folded).
    let cascadeSeparators: [[UInt8]]
    /// The cascade separators without white space at either end, as `String`s (compared as text).
    let trimmedCascadeSeparators: [String]
    /// Clause separators as written (never folded).
    let clauseSeparators: [[UInt8]]
    /// The clause separators' scalars when each is one scalar (as in every locale so far): the last clause
    /// then starts after the last separator of any kind.
    let clauseSeparatorScalars: [UInt32]?
    /// The label quotes as written (never folded): only pairs.
    let quotes: [(open: [UInt8], close: [UInt8])]
    let conditions: [[UInt8]]
    let results: [[UInt8]]
    /// Places, then every action kind's phrases but the informational ones, in order.
    let actionPhrases: ActionPhrases
    /// The informational phrases.
    let informationalPhrases: ActionPhrases
    /// The alert words by kind, in lower case, in the order of ``LocaleProcedurePatterns/alerts``.
    let alerts: [(kind: String, words: [LowercaseWord])]
    /// The "Applies to" headings in lower case.
    let appliesToHeadings: [LowercaseWord]

    /// The compiled form of `patterns`: compiled on first use, then shared for equal patterns.
    static func of(_ patterns: LocaleProcedurePatterns) -> CompiledProcedurePatterns {
        lock.withLock {
            if let known = compiled[patterns.locale]?.first(where: { $0.patterns == patterns }) { return known }
            let new = CompiledProcedurePatterns(patterns)
            compiled[patterns.locale, default: []].append(new)
            return new
        }
    }

    private static let lock = NSLock()
    /// Every set of patterns compiled so far, by locale.
    nonisolated(unsafe) private static var compiled: [String: [CompiledProcedurePatterns]] = [:]

    /// A control word and its length in characters (the longest word that fits wins).
    struct ControlWord: Sendable {
        var kind: ControlKind
        var word: [UInt8]
        var characters: Int
    }

    /// Verbs before a label (in its clause) and right after it.
    struct Verbs: Sendable {
        var before: [[UInt8]]
        var after: [[UInt8]]
    }

    /// Phrases that are actions by themselves, and what each one means, by its index in the set.
    struct ActionPhrases: Sendable {
        var phrases: PhraseSet
        var meanings: [(kind: ActionKind, place: [String]?)]
    }

    /// A word in lower case, and its bytes when they are plain text (``UTF8Text/isPlain(_:)``), so that
    /// comparing it with plain text is comparing bytes.
    struct LowercaseWord: Sendable {
        var string: String
        var plainBytes: [UInt8]?

        init(_ word: String) {
            var string = word.lowercased()
            self.string = string
            plainBytes = string.withUTF8 { UTF8Text.isPlain(0..<$0.count, in: $0) ? Array($0) : nil }
        }
    }

    private init(_ patterns: LocaleProcedurePatterns) {
        let foldsCase = patterns.caseInsensitive
        func bytes(_ phrase: String) -> [UInt8] { foldsCase ? phrase.utf8.map(UTF8Text.folded) : Array(phrase.utf8) }
        self.patterns = patterns
        self.foldsCase = foldsCase
        wordBoundaries = patterns.wordBoundaries
        boldLabels = patterns.labels.bold
        controls = patterns.controls.flatMap { kind, words in
            words.map { ControlWord(kind: kind, word: bytes($0), characters: $0.count) }
        }
        locationWords = patterns.locationWords.map(bytes)
        selectVerbs = Verbs(before: patterns.selectVerbs.before.map(bytes), after: patterns.selectVerbs.after.map(bytes))
        enterVerbs = Verbs(before: patterns.enterVerbs.before.map(bytes), after: patterns.enterVerbs.after.map(bytes))
        itemBeforeMenu = patterns.cascade.itemBeforeMenu.map(bytes)
        cascadeSeparators = patterns.cascade.separators.map { Array($0.utf8) }
        trimmedCascadeSeparators = patterns.cascade.separators.map(\.trimmingWhitespace)
        clauseSeparators = patterns.clauseSeparators.map { Array($0.utf8) }
        let separatorScalars = patterns.clauseSeparators.filter { !$0.isEmpty }.map(\.unicodeScalars)
        clauseSeparatorScalars = separatorScalars.allSatisfy { $0.count == 1 } ? separatorScalars.map { $0.first!.value } : nil
        quotes = patterns.labels.quotes.filter { $0.count == 2 }.map { (open: Array($0[0].utf8), close: Array($0[1].utf8)) }
        conditions = patterns.conditions.map(bytes)
        results = patterns.results.map(bytes)

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
        let informational = patterns.phrases[.informational] ?? []
        informationalPhrases = ActionPhrases(phrases: PhraseSet(informational.map(bytes)),
                                             meanings: informational.map { _ in (kind: .informational, place: nil) })
        alerts = patterns.alerts.map { kind, words in (kind: kind, words: words.map(LowercaseWord.init)) }
        appliesToHeadings = patterns.appliesTo.headings.map(LowercaseWord.init)
    }

    /// The alert kind a bold word opens (`注` → `NOTE`), as ``LocaleProcedurePatterns/alertKind(of:)`` finds it.
    func alertKind(of word: String) -> String? {
        var word = word
        return word.withUTF8 { bytes in
            let key = UTF8Text.colonsTrimmed(0..<bytes.count, in: bytes)
            return alerts.first { Self.contains($0.words, key: key, in: bytes) }?.kind
        }
    }

    /// Whether `text` is an "Applies to" heading (colons and white space at either end aside, in any case).
    func isAppliesToHeading(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            Self.contains(appliesToHeadings, key: UTF8Text.colonsTrimmed(0..<bytes.count, in: bytes), in: bytes)
        }
    }

    /// Whether `words` holds `bytes[key]` with white space trimmed, in lower case (compared as `String`s are).
    private static func contains(_ words: [LowercaseWord], key: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let trimmed = UTF8Text.trimmed(key, in: bytes)
        if UTF8Text.isPlain(trimmed, in: bytes) {
            // Plain text is in lower case once its ASCII letters are, and equal to other plain text only byte for byte.
            var lowered: String?
            return words.contains { word in
                if let plain = word.plainBytes {
                    guard plain.count == trimmed.count else { return false }
                    return zip(plain, bytes[trimmed]).allSatisfy { $0 == UTF8Text.folded($1) }
                }
                if lowered == nil { lowered = String(decoding: bytes[trimmed].map(UTF8Text.folded), as: UTF8.self) }
                return word.string == lowered
            }
        }
        let lowered = String(decoding: UnsafeBufferPointer(rebasing: bytes[trimmed]), as: UTF8.self).lowercased()
        return words.contains { $0.string == lowered }
    }
}
