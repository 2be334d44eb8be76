import Foundation
import SideBySide

/// Findings already known, so that a check reports only new ones: a JSON file of fingerprints.
public struct Baseline: Sendable, Hashable {
    /// The fingerprints of the known findings (``Finding/fingerprint``).
    public var fingerprints: Set<String>

    public init(fingerprints: Set<String> = []) { self.fingerprints = fingerprints }

    public init(findings: [Finding]) { fingerprints = Set(findings.map(\.fingerprint)) }

    /// Whether the finding is a known one. An empty baseline (the usual check) knows none: the finding's
    /// fingerprint, a hash of its texts, is then not worked out.
    public func contains(_ finding: Finding) -> Bool { !fingerprints.isEmpty && fingerprints.contains(finding.fingerprint) }

    /// Reads a baseline written by ``write(_:to:)``.
    public static func load(_ path: String) throws -> Baseline {
        let data = Data(try FileIO.read(path))
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let findings = object["findings"] as? [[String: Any]] else {
            throw FileIOError(path: path, message: "is not an sxs baseline (a JSON object with a findings array)")
        }
        return Baseline(fingerprints: Set(findings.compactMap { $0["fingerprint"] as? String }))
    }

    /// Writes `findings` as a baseline, atomically.
    public static func write(_ findings: [Finding], to path: String) throws {
        let entries = findings.map { finding in
            JSONValue.object([("rule", .string(finding.ruleID)), ("path", .string(finding.path)),
                              ("segment", finding.segmentID.map(JSONValue.string) ?? .null),
                              ("fingerprint", .string(finding.fingerprint))])
        }
        let document = JSONValue.object([("version", .int(1)), ("findings", .array(entries))])
        try FileIO.writeAtomically(Array((document.serialized + "\n").utf8), to: path)
    }
}
