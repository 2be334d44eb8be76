import Foundation
import SideBySide
import Yams

/// The words and phrases by which one locale's articles write procedures, loaded from `procedures.yml`.
///
/// All matching is on plain text (markup already removed): a phrase is a substring, a control
/// word is a prefix of the text right after a label, a verb is a word in the clause before the label
/// or a prefix of the text after it. The locale files document every key in comments.
public struct LocaleProcedurePatterns: Sendable, Hashable, Decodable {
    /// The locale the file is for (`zh-CN`).
    public var locale: String
    /// Whether phrases match regardless of case (English).
    public var caseInsensitive: Bool
    /// Whether a phrase must not touch a letter on either side (languages that put spaces between words).
    public var wordBoundaries: Bool
    /// How UI labels are written.
    public var labels: LabelStyles
    /// Words right after a label that say what control it is, by control kind.
    public var controls: [ControlKind: [String]]
    /// Words right after a label that make it a region of the page (`section`): no action.
    public var locationWords: [String]
    /// Verbs that make a label something to select.
    public var selectVerbs: VerbPatterns
    /// Verbs that make a label a field to enter a value in.
    public var enterVerbs: VerbPatterns
    /// How menu cascades are written.
    public var cascade: CascadePatterns
    /// Phrases that are actions by themselves, without a label, by action kind.
    public var phrases: [ActionKind: [String]]
    /// Places of the product a step names in words, not as a bold label ("in your customer list"), and
    /// the labels, in this locale's UI strings, of the menu cascade that leads there: a reader who is
    /// elsewhere goes there first.
    public var places: [String: [String]]
    /// Phrases that make a step optional when its command starts with them, before its first action.
    public var conditions: [String]
    /// Phrases that make a further paragraph of a step its result.
    public var results: [String]
    /// Characters or words that end a clause, to find the verb that belongs to a label.
    public var clauseSeparators: [String]
    /// The "Applies to" list.
    public var appliesTo: AppliesToPatterns
    /// The bold words that open an alert written as a quote (`> **Note**<br>`), by alert kind (`NOTE`).
    /// Such a word is never a UI label.
    public var alerts: [String: [String]]

    /// How UI labels are written in a locale.
    public struct LabelStyles: Sendable, Hashable, Decodable {
        /// Whether `**bold**` text is a label.
        public var bold: Bool
        /// Brackets inside the bold that enclose the label (ja-JP: `**[ラベル]**`), or nil.
        public var boldBrackets: [String]?
        /// Plain-text quotes that can enclose a label (zh-CN: `“标签”`): a label only next to a control word or verb.
        public var quotes: [[String]]
    }

    /// Verbs found before a label (in its clause) or right after it.
    public struct VerbPatterns: Sendable, Hashable, Decodable {
        public var before: [String]
        public var after: [String]
    }

    /// How a menu cascade is written.
    public struct CascadePatterns: Sendable, Hashable, Decodable {
        /// Separators between the labels of a cascade (` > `, `›`).
        public var separators: [String]
        /// Words before a menu that put its item before it ("Select **X** from the **Y** menu").
        public var itemBeforeMenu: [String]
    }

    /// The heading of the "Applies to" list and the clouds it names.
    public struct AppliesToPatterns: Sendable, Hashable, Decodable {
        /// The heading or bold paragraph words (`Applies to`, `适用于`).
        public var headings: [String]
        /// Cloud ids and the names they are written as.
        public var clouds: [String: [String]]
    }

    private enum CodingKeys: String, CodingKey {
        case locale, caseInsensitive, wordBoundaries, labels, controls, locationWords, selectVerbs, enterVerbs,
             cascade, phrases, places, conditions, results, clauseSeparators, appliesTo, alerts
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        locale = try container.decode(String.self, forKey: .locale)
        caseInsensitive = try container.decodeIfPresent(Bool.self, forKey: .caseInsensitive) ?? false
        wordBoundaries = try container.decodeIfPresent(Bool.self, forKey: .wordBoundaries) ?? false
        labels = try container.decode(LabelStyles.self, forKey: .labels)
        let rawControls = try container.decode([String: [String]].self, forKey: .controls)
        controls = try Self.keyed(rawControls, as: ControlKind.self, key: .controls, in: container)
        locationWords = try container.decodeIfPresent([String].self, forKey: .locationWords) ?? []
        selectVerbs = try container.decode(VerbPatterns.self, forKey: .selectVerbs)
        enterVerbs = try container.decode(VerbPatterns.self, forKey: .enterVerbs)
        cascade = try container.decode(CascadePatterns.self, forKey: .cascade)
        let rawPhrases = try container.decode([String: [String]].self, forKey: .phrases)
        phrases = try Self.keyed(rawPhrases, as: ActionKind.self, key: .phrases, in: container)
        places = try container.decodeIfPresent([String: [String]].self, forKey: .places) ?? [:]
        if let place = places.first(where: { $0.value.isEmpty }) {
            throw DecodingError.dataCorruptedError(forKey: .places, in: container, debugDescription: "place '\(place.key)' names no label")
        }
        conditions = try container.decodeIfPresent([String].self, forKey: .conditions) ?? []
        results = try container.decodeIfPresent([String].self, forKey: .results) ?? []
        clauseSeparators = try container.decode([String].self, forKey: .clauseSeparators)
        appliesTo = try container.decode(AppliesToPatterns.self, forKey: .appliesTo)
        alerts = try container.decodeIfPresent([String: [String]].self, forKey: .alerts) ?? [:]
    }

    /// The alert kind a bold word opens (`注` → `NOTE`), if it is one.
    public func alertKind(of word: String) -> String? {
        var word = word
        let unpunctuated = word.withUTF8 { bytes in
            String(decoding: UnsafeBufferPointer(rebasing: bytes[UTF8Text.colonsTrimmed(0..<bytes.count, in: bytes)]), as: UTF8.self)
        }
        let trimmed = unpunctuated.trimmingWhitespace.lowercased()
        return alerts.first { $0.value.contains { $0.lowercased() == trimmed } }?.key
    }

    private static func keyed<Key: RawRepresentable & Hashable>(
        _ raw: [String: [String]], as: Key.Type, key: CodingKeys, in container: KeyedDecodingContainer<CodingKeys>
    ) throws -> [Key: [String]] where Key.RawValue == String {
        var result: [Key: [String]] = [:]
        for (name, words) in raw {
            guard let typed = Key(rawValue: name) else {
                throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "unknown kind '\(name)'")
            }
            result[typed] = words
        }
        return result
    }

    /// Reads patterns from the YAML text of a `procedures.yml`.
    public init(yaml: String) throws {
        self = try YAMLDecoder().decode(LocaleProcedurePatterns.self, from: yaml)
    }

    /// Reads `DIRECTORY/LOCALE/procedures.yml`.
    public static func load(locale: String, from directory: String) throws -> LocaleProcedurePatterns {
        let path = (directory as NSString).appendingPathComponent("\(locale)/procedures.yml")
        let bytes = try FileIO.read(path)
        do {
            return try LocaleProcedurePatterns(yaml: String(decoding: bytes, as: UTF8.self))
        } catch {
            throw LocalePatternsError(path: path, message: "\(error)")
        }
    }

    /// The cloud id of an "Applies to" entry, if its name is known.
    public func cloud(named name: String) -> String? {
        let trimmed = name.trimmingWhitespace
        return appliesTo.clouds.first { $0.value.contains { $0.compare(trimmed, options: .caseInsensitive) == .orderedSame } }?.key
    }
}

/// A locale's procedure patterns could not be read.
public struct LocalePatternsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file.
    public var path: String
    /// What is wrong with it.
    public var message: String

    public var description: String { "\(path): \(message)" }
}

/// The procedure patterns of every locale an extraction needs, loaded once.
public struct ProcedureLocales: Sendable {
    /// The folder the locale folders are in.
    public var directory: String
    private var loaded: [String: LocaleProcedurePatterns] = [:]

    public init(directory: String) {
        self.directory = directory
    }

    /// The patterns of `locale`, read on first use.
    public mutating func patterns(for locale: String) throws -> LocaleProcedurePatterns {
        if let patterns = loaded[locale] { return patterns }
        let patterns = try LocaleProcedurePatterns.load(locale: locale, from: directory)
        loaded[locale] = patterns
        return patterns
    }
}
