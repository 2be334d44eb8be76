import Foundation
import SideBySide
import Yams

/// Which rules run, how serious their findings are, per path: from `.sxs.yml` and the command line.
///
/// ```yaml
/// rules:
///   untranslated: off              # or: error | warning | note | on
///   end-punctuation: error
/// overrides:
///   - paths: ["Archive/"]          # path prefixes or substrings, relative to the file
///     rules: { untranslated: off }
/// allowlist: [Contoso, Fabrikam]   # names that may stay in English, every locale
/// ```
public struct CheckConfiguration: Sendable, Hashable {
    /// A rule's setting: off, or on with a severity (nil: its default).
    public enum Setting: Sendable, Hashable {
        case off
        case on(Diagnostic.Severity?)
    }

    /// Settings by rule id.
    public var rules: [String: Setting]
    /// Settings that apply to files whose path contains one of `paths`.
    public var overrides: [(paths: [String], rules: [String: Setting])]
    /// Names that may stay in English in every locale.
    public var allowlist: [String]
    /// The file the configuration was read from, if any.
    public var file: String?

    public init(rules: [String: Setting] = [:], overrides: [(paths: [String], rules: [String: Setting])] = [],
                allowlist: [String] = [], file: String? = nil) {
        self.rules = rules
        self.overrides = overrides
        self.allowlist = allowlist
        self.file = file
    }

    public static func == (lhs: CheckConfiguration, rhs: CheckConfiguration) -> Bool {
        lhs.rules == rhs.rules && lhs.allowlist == rhs.allowlist && lhs.file == rhs.file
            && lhs.overrides.count == rhs.overrides.count
            && zip(lhs.overrides, rhs.overrides).allSatisfy { $0.paths == $1.paths && $0.rules == $1.rules }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(allowlist)
        hasher.combine(file)
    }

    /// The severity of `rule`'s findings in the file at `path`, or nil when the rule is off there.
    public func severity(of rule: RuleDescriptor, at path: String) -> Diagnostic.Severity? {
        var setting = rules[rule.id] ?? .on(nil)
        for override in overrides where override.paths.contains(where: { path.contains($0) }) {
            if let ruleSetting = override.rules[rule.id] { setting = ruleSetting }
        }
        switch setting {
        case .off: return nil
        case .on(let severity): return severity ?? rule.defaultSeverity
        }
    }

    /// The `.sxs.yml` nearest to `path`: in its folder or the closest folder above it.
    public static func locate(from path: String) -> String? {
        var folder = URL(fileURLWithPath: path).standardizedFileURL
        var isDirectory: ObjCBool = false
        if !(FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) && isDirectory.boolValue) {
            folder.deleteLastPathComponent()
        }
        while true {
            let candidate = folder.appendingPathComponent(".sxs.yml").path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    /// Reads a configuration file; unknown rule ids and bad values are errors with their line.
    public static func load(_ path: String) throws -> CheckConfiguration {
        let text = String(decoding: try FileIO.read(path), as: UTF8.self)
        let root: Node?
        do {
            root = try Yams.compose(yaml: text, .basic)
        } catch {
            throw FileIOError(path: path, message: "is not valid YAML: \(error)")
        }
        var configuration = CheckConfiguration(file: path)
        guard let root else { return configuration }
        guard case .mapping(let mapping) = root else {
            throw FileIOError(path: path, message: "must be a mapping with rules, overrides and allowlist")
        }
        for (key, value) in mapping {
            switch key.string {
            case "rules": configuration.rules = try settings(value, path: path)
            case "overrides":
                for item in value.sequence ?? [] {
                    let paths = item["paths"]?.sequence?.compactMap(\.string) ?? []
                    configuration.overrides.append((paths, try item["rules"].map { try settings($0, path: path) } ?? [:]))
                }
            case "allowlist": configuration.allowlist = value.sequence?.compactMap(\.string) ?? []
            default:
                throw FileIOError(path: path, message: "\(key.mark?.line ?? 0):1: unknown key '\(key.string ?? "")': expected rules, overrides or allowlist")
            }
        }
        return configuration
    }

    private static func settings(_ node: Node, path: String) throws -> [String: Setting] {
        guard case .mapping(let mapping) = node else { return [:] }
        var result: [String: Setting] = [:]
        for (key, value) in mapping {
            let id = key.string ?? ""
            let line = key.mark?.line ?? 0
            guard RuleRegistry.descriptor(id) != nil else {
                throw FileIOError(path: path, message: "\(line):1: unknown rule '\(id)' (sxs check --list-rules lists them)")
            }
            result[id] = try setting(value.string ?? "", path: path, line: line)
        }
        return result
    }

    /// `off`, `on`, or a severity.
    public static func setting(_ text: String, path: String = "", line: Int = 0) throws -> Setting {
        switch text.lowercased() {
        case "off", "false", "no": return .off
        case "on", "true", "yes": return .on(nil)
        case "error", "warning", "note": return .on(Diagnostic.Severity(rawValue: text.lowercased()))
        default:
            throw FileIOError(path: path, message: "\(line):1: '\(text)' is not a rule setting: use off, on, error, warning or note")
        }
    }
}
