import Foundation
import SideBySide

/// Recognises the actions of a step in one side's text, driven by that locale's patterns.
public struct StepRecognizer: Sendable {
    /// The patterns of the locale the text is in.
    public let patterns: LocaleProcedurePatterns

    public init(patterns: LocaleProcedurePatterns) {
        self.patterns = patterns
    }

    /// The actions of a step whose paragraphs are `texts`, in text order.
    ///
    /// Informational phrases count only when nothing else is recognised in the step.
    public func actions(inStep texts: [ProcedureText], source: SourceText) -> [StepAction] {
        let found = texts.flatMap { self.actions(in: $0, source: source) }
        if !found.isEmpty { return found }
        return texts.flatMap { text in phraseActions(in: tokens(of: text), kinds: [.informational], text: text, source: source) }
    }

    /// The actions of one paragraph, in text order (informational phrases left out).
    public func actions(in text: ProcedureText, source: SourceText) -> [StepAction] {
        let tokens = tokens(of: text)
        var verbs: [Range<Int>] = []
        var labelled = labelActions(tokens, text: text, source: source, verbs: &verbs)
        labelled = mergeMenus(labelled, tokens: tokens)
        let kinds = ActionKind.allCases.filter { $0 != .informational }
        // A verb that goes with a label is part of that label's action, not an action of its own.
        let phrased = phraseActions(in: tokens, kinds: kinds, text: text, source: source).filter { action in
            !verbs.contains { $0.overlaps(action.range.offsets) }
        }
        return (labelled.map(\.action) + phrased).sorted { $0.range.start.offset < $1.range.start.offset }
    }

    /// Whether the command is optional: a condition phrase comes before its first action.
    public func isOptional(command: ProcedureText, actions: [StepAction]) -> Bool {
        let firstAction = actions.first?.range.start.offset ?? Int.max
        for token in tokens(of: command) {
            guard case .text(let piece) = token else { continue }
            if let match = patterns.conditions.lazy.compactMap({ self.find($0, in: piece.string).first }).first,
               piece.fileOffset(match.lowerBound) < firstAction {
                return true
            }
        }
        return false
    }

    /// Whether a paragraph says what the user then sees.
    public func isResult(_ text: ProcedureText) -> Bool {
        let plain = text.plainText
        return patterns.results.contains { !find($0, in: plain).isEmpty }
    }

    // MARK: - Tokens

    /// A run of plain text, and where its bytes are in the file.
    struct TextPiece {
        var string: String
        var fileStart: Int
        var fileEnd: Int
        var segment: SegmentID?

        /// The file offset of a position in `string` (exact unless escapes or entities shift it).
        func fileOffset(_ index: String.Index) -> Int {
            min(fileStart + string.utf8.distance(from: string.startIndex, to: index), fileEnd)
        }
    }

    /// A UI label as written, with what it is written in.
    struct Label {
        var labels: [String]
        var range: SourceRange
        var segment: SegmentID?
        var quoted: Bool
    }

    enum Token {
        case text(TextPiece)
        case label(Label)
    }

    /// The paragraph as text runs and labels, in order.
    func tokens(of text: ProcedureText) -> [Token] {
        var tokens: [Token] = []
        func visit(_ inline: Inline) {
            let segment = text.segmentID(at: inline.range.start.offset)
            switch inline.kind {
            case .strong where patterns.labels.bold:
                let written = inline.plainText.trimmingWhitespace
                guard !written.isEmpty, patterns.alertKind(of: written) == nil else { return }
                tokens.append(.label(Label(labels: splitCascade(written).map(unbracketed), range: inline.range,
                                           segment: segment, quoted: false)))
            case .text, .code, .entity, .escape, .softBreak, .lineBreak:
                let string = inline.plainText
                appendText(TextPiece(string: string == "\n" ? " " : string, fileStart: inline.range.start.offset,
                                     fileEnd: inline.range.end.offset, segment: segment), to: &tokens)
            case .html, .image:
                break
            default:
                inline.children.forEach(visit)
            }
        }
        text.inlines.forEach(visit)
        return tokens.flatMap(splitQuotes)
    }

    private func appendText(_ piece: TextPiece, to tokens: inout [Token]) {
        if case .text(let previous)? = tokens.last, previous.fileEnd == piece.fileStart || piece.string == " " {
            tokens[tokens.count - 1] = .text(TextPiece(string: previous.string + piece.string, fileStart: previous.fileStart,
                                                       fileEnd: max(previous.fileEnd, piece.fileEnd), segment: previous.segment))
        } else {
            tokens.append(.text(piece))
        }
    }

    /// A bold label without the brackets the locale writes around it (`[顧客]` → `顧客`).
    private func unbracketed(_ label: String) -> String {
        guard let brackets = patterns.labels.boldBrackets, brackets.count == 2,
              label.hasPrefix(brackets[0]), label.hasSuffix(brackets[1]),
              label.count > brackets[0].count + brackets[1].count else { return label }
        return String(label.dropFirst(brackets[0].count).dropLast(brackets[1].count)).trimmingWhitespace
    }

    /// A label split at the cascade separators written inside it (`Settings > Account`).
    private func splitCascade(_ label: String) -> [String] {
        var parts = [label]
        for separator in patterns.cascade.separators where parts.contains(where: { ByteSearch.contains(separator, in: $0) }) {
            parts = parts.flatMap { part in
                var pieces: [String] = [], start = 0
                for range in ByteSearch.ranges(of: separator, in: part) {
                    pieces.append(String(decoding: part.utf8.dropFirst(start).prefix(range.lowerBound - start), as: UTF8.self))
                    start = range.upperBound
                }
                pieces.append(String(decoding: part.utf8.dropFirst(start), as: UTF8.self))
                return pieces
            }
        }
        let trimmed = parts.map(\.trimmingWhitespace).filter { !$0.isEmpty }
        return trimmed.isEmpty ? [label] : trimmed
    }

    /// A text token split around the quoted labels it holds.
    private func splitQuotes(_ token: Token) -> [Token] {
        guard case .text(let piece) = token else { return [token] }
        var result: [Token] = []
        var restStart = piece.string.startIndex
        var restOffset = 0
        search: while restOffset < piece.string.utf8.count {
            for quote in patterns.labels.quotes where quote.count == 2 {
                guard let span = ByteSearch.firstEnclosed(by: quote[0], quote[1], in: piece.string, from: restOffset) else { continue }
                let open = ByteSearch.indices(span.open, in: piece.string), close = ByteSearch.indices(span.close, in: piece.string)
                let label = String(piece.string[open.upperBound..<close.lowerBound]).trimmingWhitespace
                guard !label.isEmpty, label.count <= 60 else { continue }
                let before = String(piece.string[restStart..<open.lowerBound])
                if !before.isEmpty {
                    result.append(.text(TextPiece(string: before, fileStart: piece.fileOffset(restStart),
                                                  fileEnd: piece.fileOffset(open.lowerBound), segment: piece.segment)))
                }
                let range = SourceRange(start: SourceLocation(line: 0, column: 0, offset: piece.fileOffset(open.upperBound)),
                                        end: SourceLocation(line: 0, column: 0, offset: piece.fileOffset(close.lowerBound)))
                result.append(.label(Label(labels: splitCascade(label), range: range, segment: piece.segment, quoted: true)))
                restStart = close.upperBound
                restOffset = span.close.upperBound
                continue search
            }
            break
        }
        let tail = String(piece.string[restStart...])
        if !tail.isEmpty {
            result.append(.text(TextPiece(string: tail, fileStart: piece.fileOffset(restStart), fileEnd: piece.fileEnd,
                                          segment: piece.segment)))
        }
        return result
    }

    // MARK: - Labels

    /// An action found at a label, with the label's token index and the text before it.
    struct LabelAction {
        var action: StepAction
        var tokenIndex: Int
        var textBefore: String
    }

    /// The actions at labels; `verbs` gets the file offsets of the verbs that made a label an action.
    private func labelActions(_ tokens: [Token], text: ProcedureText, source: SourceText, verbs: inout [Range<Int>]) -> [LabelAction] {
        var result: [LabelAction] = []
        for (index, token) in tokens.enumerated() {
            guard case .label(let label) = token else { continue }
            let before = index > 0 ? textOf(tokens[index - 1]) : ""
            let after = index + 1 < tokens.count ? textOf(tokens[index + 1]).trimmingWhitespace : ""
            var control = controlWord(after: after)
            if control == nil, patterns.locationWords.contains(where: { hasPrefix(after, $0) }) { continue }
            let enterVerb = verb(patterns.enterVerbs, tokens: tokens, around: index)
            let selectVerb = verb(patterns.selectVerbs, tokens: tokens, around: index)
            let kind: ActionKind
            switch control {
            case .menu: kind = .openMenu
            case .page: kind = .assertPage
            case .field: kind = .enterValue
            case .list: kind = .chooseFromList
            case .some: kind = .select
            case nil:
                if enterVerb != nil {
                    kind = .enterValue
                    control = .field
                } else if selectVerb != nil || !label.quoted {
                    kind = .select
                    control = .button
                } else {
                    continue
                }
            }
            // The verb that goes with the label is part of its action.
            if let verb = kind == .enterValue ? (enterVerb ?? selectVerb) : (selectVerb ?? enterVerb) { verbs.append(verb) }
            let range = label.quoted ? source.range(label.range.offsets) : label.range
            let ui = UIReference(label: label.labels.last!, control: label.labels.count > 1 ? .menuItem : control!,
                                 path: label.labels, segmentID: label.segment, range: range)
            let written = label.labels.joined(separator: " > ")
            result.append(LabelAction(
                action: StepAction(kind: label.labels.count > 1 ? .select : kind, ui: ui, text: written,
                                   segmentID: label.segment, range: range),
                tokenIndex: index, textBefore: before))
        }
        return result
    }

    /// The file offsets of a verb right after the label at `index`, or in its clause before it.
    private func verb(_ verbs: LocaleProcedurePatterns.VerbPatterns, tokens: [Token], around index: Int) -> Range<Int>? {
        if index + 1 < tokens.count, case .text(let after) = tokens[index + 1] {
            let leading = after.string.prefix { $0.isWhitespace }
            let rest = String(after.string.dropFirst(leading.count))
            for word in verbs.after {
                if let range = find(word, in: rest).first, range.lowerBound == rest.startIndex {
                    let start = after.fileStart + leading.utf8.count
                    return start..<(start + rest.utf8.distance(from: rest.startIndex, to: range.upperBound))
                }
            }
        }
        if index > 0, case .text(let before) = tokens[index - 1] {
            let clause = lastClause(of: before.string)
            let clauseStart = before.string.utf8.count - clause.utf8.count
            for word in verbs.before {
                if let range = find(word, in: clause).last {
                    let start = before.fileStart + clauseStart + clause.utf8.distance(from: clause.startIndex, to: range.lowerBound)
                    return start..<(start + clause.utf8.distance(from: range.lowerBound, to: range.upperBound))
                }
            }
        }
        return nil
    }

    private func textOf(_ token: Token) -> String {
        if case .text(let piece) = token { return piece.string }
        return ""
    }

    /// The text after the last clause separator of `text`.
    private func lastClause(of text: String) -> String {
        var clause = text
        for separator in patterns.clauseSeparators {
            if let range = ByteSearch.lastRange(of: separator, in: clause) {
                clause = String(clause[ByteSearch.index(range.upperBound, in: clause)...])
            }
        }
        return clause
    }

    /// The control kind named by the word the text after a label starts with (longest word first).
    private func controlWord(after text: String) -> ControlKind? {
        var best: (ControlKind, Int)?
        for (kind, words) in patterns.controls {
            for word in words where hasPrefix(text, word) && word.count > (best?.1 ?? 0) {
                best = (kind, word.count)
            }
        }
        return best?.0
    }

    /// Menus joined with the item selected from them into one cascade.
    ///
    /// Labels separated only by a cascade separator are one cascade; a menu whose clause says the
    /// item came first ("Select **X** from the **Y** menu") joins the select before it; any other
    /// menu joins the select right after it. A menu with no select next to it stays an ``ActionKind/openMenu``.
    private func mergeMenus(_ actions: [LabelAction], tokens: [Token]) -> [LabelAction] {
        var result: [LabelAction] = []
        var index = 0
        var actions = actions
        // Labels joined by a separator alone: `**Dashboard** > **Customers**`.
        var joined: [LabelAction] = []
        for action in actions {
            if let last = joined.last, last.tokenIndex + 2 == action.tokenIndex,
               patterns.cascade.separators.contains(where: { $0.trimmingWhitespace == action.textBefore.trimmingWhitespace }),
               let lastUI = last.action.ui, var ui = action.action.ui {
                ui.path = lastUI.path + ui.path
                ui.control = .menuItem
                var merged = action
                merged.action.kind = .select
                merged.action.ui = ui
                merged.action.text = ui.path.joined(separator: " > ")
                joined[joined.count - 1] = merged
            } else {
                joined.append(action)
            }
        }
        actions = joined
        while index < actions.count {
            let current = actions[index]
            guard current.action.kind == .openMenu, let menu = current.action.ui else {
                result.append(current); index += 1; continue
            }
            let itemFirst = patterns.cascade.itemBeforeMenu.contains { !find($0, in: lastClause(of: current.textBefore)).isEmpty }
            if itemFirst, let previous = result.last, previous.action.kind == .select, var item = previous.action.ui, !item.isCascade {
                item.path = [menu.label] + item.path
                item.control = .menuItem
                result[result.count - 1].action.ui = item
                result[result.count - 1].action.text = item.path.joined(separator: " > ")
                index += 1
            } else if index + 1 < actions.count, actions[index + 1].action.kind == .select,
                      var item = actions[index + 1].action.ui, !item.isCascade {
                item.path = [menu.label] + item.path
                item.control = .menuItem
                var merged = actions[index + 1]
                merged.action.ui = item
                merged.action.text = item.path.joined(separator: " > ")
                result.append(merged)
                index += 2
            } else {
                result.append(current); index += 1
            }
        }
        return result
    }

    // MARK: - Phrases

    private func phraseActions(in tokens: [Token], kinds: [ActionKind], text: ProcedureText, source: SourceText) -> [StepAction] {
        struct Match {
            var kind: ActionKind; var start: Int; var end: Int; var written: String; var segment: SegmentID?
            /// The cascade that leads to a place the phrase names.
            var place: [String]? = nil
        }
        var matches: [Match] = []
        for token in tokens {
            guard case .text(let piece) = token else { continue }
            if kinds.contains(.select) {
                for (phrase, labels) in patterns.places {
                    for range in find(phrase, in: piece.string) {
                        matches.append(Match(kind: .select, start: piece.fileOffset(range.lowerBound),
                                             end: piece.fileOffset(range.upperBound), written: String(piece.string[range]),
                                             segment: piece.segment, place: labels))
                    }
                }
            }
            for kind in kinds {
                for phrase in patterns.phrases[kind] ?? [] {
                    for range in find(phrase, in: piece.string) {
                        matches.append(Match(kind: kind, start: piece.fileOffset(range.lowerBound),
                                             end: piece.fileOffset(range.upperBound),
                                             written: String(piece.string[range]), segment: piece.segment))
                    }
                }
            }
        }
        matches.sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        var kept: [Match] = []
        for match in matches where kept.last.map({ match.start >= $0.end }) ?? true {
            kept.append(match)
        }
        return kept.map { match in
            let range = source.range(match.start..<match.end)
            let ui = match.place.map { path in
                UIReference(label: path[path.count - 1], control: path.count > 1 ? .menuItem : .link, path: path,
                            segmentID: match.segment, range: range)
            }
            return StepAction(kind: match.kind, ui: ui, text: match.written, segmentID: match.segment, range: range)
        }
    }

    // MARK: - Matching

    /// The ranges where `phrase` occurs in `text`, under the locale's case and word-boundary rules.
    func find(_ phrase: String, in text: String) -> [Range<String.Index>] {
        guard !phrase.isEmpty else { return [] }
        var found: [Range<String.Index>] = []
        for bytes in ByteSearch.ranges(of: phrase, in: text, foldingASCIICase: patterns.caseInsensitive) {
            let range = ByteSearch.indices(bytes, in: text)
            if !patterns.wordBoundaries || isWordBounded(range, in: text) { found.append(range) }
        }
        return found
    }

    private func isWordBounded(_ range: Range<String.Index>, in text: String) -> Bool {
        if range.lowerBound > text.startIndex, text[text.index(before: range.lowerBound)].isLetter { return false }
        if range.upperBound < text.endIndex, text[range.upperBound].isLetter { return false }
        return true
    }

    private func hasPrefix(_ text: String, _ word: String) -> Bool {
        guard let range = find(word, in: text).first else { return false }
        return range.lowerBound == text.startIndex
    }
}
