import SideBySide

/// Recognises the actions of a step in one side's text, driven by that locale's patterns.
///
/// Text is matched as UTF-8 bytes (``CompiledProcedurePatterns``): a paragraph is read once into
/// runs of plain text and labels, and every phrase search is a pass over the bytes of a run.
public struct StepRecognizer: Sendable {
    /// The patterns of the locale the text is in.
    public var patterns: LocaleProcedurePatterns { compiled.patterns }
    /// The same patterns as bytes, as the recognizer matches them.
    let compiled: CompiledProcedurePatterns

    public init(patterns: LocaleProcedurePatterns) {
        compiled = .of(patterns)
    }

    /// The actions of a step whose paragraphs are `texts`, in text order.
    ///
    /// Informational phrases count only when nothing else is recognised in the step.
    public func actions(inStep texts: [ProcedureText], source: SourceText) -> [StepAction] {
        actions(inStep: texts.map(tokens(of:)), source: source)
    }

    /// ``actions(inStep:source:)`` of paragraphs already read into tokens.
    func actions(inStep paragraphs: [ParagraphTokens], source: SourceText) -> [StepAction] {
        let found = paragraphs.flatMap { actions(in: $0, source: source) }
        if !found.isEmpty { return found }
        return paragraphs.flatMap { phraseActions(in: $0, phrases: compiled.informationalPhrases, source: source) }
    }

    /// The actions of one paragraph, in text order (informational phrases left out).
    public func actions(in text: ProcedureText, source: SourceText) -> [StepAction] {
        actions(in: tokens(of: text), source: source)
    }

    /// ``actions(in:source:)`` of a paragraph already read into tokens.
    func actions(in paragraph: ParagraphTokens, source: SourceText) -> [StepAction] {
        var verbs: [Range<Int>] = []
        let labelled = mergeMenus(labelActions(paragraph, source: source, verbs: &verbs), in: paragraph)
        // A verb that goes with a label is part of that label's action, not an action of its own.
        let phrased = phraseActions(in: paragraph, phrases: compiled.actionPhrases, source: source).filter { action in
            !verbs.contains { $0.overlaps(action.range.offsets) }
        }
        return (labelled.map(\.action) + phrased).sorted { $0.range.start.offset < $1.range.start.offset }
    }

    /// At most how many of the actions ``actions(in:source:)`` finds in a paragraph name a UI element
    /// (``StepAction/ui``), told from the paragraph's Markdown on its side without parsing it; nil when the
    /// Markdown cannot tell.
    ///
    /// Such an action is a label's (each label gives one at most, and joining menus makes fewer) or a place
    /// phrase's. A bold label is a strong emphasis, which takes two `*` or two `_` at each end: no more than a
    /// quarter of the Markdown's `*`, and of its `_`. A quoted label opens with its quote's mark, whose mark
    /// byte (``CompiledProcedurePatterns/quoteMarkBytes``) is a byte of the Markdown. A place phrase found in
    /// a run of text holds each of its anchors (``CompiledProcedurePatterns/placeAnchors``), which are in the
    /// Markdown as they are in the text unless a code span writes some of their bytes; places found do not
    /// overlap. A character reference (any `&`) makes the bound unknown: it may stand for a mark.
    func namedElementBound(inMarkdown markdown: UnsafeBufferPointer<UInt8>) -> Int? {
        var stars = 0, underscores = 0, backticks = 0, hasReference = false
        func tally(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) {
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "*"): stars += 1
                case UInt8(ascii: "_"): underscores += 1
                case UInt8(ascii: "`"): backticks += 1
                case UInt8(ascii: "&"): hasReference = true
                default: break
                }
            }
        }
        // Eight bytes at a time, looked at one by one only where they hold one of the four.
        var index = 0
        while index + 8 <= markdown.count {
            let word = UnsafeRawPointer(markdown.baseAddress! + index).loadUnaligned(as: UInt64.self)
            if UTF8Text.holds(UInt8(ascii: "*"), in: word) || UTF8Text.holds(UInt8(ascii: "_"), in: word)
                || UTF8Text.holds(UInt8(ascii: "`"), in: word) || UTF8Text.holds(UInt8(ascii: "&"), in: word) {
                tally(markdown[index..<(index + 8)])
            }
            index += 8
        }
        tally(markdown[index...])
        var bound = compiled.boldLabels ? stars / 4 + underscores / 4 : 0
        let hasPlaces = compiled.placeAnchors.map { !$0.isEmpty } ?? true
        guard !compiled.quotes.isEmpty || hasPlaces else { return bound }
        // A character reference may stand for a quote mark: what it stands for is cmark-gfm's to say.
        if hasReference { return nil }
        if !compiled.quotes.isEmpty {
            guard let markBytes = compiled.quoteMarkBytes else { return nil }
            for mark in markBytes { bound += markdown.count { $0 == mark } }
        }
        if hasPlaces {
            guard let places = compiled.placeAnchors else { return nil }
            // A run of text may go on in a code span's text (where their ranges touch), with backticks and maybe a
            // space or a line ending between them in the Markdown: with code, the anchors are looked for in the
            // Markdown without backticks and white space (where more may be found, never fewer).
            let text = backticks == 0 ? nil : markdown.filter {
                $0 != UInt8(ascii: "`") && $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D
            }
            // Places found do not overlap, nor do the occurrences of one anchor in them: no more than a scan finds
            // of each anchor, without overlap. Once an anchor is not found, neither is the place.
            func count(_ anchor: [UInt8], in text: UnsafeBufferPointer<UInt8>) -> Int {
                anchor.withUnsafeBufferPointer { UTF8Text.count($0, in: text, foldingCase: compiled.foldsCase) }
            }
            for anchors in places {
                var fewest = Int.max
                for anchor in anchors where fewest > 0 {
                    fewest = min(fewest, text.map { $0.withUnsafeBufferPointer { count(anchor, in: $0) } } ?? count(anchor, in: markdown))
                }
                bound += fewest
            }
        }
        return bound
    }

    /// Whether the command is optional: a condition phrase comes before its first action.
    public func isOptional(command: ProcedureText, actions: [StepAction]) -> Bool {
        isOptional(command: tokens(of: command), actions: actions)
    }

    /// ``isOptional(command:actions:)`` of a command already read into tokens.
    func isOptional(command: ParagraphTokens, actions: [StepAction]) -> Bool {
        let firstAction = actions.first?.range.start.offset ?? Int.max
        return command.bytes.withUnsafeBufferPointer { bytes in
            for token in command.tokens {
                guard case .text(let run) = token else { continue }
                // The first condition (in the locale's order) that the run holds decides.
                var match: Range<Int>?
                _ = compiled.conditions.firstIndex { condition in
                    match = firstMatch(condition, in: bytes, window: run.bytes)
                    return match != nil
                }
                if let match, run.fileOffset(match.lowerBound) < firstAction { return true }
            }
            return false
        }
    }

    /// Whether a paragraph says what the user then sees.
    public func isResult(_ text: ProcedureText) -> Bool {
        var plain = text.inlines.map(\.plainText).joined()
        return plain.withUTF8 { bytes in
            let window = UTF8Text.trimmed(0..<bytes.count, in: bytes)
            var found = false
            compiled.results.occurrences(in: bytes, window: window, foldingCase: compiled.foldsCase) { _, range in
                if !compiled.wordBoundaries || UTF8Text.isWordBounded(range, window: window, in: bytes) { found = true }
            }
            return found
        }
    }

    // MARK: - Tokens

    /// A paragraph as the recognizer reads it: runs of plain text and labels, in order.
    struct ParagraphTokens {
        /// The UTF-8 bytes of every text run, one after the other.
        var bytes: [UInt8] = []
        var tokens: [Token] = []
        /// The paragraph's segment spans, which runs and labels point into.
        var segments: [SegmentSpan] = []

        /// The id of the segment at `index` of ``segments``.
        func segmentID(_ index: Int?) -> SegmentID? { index.map { segments[$0].id } }

        /// The text of some of `bytes`.
        func string(_ range: Range<Int>) -> String {
            bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
        }
    }

    /// A run of plain text: its bytes in the paragraph's ``ParagraphTokens/bytes``, where they are in the
    /// file, and the index of the segment they are in (in ``ParagraphTokens/segments``).
    struct TextRun {
        var bytes: Range<Int>
        var fileStart: Int
        var fileEnd: Int
        var segment: Int?

        /// The file offset of a byte of the run (exact unless escapes or entities shift it).
        func fileOffset(_ position: Int) -> Int {
            min(fileStart + position - bytes.lowerBound, fileEnd)
        }
    }

    /// A UI label as written, with the index of the segment it is written in and whether it is quoted.
    struct Label {
        var labels: [String]
        var range: SourceRange
        var segment: Int?
        var quoted: Bool
    }

    enum Token {
        case text(TextRun)
        case label(Label)
    }

    /// The paragraph as text runs and labels, in order.
    func tokens(of text: ProcedureText) -> ParagraphTokens {
        var bytes: [UInt8] = []
        var tokens: [Token] = []
        for inline in text.inlines { read(inline, of: text, into: &tokens, bytes: &bytes) }
        var paragraph = ParagraphTokens(bytes: bytes, segments: text.segments)
        if compiled.quotes.isEmpty {
            // No quoted labels to split out: only empty runs drop out, as splitting drops them.
            paragraph.tokens = tokens.filter { if case .text(let run) = $0 { !run.bytes.isEmpty } else { true } }
        } else {
            paragraph.tokens.reserveCapacity(tokens.count)
            bytes.withUnsafeBufferPointer { bytes in
                for token in tokens { splitQuotes(token, in: bytes, into: &paragraph.tokens) }
            }
        }
        return paragraph
    }

    /// Adds the tokens of an inline, and of the inlines inside it.
    private func read(_ inline: Inline, of text: ProcedureText, into tokens: inout [Token], bytes: inout [UInt8]) {
        switch inline.kind {
        case .strong where compiled.boldLabels:
            let written = Self.plainText(of: inline).trimmingWhitespace
            guard !written.isEmpty, compiled.alertKind(of: written) == nil else { return }
            tokens.append(.label(Label(labels: splitCascade(written).map(unbracketed), range: inline.range,
                                       segment: segmentIndex(at: inline.range.start.offset, in: text), quoted: false)))
        case .text, .code, .entity, .escape, .softBreak, .lineBreak:
            appendText(inline, of: text, to: &tokens, bytes: &bytes)
        case .html, .image:
            break
        default:
            for child in inline.children { read(child, of: text, into: &tokens, bytes: &bytes) }
        }
    }

    /// ``Inline/plainText`` of an inline, without joining the one text a label usually holds.
    private static func plainText(of inline: Inline) -> String {
        if inline.children.count == 1, case .text(let text) = inline.children[0].kind { return text }
        return inline.plainText
    }

    /// Adds an inline's text to the run before it when they touch in the file (or the text is a space), else as a run of its own.
    private func appendText(_ inline: Inline, of text: ProcedureText, to tokens: inout [Token], bytes: inout [UInt8]) {
        var string = inline.plainText
        let isSpace = string.utf8.count == 1 && (string.utf8.first == 10 || string.utf8.first == 32)
        if isSpace { string = " " }
        let fileStart = inline.range.start.offset, fileEnd = inline.range.end.offset
        if case .text(var previous)? = tokens.last, previous.fileEnd == fileStart || isSpace {
            bytes += string.utf8
            previous.bytes = previous.bytes.lowerBound..<bytes.count
            previous.fileEnd = max(previous.fileEnd, fileEnd)
            tokens[tokens.count - 1] = .text(previous)
        } else {
            let start = bytes.count
            bytes += string.utf8
            tokens.append(.text(TextRun(bytes: start..<bytes.count, fileStart: fileStart, fileEnd: fileEnd,
                                        segment: segmentIndex(at: fileStart, in: text))))
        }
    }

    /// The index of the segment whose text holds byte `offset` (``ProcedureText/segmentID(at:)``).
    private func segmentIndex(at offset: Int, in text: ProcedureText) -> Int? {
        text.segments.firstIndex { $0.offsets.contains(offset) }
    }

    /// A label without the brackets the locale writes around it (`[顧客]` → `顧客`).
    private func unbracketed(_ label: String) -> String {
        guard let brackets = patterns.labels.boldBrackets, brackets.count == 2,
              label.hasPrefix(brackets[0]), label.hasSuffix(brackets[1]),
              label.count > brackets[0].count + brackets[1].count else { return label }
        return String(label.dropFirst(brackets[0].count).dropLast(brackets[1].count)).trimmingWhitespace
    }

    /// A label split at the cascade separators written inside it (`Settings > Account`).
    private func splitCascade(_ label: String) -> [String] {
        var written = label
        let holdsSeparator = written.withUTF8 { bytes in
            compiled.cascadeSeparators.contains { separator in
                var found = false
                UTF8Text.scan(separator, in: bytes, window: 0..<bytes.count, foldingCase: false) { _ in found = true; return false }
                return found
            }
        }
        guard holdsSeparator else {
            let trimmed = label.trimmingWhitespace
            return trimmed.isEmpty ? [label] : [trimmed]
        }
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

    /// A token, with a text run split around the quoted labels it holds, added to `tokens`.
    private func splitQuotes(_ token: Token, in bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [Token]) {
        guard case .text(let run) = token else { return tokens.append(token) }
        var rest = run.bytes.lowerBound
        search: while rest < run.bytes.upperBound {
            for quote in compiled.quotes {
                guard let (open, close) = enclosed(by: quote, in: bytes, window: rest..<run.bytes.upperBound) else { continue }
                let inside = UTF8Text.trimmed(open.upperBound..<close.lowerBound, in: bytes)
                guard !inside.isEmpty else { continue }
                let label = String(decoding: UnsafeBufferPointer(rebasing: bytes[inside]), as: UTF8.self)
                guard inside.count <= 60 || label.count <= 60 else { continue }
                if open.lowerBound > rest {
                    tokens.append(.text(TextRun(bytes: rest..<open.lowerBound, fileStart: run.fileOffset(rest),
                                                fileEnd: run.fileOffset(open.lowerBound), segment: run.segment)))
                }
                let range = SourceRange(start: SourceLocation(line: 0, column: 0, offset: run.fileOffset(open.upperBound)),
                                        end: SourceLocation(line: 0, column: 0, offset: run.fileOffset(close.lowerBound)))
                tokens.append(.label(Label(labels: splitCascade(label), range: range, segment: run.segment, quoted: true)))
                rest = close.upperBound
                continue search
            }
            break
        }
        if rest < run.bytes.upperBound {
            tokens.append(.text(TextRun(bytes: rest..<run.bytes.upperBound, fileStart: run.fileOffset(rest), fileEnd: run.fileEnd,
                                        segment: run.segment)))
        }
    }

    /// The first span of `bytes[window]` that the quote opens and then closes: the byte ranges of the two marks.
    private func enclosed(by quote: (open: [UInt8], close: [UInt8]), in bytes: UnsafeBufferPointer<UInt8>,
                          window: Range<Int>) -> (Range<Int>, Range<Int>)? {
        var opening: Range<Int>?
        quote.open.withUnsafeBufferPointer { open in
            UTF8Text.scan(open, in: bytes, window: window, foldingCase: false) { opening = $0; return false }
        }
        guard let opening else { return nil }
        var closing: Range<Int>?
        quote.close.withUnsafeBufferPointer { close in
            UTF8Text.scan(close, in: bytes, window: opening.upperBound..<window.upperBound, foldingCase: false) {
                closing = $0
                return false
            }
        }
        return closing.map { (opening, $0) }
    }

    // MARK: - Labels

    /// An action found at a label, with the label's token index and the text run before it.
    struct LabelAction {
        var action: StepAction
        var tokenIndex: Int
        var textBefore: TextRun?
    }

    /// The actions at labels; `verbs` gets the file offsets of the verbs that made a label an action.
    private func labelActions(_ paragraph: ParagraphTokens, source: SourceText, verbs: inout [Range<Int>]) -> [LabelAction] {
        let tokens = paragraph.tokens
        return paragraph.bytes.withUnsafeBufferPointer { bytes in
            var result: [LabelAction] = []
            for (index, token) in tokens.enumerated() {
                guard case .label(let label) = token else { continue }
                var after = 0..<0
                if index + 1 < tokens.count, case .text(let run) = tokens[index + 1] { after = UTF8Text.trimmed(run.bytes, in: bytes) }
                var control = controlWord(after: after, in: bytes)
                if control == nil, compiled.locationWords.contains(where: { hasPrefix($0, window: after, in: bytes) }) { continue }
                var clause: Range<Int>?
                let enterVerb = verb(compiled.enterVerbs, tokens: tokens, around: index, clause: &clause, in: bytes)
                let selectVerb = verb(compiled.selectVerbs, tokens: tokens, around: index, clause: &clause, in: bytes)
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
                let segment = paragraph.segmentID(label.segment)
                let ui = UIReference(label: label.labels.last!, control: label.labels.count > 1 ? .menuItem : control!,
                                     path: label.labels, segmentID: segment, range: range)
                let written = label.labels.count == 1 ? label.labels[0] : label.labels.joined(separator: " > ")
                var before: TextRun?
                if index > 0, case .text(let run) = tokens[index - 1] { before = run }
                result.append(LabelAction(
                    action: StepAction(kind: label.labels.count > 1 ? .select : kind, ui: ui, text: written,
                                       segmentID: segment, range: range),
                    tokenIndex: index, textBefore: before))
            }
            return result
        }
    }

    /// The file offsets of a verb right after the label at `index`, or in its clause before it
    /// (`clause`, found on first need).
    private func verb(_ verbs: CompiledProcedurePatterns.Verbs, tokens: [Token], around index: Int, clause: inout Range<Int>?,
                      in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        if !verbs.after.isEmpty, index + 1 < tokens.count, case .text(let after) = tokens[index + 1] {
            let rest = UTF8Text.trimmed(after.bytes, in: bytes, trailing: false)
            var length = 0
            if verbs.after.contains(where: { length = $0.count; return hasPrefix($0, window: rest, in: bytes) }) {
                let start = after.fileStart + rest.lowerBound - after.bytes.lowerBound
                return start..<(start + length)
            }
        }
        if !verbs.before.isEmpty, index > 0, case .text(let before) = tokens[index - 1] {
            let found = clause ?? lastClause(of: before.bytes, in: bytes)
            clause = found
            var match: Range<Int>?
            if verbs.before.contains(where: { match = lastMatch($0, in: bytes, window: found); return match != nil }), let match {
                let start = before.fileStart + match.lowerBound - before.bytes.lowerBound
                return start..<(start + match.count)
            }
        }
        return nil
    }

    /// The part of `bytes[window]` after the last clause separator.
    private func lastClause(of window: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        if let scalars = compiled.clauseSeparatorScalars {
            // One scalar each: no separator overlaps another, so the clause starts after the last of any kind.
            var end = window.upperBound
            while end > window.lowerBound {
                let start = UTF8Text.scalarStart(before: end, in: bytes)
                if scalars.contains(UTF8Text.scalar(at: start, in: bytes).value) { return end..<window.upperBound }
                end = start
            }
            return window
        }
        var start = window.lowerBound
        _ = compiled.clauseSeparators.firstIndex { separator in
            var last: Range<Int>?
            UTF8Text.scan(separator, in: bytes, window: start..<window.upperBound, foldingCase: false) { last = $0; return true }
            if let last { start = last.upperBound }
            return false
        }
        return start..<window.upperBound
    }

    /// The control kind named by the word the text after a label starts with (longest word first).
    private func controlWord(after window: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> ControlKind? {
        var best: (ControlKind, Int)?
        var index = 0
        _ = compiled.controls.firstIndex { word in
            let control = compiled.controlKinds[index]
            if control.characters > (best?.1 ?? 0), hasPrefix(word, window: window, in: bytes) { best = control }
            index += 1
            return false
        }
        return best?.0
    }

    /// Menus joined with the item selected from them into one cascade.
    ///
    /// Labels separated only by a cascade separator are one cascade; a menu whose clause says the
    /// item came first ("Select **X** from the **Y** menu") joins the select before it; any other
    /// menu joins the select right after it. A menu with no select next to it stays an ``ActionKind/openMenu``.
    private func mergeMenus(_ actions: [LabelAction], in paragraph: ParagraphTokens) -> [LabelAction] {
        // Nothing to join without a menu or two labels with one run of text between them.
        guard actions.indices.contains(where: { actions[$0].action.kind == .openMenu })
              || actions.indices.dropFirst().contains(where: { actions[$0 - 1].tokenIndex + 2 == actions[$0].tokenIndex }) else {
            return actions
        }
        var result: [LabelAction] = []
        var index = 0
        var actions = actions
        // Labels joined by a separator alone: `**Dashboard** > **Customers**`.
        var joined: [LabelAction] = []
        for action in actions {
            if let last = joined.last, last.tokenIndex + 2 == action.tokenIndex,
               paragraph.bytes.withUnsafeBufferPointer({ compiled.isCascadeSeparator(action.textBefore?.bytes ?? 0..<0, in: $0) }),
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
            let itemFirst = isItemBeforeMenu(current.textBefore, in: paragraph)
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

    /// Whether the clause before a menu says the item came first ("Select **X** from the **Y** menu").
    private func isItemBeforeMenu(_ textBefore: TextRun?, in paragraph: ParagraphTokens) -> Bool {
        guard let textBefore, !compiled.itemBeforeMenu.isEmpty else { return false }
        return paragraph.bytes.withUnsafeBufferPointer { bytes in
            let clause = lastClause(of: textBefore.bytes, in: bytes)
            return compiled.itemBeforeMenu.contains { firstMatch($0, in: bytes, window: clause) != nil }
        }
    }

    // MARK: - Phrases

    /// The actions the phrases of `phrases` make in the paragraph's text runs, longest first where they overlap.
    private func phraseActions(in paragraph: ParagraphTokens, phrases: CompiledProcedurePatterns.ActionPhrases,
                               source: SourceText) -> [StepAction] {
        struct Match {
            var phrase: Int; var start: Int; var end: Int; var bytes: Range<Int>; var segment: Int?; var token: Int
        }
        var matches: [Match] = []
        paragraph.bytes.withUnsafeBufferPointer { bytes in
            for (index, token) in paragraph.tokens.enumerated() {
                guard case .text(let run) = token else { continue }
                phrases.phrases.occurrences(in: bytes, window: run.bytes, foldingCase: compiled.foldsCase) { phrase, range in
                    guard !compiled.wordBoundaries || UTF8Text.isWordBounded(range, window: run.bytes, in: bytes) else { return }
                    matches.append(Match(phrase: phrase, start: run.fileOffset(range.lowerBound), end: run.fileOffset(range.upperBound),
                                         bytes: range, segment: run.segment, token: index))
                }
            }
        }
        guard !matches.isEmpty else { return [] }
        // Earliest first, the longest of those at one place; then as found run by run, phrase by phrase.
        matches.sort { a, b in
            if a.start != b.start { return a.start < b.start }
            if a.end != b.end { return a.end > b.end }
            if a.token != b.token { return a.token < b.token }
            if a.phrase != b.phrase { return a.phrase < b.phrase }
            return a.bytes.lowerBound < b.bytes.lowerBound
        }
        var kept: [Match] = []
        for match in matches where kept.last.map({ match.start >= $0.end }) ?? true {
            kept.append(match)
        }
        return kept.map { match in
            let range = source.range(match.start..<match.end)
            let meaning = phrases.meanings[match.phrase], segment = paragraph.segmentID(match.segment)
            let ui = meaning.place.map { path in
                UIReference(label: path[path.count - 1], control: path.count > 1 ? .menuItem : .link, path: path,
                            segmentID: segment, range: range)
            }
            return StepAction(kind: meaning.kind, ui: ui, text: paragraph.string(match.bytes), segmentID: segment, range: range)
        }
    }

    // MARK: - Matching

    /// The first place `phrase` occurs in `bytes[window]`, under the locale's case and word-boundary rules.
    private func firstMatch(_ phrase: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, window: Range<Int>) -> Range<Int>? {
        var found: Range<Int>?
        UTF8Text.scan(phrase, in: bytes, window: window, foldingCase: compiled.foldsCase) { range in
            guard !compiled.wordBoundaries || UTF8Text.isWordBounded(range, window: window, in: bytes) else { return true }
            found = range
            return false
        }
        return found
    }

    /// The last place `phrase` occurs in `bytes[window]`, under the locale's case and word-boundary rules.
    private func lastMatch(_ phrase: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, window: Range<Int>) -> Range<Int>? {
        var found: Range<Int>?
        UTF8Text.scan(phrase, in: bytes, window: window, foldingCase: compiled.foldsCase) { range in
            if !compiled.wordBoundaries || UTF8Text.isWordBounded(range, window: window, in: bytes) { found = range }
            return true
        }
        return found
    }

    /// Whether `bytes[window]` starts with `word`, under the locale's case and word-boundary rules.
    private func hasPrefix(_ word: UnsafeBufferPointer<UInt8>, window: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !word.isEmpty, word.count <= window.count,
              UTF8Text.matches(word, at: window.lowerBound, in: bytes, foldingCase: compiled.foldsCase) else { return false }
        let range = window.lowerBound..<(window.lowerBound + word.count)
        return !compiled.wordBoundaries || UTF8Text.isWordBounded(range, window: window, in: bytes)
    }
}
