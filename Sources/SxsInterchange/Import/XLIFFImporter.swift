import SideBySide
import SxsMarkup

/// Rebuilds an article from an XLIFF file back from translation: the skeleton, with each unit's target in its slot.
///
/// A target is checked against the codes its slot expects: each paired and standalone code once,
/// by id, as the right kind, with markup found, pairs closed in order. A unit whose target breaks
/// that (a code missing, duplicated, renamed to an unknown id, pairs that cross, a `dataRef` to
/// missing data), or would write segment `<span>` markup, is reported as an error and not written:
/// the article keeps its original target there, and every other unit is written. Units without a
/// slot (marked not translatable at export, or added by a tool) have nowhere to go and are ignored.
public struct XLIFFImporter {
    /// The rebuilt article and what was found.
    public struct Result: Sendable {
        /// The article's bytes.
        public var bytes: [UInt8]
        /// Errors for units not written, warnings for units missing from the file; located in the XLIFF file.
        public var diagnostics: [Diagnostic]
        /// How many units got a target different from the one exported.
        public var changedUnits: Int
    }

    private let tokenizer = HTMLTokenizer()

    public init() {}

    /// The article `translation` stands for; `file` is the XLIFF file's text, to locate diagnostics in it.
    public func rebuild(_ translation: XLIFFTranslation, file: SourceText) -> Result {
        var replacements: [String: [UInt8]] = [:]
        var diagnostics: [Diagnostic] = []
        var changed = 0
        for slot in translation.skeleton.slots {
            guard let unit = translation.units[slot.unitID] else {
                diagnostics.append(Diagnostic(
                    severity: .warning, code: "xliff-missing-unit",
                    message: "unit \(slot.unitID) is not in the file, so its segment keeps the target it was exported with",
                    location: Self.location(line: 1, in: file)))
                continue
            }
            guard let target = unit.target else { continue }
            switch check(target, against: slot, unit: unit) {
            case .failure(let problem):
                diagnostics.append(Diagnostic(
                    severity: .error, code: problem.code,
                    message: "unit \(unit.id): \(problem.message); the unit is not written, its segment keeps its original target",
                    location: Self.location(line: problem.line ?? unit.line, in: file)))
            case .success(let text):
                let original = slot.escaping.unescape(slot.original)
                guard Array(text.utf8) != original else { continue }
                // A span opened first makes libxml2 report a stray </span> too.
                let probe = "<span>" + text
                if let span = tokenizer.tags(in: probe).dropFirst().first(where: { $0.name == "span" }) {
                    let tag = String(decoding: Array(probe.utf8)[span.range], as: UTF8.self)
                    diagnostics.append(Diagnostic(
                        severity: .error, code: "xliff-segment-markup",
                        message: "unit \(unit.id): the target writes the tag \(tag), which would break the article's segment spans; the unit is not written, its segment keeps its original target",
                        location: Self.location(line: unit.line, in: file)))
                    continue
                }
                replacements[slot.unitID] = slot.escaping.escape(text)
                changed += 1
            }
        }
        return Result(bytes: translation.skeleton.assemble(replacements), diagnostics: diagnostics.sorted { $0.location < $1.location },
                      changedUnits: changed)
    }

    /// Why a target cannot be written.
    struct Problem: Error {
        var code = "xliff-inline-code"
        var message: String
        var line: Int?
    }

    /// The target's text with every code's markup, or the first reason it cannot be written.
    func check(_ tokens: [TargetToken], against slot: TargetSlot, unit: TranslatedUnit) -> Swift.Result<String, Problem> {
        let paired = Set(slot.pairedCodes), standalone = Set(slot.standaloneCodes)
        var seen: Set<String> = []
        var open: [String] = []
        var text = ""
        let expected = (slot.pairedCodes + slot.standaloneCodes).sorted { (Int($0) ?? 0, $0) < (Int($1) ?? 0, $1) }
        let expectation = expected.isEmpty ? "the target should have no codes" : "its codes are \(expected.joined(separator: ", "))"

        func accept(_ code: TargetCode, as kind: InlineCode.Kind) -> Problem? {
            if let problem = code.problem { return Problem(message: "inline code \(code.id) (<\(code.element)>): \(problem)", line: code.line) }
            guard paired.contains(code.id) || standalone.contains(code.id) else {
                return Problem(message: "inline code '\(code.id)' (<\(code.element)>) is not one of the unit's codes (\(expectation)): a renamed or invented code cannot be matched to the article's markup", line: code.line)
            }
            if kind == .standalone, paired.contains(code.id) {
                return Problem(message: "inline code \(code.id) is paired markup but is written as a standalone <\(code.element)>, so its closing markup would be lost", line: code.line)
            }
            if kind == .paired, standalone.contains(code.id) {
                return Problem(message: "inline code \(code.id) is standalone markup but is written as the start of a pair (<\(code.element)>)", line: code.line)
            }
            guard !seen.contains(code.id) else {
                return Problem(message: "inline code \(code.id) appears twice in the target, so its markup (\(code.markup ?? "")) would be written twice", line: code.line)
            }
            seen.insert(code.id)
            text += code.markup ?? ""
            return nil
        }

        for token in tokens {
            switch token {
            case .text(let piece):
                text += piece
            case .placeholder(let code):
                if let problem = accept(code, as: .standalone) { return .failure(problem) }
            case .open(let code):
                if let problem = accept(code, as: .paired) { return .failure(problem) }
                open.append(code.id)
            case .close(let code):
                if let problem = code.problem { return .failure(Problem(message: "the end of inline code \(code.id) (<\(code.element)>): \(problem)", line: code.line)) }
                guard let last = open.last else {
                    return .failure(Problem(message: "inline code \(code.id) is closed (<\(code.element)>) where it is not open, so its closing markup has no opening", line: code.line))
                }
                guard last == code.id else {
                    if open.contains(code.id) {
                        return .failure(Problem(message: "inline codes \(code.id) and \(last) cross: \(code.id) closes while \(last), opened inside it, is still open, so their markup would overlap and break the Markdown", line: code.line))
                    }
                    return .failure(Problem(message: "inline code \(code.id) is closed (<\(code.element)>) where it is not open, so its closing markup has no opening", line: code.line))
                }
                open.removeLast()
                text += code.markup ?? ""
            case .unusable(let element, let reason, let line):
                return .failure(Problem(message: "the target holds <\(element)>, which cannot be imported: \(reason)", line: line))
            }
        }
        if let unclosed = open.last {
            return .failure(Problem(message: "inline code \(unclosed) is opened but never closed, so its closing markup would be lost", line: unit.line))
        }
        if let missing = expected.first(where: { !seen.contains($0) }) {
            return .failure(Problem(message: "inline code \(missing) is missing from the target (\(expectation)): the translation would lose the article's markup it stands for", line: unit.line))
        }
        return .success(text)
    }

    /// The first non-blank column of `line` in `file`.
    static func location(line: Int, in file: SourceText) -> SourceLocation {
        let start = file.location(line: max(line, 1), column: 1)
        var offset = start.offset
        while offset < file.bytes.count, file.bytes[offset] == 32 || file.bytes[offset] == 9 { offset += 1 }
        return file.location(at: offset)
    }
}
