/// The YAML front matter of an article: raw text, entries in order, and the typed ms.* metadata.
public struct FrontMatter: Sendable, Hashable {
    /// The whole front matter as written, from the opening `---` through the closing line's ending.
    public var raw: String
    /// Where the front matter is in the file.
    public var range: SourceRange
    /// The top-level entries, in the order they are written.
    public var entries: [FrontMatterEntry]

    public init(raw: String, range: SourceRange, entries: [FrontMatterEntry]) {
        self.raw = raw
        self.range = range
        self.entries = entries
    }

    /// The value of the top-level key `key`, as text (a list is joined with ", ").
    public subscript(key: String) -> String? {
        entries.first { $0.key == key }?.value.text
    }

    /// `ms.contentlocale`: the locale the article is translated into (`zh-CN`).
    public var contentLocale: String? { self["ms.contentlocale"] }
    /// `ms.translationtype`: human (HT) or machine (MT) translation.
    public var translationType: TranslationType? { self["ms.translationtype"].flatMap(TranslationType.init(rawValue:)) }
    /// `ms.openlocfilehash`: the localization system's hash of the file.
    public var openLocFileHash: String? { self["ms.openlocfilehash"] }
    /// `ms.sourcegitcommit`: the commit of the English source the translation was made from.
    public var sourceGitCommit: String? { self["ms.sourcegitcommit"] }
    /// `ms.lasthandoff`: the date of the last hand-off to translation, as written (`06/09/2017`).
    public var lastHandoff: String? { self["ms.lasthandoff"] }
    /// `ms.locfileid`: the localization system's file id.
    public var locFileID: String? { self["ms.locfileid"] }
    /// `ms.assetid`: the article's stable id, the same in every locale.
    public var assetID: String? { self["ms.assetid"] }

    /// The keys whose values are translated in place: they hold target text and no English source.
    public static let translatedKeys: Set<String> = ["title", "description", "keywords"]

    /// The entries present whose values are translated in place, in order.
    public var translatedEntries: [FrontMatterEntry] {
        entries.filter { Self.translatedKeys.contains($0.key) }
    }
}

/// One top-level `key: value` of the front matter.
public struct FrontMatterEntry: Sendable, Hashable {
    /// The key as written.
    public var key: String
    /// The value.
    public var value: FrontMatterValue
    /// The line the key is on.
    public var line: Int

    public init(key: String, value: FrontMatterValue, line: Int) {
        self.key = key
        self.value = value
        self.line = line
    }

    /// Whether the value is translated in place (title, description, keywords).
    public var isTranslatedInPlace: Bool { FrontMatter.translatedKeys.contains(key) }
}

/// A front-matter value: a scalar, a list, or a nested mapping.
public indirect enum FrontMatterValue: Sendable, Hashable {
    case scalar(String)
    case list([FrontMatterValue])
    case mapping([(String, FrontMatterValue)])

    public static func == (lhs: FrontMatterValue, rhs: FrontMatterValue) -> Bool {
        switch (lhs, rhs) {
        case let (.scalar(a), .scalar(b)): return a == b
        case let (.list(a), .list(b)): return a == b
        case let (.mapping(a), .mapping(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .scalar(let text): hasher.combine(0); hasher.combine(text)
        case .list(let items): hasher.combine(1); hasher.combine(items)
        case .mapping(let pairs):
            hasher.combine(2)
            for (key, value) in pairs { hasher.combine(key); hasher.combine(value) }
        }
    }

    /// The value as one line of text: a scalar itself, a list joined with ", ".
    public var text: String {
        switch self {
        case .scalar(let text): return text
        case .list(let items): return items.map(\.text).joined(separator: ", ")
        case .mapping(let pairs): return pairs.map { "\($0.0): \($0.1.text)" }.joined(separator: ", ")
        }
    }
}

/// Whether a translation was made by people or by machine, as `ms.translationtype` says.
public enum TranslationType: String, Sendable, Hashable, Codable {
    case human = "HT"
    case machine = "MT"
}
