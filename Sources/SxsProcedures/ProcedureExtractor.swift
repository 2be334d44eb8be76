import SideBySide

/// How much of each procedure an extraction reads.
public enum ProcedureDetail: Sendable, Hashable {
    /// Everything: titles, "Applies to", context, steps with all their parts, results and notes.
    case full
    /// What comparing procedures needs (``ProcedureComparison``): titles, and steps with their numbers, ranges,
    /// commands, information, substeps and actions. Context, results, notes, choices and "Applies to" are left
    /// empty, and no step is optional; the procedures and their steps are those a full reading finds.
    case actions
    /// The steps' actions without the text they were read from: the procedures and steps ``actions`` finds,
    /// with their ranges, numbers, substeps and actions, but no titles and no step text (every command is
    /// empty, and no step has information). What checking that a translation names the source's UI elements needs.
    case stepActions
    /// The outline only: the procedures with their ranges, and their steps with their numbers, ranges and
    /// substeps, as a full reading finds them. Titles are nil, steps have no text and no actions; a step's
    /// own paragraphs are never read (quotes still are: whether one is a note decides whether the lists in
    /// it are substeps).
    case steps

    /// Whether procedures get their titles.
    var readsTitles: Bool { self == .full || self == .actions }
    /// Whether steps keep their command and information (the paragraphs their actions are read from).
    var keepsStepText: Bool { self == .full || self == .actions }
}

/// Finds the procedures of an article: every top-level ordered list, with its title, context and result.
///
/// It walks the document's blocks on one side (target or source), reading each paragraph as that
/// side's Markdown, and recognises each step's actions with a ``StepRecognizer`` for that side's locale.
/// A paragraph or heading is read only once it is known to matter: the title and context of a
/// procedure when its steps come, never those of text that no steps follow.
public struct ProcedureExtractor: Sendable {
    /// Which side of each pair to read.
    public let side: ProcedureSide
    /// The recognizer for the language of that side.
    public let recognizer: StepRecognizer
    /// How much of each procedure to read.
    public let detail: ProcedureDetail

    public init(side: ProcedureSide, patterns: LocaleProcedurePatterns, detail: ProcedureDetail = .full) {
        self.init(side: side, recognizer: StepRecognizer(patterns: patterns), detail: detail)
    }

    /// An extractor that recognises steps with `recognizer`, made once for its locale: making a recognizer
    /// finds its compiled patterns by comparing the locale's patterns with those compiled before, in full.
    public init(side: ProcedureSide, recognizer: StepRecognizer, detail: ProcedureDetail = .full) {
        self.side = side
        self.recognizer = recognizer
        self.detail = detail
    }

    /// The locale of the text on `side` of `document`.
    ///
    /// In an article with pairs the source is `en-US` and the target is in `ms.contentlocale` (or the
    /// locale folder of its path). An article without pairs has one text, on both sides, in the locale
    /// of its path's folder (`content/en-US/…`, `ja-JP-2018/…`), else in `ms.contentlocale`, else `en-US`.
    public static func locale(of document: SxsDocument, side: ProcedureSide) -> String? {
        let content = document.frontMatter?.contentLocale.flatMap { $0.isEmpty ? nil : LocaleName.normalized($0) }
        guard hasBodyPairs(document) else { return LocaleName.inPath(document.path) ?? content ?? "en-US" }
        if side == .source { return "en-US" }
        return content ?? LocaleName.inPath(document.path)
    }

    /// Whether the body holds pairs (front-matter pairs do not count).
    static func hasBodyPairs(_ document: SxsDocument) -> Bool {
        func visit(_ blocks: [Block]) -> Bool { blocks.contains { !$0.segmentIndices.isEmpty || visit($0.children) } }
        return visit(document.blocks)
    }

    /// The procedures of `document`, in order.
    public func procedures(in document: SxsDocument) -> [Procedure] {
        let blocks = document.blocks
        // Only a top-level ordered list opens a procedure: without one there is nothing to read.
        guard blocks.contains(where: { if case .list(ordered: true, _, _) = $0.kind { true } else { false } }) else { return [] }
        let reader = SideTextReader(document: document, side: side)
        var procedures: [Procedure] = []
        var appliesTo: [Applicability] = []
        var appliesToHeading: String?
        // The title and the paragraphs after it, read when steps follow them.
        var title: Pending?
        var context: [Pending] = []
        var current: Procedure?
        // Whether a paragraph came after the current procedure's steps (its result).
        var hasResult = false

        // The procedure being read is closed by a function it is passed to, not one that captures it: captured,
        // it was kept in a box, and every look at it (`current == nil`, for each block) copied it and let it go.
        func close(_ current: inout Procedure?, into procedures: inout [Procedure]) {
            if let procedure = current.take() { procedures.append(procedure) }
        }
        func isBulletList(_ index: Int) -> Bool {
            guard index < blocks.count, case .list(ordered: false, _, _) = blocks[index].kind else { return false }
            return true
        }
        /// Whether `text`, right before the block at `index + 1`, is the "Applies to" heading of the list
        /// there; if so, that list is read into `appliesTo`.
        func readsAppliesTo(_ text: ProcedureText, at index: Int) -> Bool {
            guard isBulletList(index + 1), isAppliesTo(text) else { return false }
            if detail == .full {
                appliesTo = applicability(blocks[index + 1], reader: reader)
                appliesToHeading = text.plainText
            }
            return true
        }
        var index = 0
        while index < blocks.count {
            defer { index += 1 }
            switch blocks[index].kind {
            case .heading:
                if isBulletList(index + 1) {
                    // Without titles, the heading matters only as the "Applies to" heading of the list: its plain text
                    // tells, taken from its Markdown when written plainly.
                    if !detail.readsTitles, let plainText = reader.plainTextIfPlainlyWritten(blocks[index]) {
                        if isAppliesTo(plainText) {
                            index += 1
                            continue
                        }
                        title = .unread(index)
                    } else {
                        let text = reader.text(of: blocks[index])
                        if readsAppliesTo(text, at: index) {
                            index += 1
                            continue
                        }
                        title = .read(text)
                    }
                } else {
                    title = .unread(index)
                }
                close(&current, into: &procedures)
                context = []
            case .paragraph:
                // Before steps, a paragraph is context (or a title, if bold): read only if steps follow (and titles are read).
                if case .none = current, !isBulletList(index + 1) {
                    if detail.readsTitles { context.append(.unread(index)) }
                    continue
                }
                // Only a bold paragraph can be a title or the "Applies to" heading; any other is a result or context.
                if detail != .full, !reader.mayBeBold(blocks[index]) {
                    if case .some = current { hasResult = true }
                    continue
                }
                // Without titles, a paragraph written plainly in bold is a title, or the "Applies to" heading: its
                // plain text, taken from its Markdown, tells which.
                if !detail.readsTitles, let plainText = reader.plainTextIfPlainlyWritten(blocks[index]) {
                    if isBulletList(index + 1), isAppliesTo(plainText) {
                        index += 1
                        continue
                    }
                    close(&current, into: &procedures)
                    title = .unread(index)
                    context = []
                    continue
                }
                let text = reader.text(of: blocks[index])
                if isBold(text) {
                    if readsAppliesTo(text, at: index) {
                        index += 1
                        continue
                    }
                    close(&current, into: &procedures)
                    title = .read(unwrappingBold(text))
                    context = []
                } else if case .some = current {
                    if detail == .full { current!.result.append(text) }
                    hasResult = true
                } else {
                    context.append(.read(text))
                }
            case .list(ordered: true, let start, _):
                let steps = blocks[index].children.map { step($0, reader: reader, source: document.source) }
                if var procedure = current, !hasResult, let last = procedure.steps.last, last.number + 1 == start {
                    procedure.steps += steps
                    procedure.range = SourceRange(start: procedure.range.start, end: blocks[index].range.end)
                    current = procedure
                } else {
                    close(&current, into: &procedures)
                    // Without titles, what comes before the steps is not read.
                    let (procedureTitle, procedureContext) = !detail.readsTitles ? (nil, [])
                        : introduction(title: title, context: context, in: blocks, reader: reader)
                    current = Procedure(title: procedureTitle, appliesTo: appliesTo, appliesToHeading: appliesToHeading,
                                        context: procedureContext, steps: steps, result: [], notes: [], range: blocks[index].range)
                    hasResult = false
                    title = nil
                    context = []
                }
            case .alert, .blockQuote:
                guard detail == .full, case .some = current, let (kind, style) = alertKind(of: blocks[index], reader: reader) else { continue }
                let note = ProcedureNote(kind: kind, paragraphs: noteParagraphs(blocks[index], style: style, reader: reader))
                // An alert between two parts of a list belongs to the step before it.
                if current!.result.isEmpty, index + 1 < blocks.count, case .list(ordered: true, let start, _) = blocks[index + 1].kind,
                   let last = current!.steps.last, last.number + 1 == start {
                    current!.steps[current!.steps.count - 1].notes.append(note)
                } else {
                    current!.notes.append(note)
                }
            default:
                continue
            }
        }
        close(&current, into: &procedures)
        return procedures
    }

    /// The step whose list item is written at `range`, with its substeps, as ``procedures(in:)`` reads it; nil
    /// when no list item of `document` is written there. A step of an outline (``ProcedureDetail/steps``) is
    /// read so with more detail, alone.
    public func step(at range: SourceRange, in document: SxsDocument) -> ProcedureStep? {
        guard let item = Self.listItem(at: range.offsets, in: document.blocks) else { return nil }
        return step(item, reader: SideTextReader(document: document, side: side), source: document.source)
    }

    /// At most how many of the actions of the step whose list item is written at `range` name a UI element
    /// (``StepAction/ui``), as a reading of its actions finds them (``ProcedureDetail/stepActions``), told
    /// from the Markdown of the step's paragraphs without reading them (``StepRecognizer/namedElementBound(inMarkdown:)``):
    /// much cheaper than the reading. Nil when the Markdown cannot tell, or no list item is written at `range`.
    public func namedElementBound(ofStepAt range: SourceRange, in document: SxsDocument) -> Int? {
        guard let item = Self.listItem(at: range.offsets, in: document.blocks) else { return nil }
        let reader = SideTextReader(document: document, side: side)
        var bound = 0
        // The blocks a step's actions are read from (``step(_:reader:source:)``): its paragraphs and headings,
        // and those of the quotes in it that are not alerts (every quote, here). Alerts hold notes, lists substeps
        // and choices.
        func add(_ block: Block) -> Bool {
            switch block.kind {
            case .paragraph, .heading:
                guard let more = reader.markdown(of: block).withUnsafeBufferPointer(recognizer.namedElementBound(inMarkdown:)) else {
                    return false
                }
                bound += more
                return true
            case .blockQuote: return block.children.allSatisfy(add)
            default: return true
            }
        }
        return item.children.allSatisfy(add) ? bound : nil
    }

    /// The list item written at `offsets` among `blocks` and the blocks in them.
    private static func listItem(at offsets: Range<Int>, in blocks: [Block]) -> Block? {
        // Siblings follow one another: those that may hold the item end at or after its end and start at or before its start.
        var index = blocks.firstIndex(bisecting: { $0.range.end.offset >= offsets.upperBound })
        while index < blocks.count, blocks[index].range.start.offset <= offsets.lowerBound {
            if case .listItem = blocks[index].kind, blocks[index].range.offsets == offsets { return blocks[index] }
            if let item = listItem(at: offsets, in: blocks[index].children) { return item }
            index += 1
        }
        return nil
    }

    /// A heading or paragraph before a procedure: read, or its index among the blocks.
    private enum Pending {
        case unread(Int)
        case read(ProcedureText)
    }

    /// The title and context of a procedure: the last bold paragraph among those before its steps (else
    /// the title before them), and the paragraphs after it that have text.
    private func introduction(title: Pending?, context: [Pending], in blocks: [Block],
                              reader: SideTextReader) -> (ProcedureText?, [ProcedureText]) {
        var paragraphs: [ProcedureText] = []
        var boldTitle: ProcedureText?
        search: for pending in context.reversed() {
            switch pending {
            case .read(let text):
                // Read because a bullet list follows it; not bold, else it would be the title.
                paragraphs.append(text)
            case .unread(let index):
                if detail != .full, !reader.mayBeBold(blocks[index]) { continue search }
                let text = reader.text(of: blocks[index])
                if isBold(text) {
                    boldTitle = unwrappingBold(text)
                    break search
                }
                paragraphs.append(text)
            }
        }
        var text = boldTitle
        if boldTitle == nil, let title {
            switch title {
            case .read(let read): text = read
            case .unread(let index): text = reader.text(of: blocks[index])
            }
        }
        guard detail == .full else { return (text, []) }
        return (text, paragraphs.reversed().filter { !$0.plainText.isEmpty })
    }

    /// A list item as a step.
    private func step(_ item: Block, reader: SideTextReader, source: SourceText) -> ProcedureStep {
        var number = 0
        if case .listItem(let ordinal) = item.kind { number = ordinal ?? 0 }
        let full = detail == .full
        // An outline reads no paragraph of the step: only its substeps are wanted.
        let readsText = detail != .steps
        // The command of a step without text.
        let noText = ProcedureText(inlines: [], range: item.range, segments: [])
        var paragraphs: [ProcedureText] = []
        var notes: [ProcedureNote] = []
        var substeps: [ProcedureStep] = []
        var choices: [ProcedureText] = []
        func visit(_ block: Block) {
            switch block.kind {
            case .paragraph where !readsText, .heading where !readsText:
                break
            case .paragraph where !paragraphs.isEmpty:
                // A further paragraph that opens with a bold alert word (`**Note**  If you are prompted…`) is a note.
                let text = reader.text(of: block)
                if let kind = openingAlertKind(of: text) {
                    if full { notes.append(ProcedureNote(kind: kind, paragraphs: [withoutAlertLabel(text)])) }
                } else {
                    paragraphs.append(text)
                }
            case .paragraph, .heading: paragraphs.append(reader.text(of: block))
            case .alert, .blockQuote:
                if let (kind, style) = alertKind(of: block, reader: reader) {
                    if full { notes.append(ProcedureNote(kind: kind, paragraphs: noteParagraphs(block, style: style, reader: reader))) }
                } else {
                    block.children.forEach(visit)
                }
            case .list(ordered: true, _, _): substeps += block.children.map { step($0, reader: reader, source: source) }
            case .list(ordered: false, _, _):
                guard full else { break }
                choices += block.children.compactMap { item in item.children.first { $0.kind == .paragraph }.map(reader.text(of:)) }
            default: break
            }
        }
        item.children.forEach(visit)
        guard readsText else {
            return ProcedureStep(number: number, command: noText, info: [],
                                 notes: [], substeps: substeps, choices: [], isOptional: false, result: [], actions: [],
                                 range: item.range)
        }
        let command = paragraphs.first ?? noText
        var info: [ProcedureText] = []
        var result: [ProcedureText] = []
        for paragraph in paragraphs.dropFirst() {
            if recognizer.isResult(paragraph) {
                if full { result.append(paragraph) }
            } else {
                info.append(paragraph)
            }
        }
        let commandTokens = recognizer.tokens(of: command)
        let actions = recognizer.actions(inStep: [commandTokens] + info.map(recognizer.tokens(of:)), source: source)
        guard detail.keepsStepText else {
            return ProcedureStep(number: number, command: noText, substeps: substeps, actions: actions, range: item.range)
        }
        return ProcedureStep(number: number, command: command, info: info, notes: notes, substeps: substeps, choices: choices,
                             isOptional: full && recognizer.isOptional(command: commandTokens, actions: actions), result: result,
                             actions: actions, range: item.range)
    }

    /// The kind and style of an alert, or of a quote whose first word is a bold alert word of the locale
    /// (`> **注**<br>`, bold written around a pair); nil for any other quote.
    private func alertKind(of block: Block, reader: SideTextReader) -> (String, AlertStyle)? {
        if case .alert(let kind, let style) = block.kind { return (kind, style) }
        guard let first = block.children.first, first.kind == .paragraph,
              let kind = openingAlertKind(of: reader.text(of: first)) else { return nil }
        return (kind, .boldLabel)
    }

    /// The alert kind of a paragraph whose first word is a bold alert word of the locale (`**注意**`), if it is one.
    private func openingAlertKind(of text: ProcedureText) -> String? {
        guard let strong = text.inlines.first(where: { !isBlank($0) }), strong.kind == .strong else { return nil }
        return recognizer.compiled.alertKind(of: strong.plainText)
    }

    /// The paragraphs of an alert; an older alert's bold label (`**Note**<br>`) is left out.
    private func noteParagraphs(_ alert: Block, style: AlertStyle, reader: SideTextReader) -> [ProcedureText] {
        var paragraphs = alert.children.filter { $0.kind == .paragraph }.map(reader.text(of:))
        if style == .boldLabel, let first = paragraphs.first {
            paragraphs[0] = withoutAlertLabel(first)
        }
        return paragraphs
    }

    /// A note's first paragraph without its bold alert word and the breaks after it.
    private func withoutAlertLabel(_ paragraph: ProcedureText) -> ProcedureText {
        var text = paragraph
        guard let strong = text.inlines.firstIndex(where: { !isBlank($0) }), text.inlines[strong].kind == .strong else { return text }
        text.inlines.removeSubrange(...strong)
        while let head = text.inlines.first, isBlank(head) || head.kind == .html("<br>") || isHTMLBreak(head) {
            text.inlines.removeFirst()
        }
        return text
    }

    private func isHTMLBreak(_ inline: Inline) -> Bool {
        if case .html(let html) = inline.kind { return isBreakTag(html) }
        return false
    }

    private func isBlank(_ inline: Inline) -> Bool {
        switch inline.kind {
        case .text(let text): return UTF8Text.isAllWhitespace(text)
        case .softBreak, .lineBreak: return true
        case .html(let html): return !isBreakTag(html)
        default: return false
        }
    }

    /// Whether raw HTML is a `<br>` tag (`html.lowercased().hasPrefix("<br")`, without lower-casing it).
    private func isBreakTag(_ html: String) -> Bool {
        var bytes = html.utf8.makeIterator()
        guard bytes.next() == UInt8(ascii: "<"), let b = bytes.next(), b | 0x20 == UInt8(ascii: "b"),
              let r = bytes.next(), r | 0x20 == UInt8(ascii: "r") else { return false }
        // A combining mark after the `r` would make it another character.
        if let next = bytes.next(), next >= 0x80 { return html.lowercased().hasPrefix("<br") }
        return true
    }

    /// A bold paragraph as its text: the inlines inside the bold.
    private func unwrappingBold(_ text: ProcedureText) -> ProcedureText {
        guard let strong = text.inlines.first(where: { $0.kind == .strong }) else { return text }
        var unwrapped = text
        unwrapped.inlines = strong.children
        return unwrapped
    }

    /// Whether the paragraph is all bold: a procedure title or the "Applies to" heading.
    private func isBold(_ text: ProcedureText) -> Bool {
        var visible: Inline?
        for inline in text.inlines where !isBlank(inline) {
            guard visible == nil else { return false }
            visible = inline
        }
        return visible?.kind == .strong
    }

    private func isAppliesTo(_ text: ProcedureText) -> Bool {
        isAppliesTo(ArraySlice(text.plainText.utf8))
    }

    /// Whether a heading or bold paragraph whose plain text is the UTF-8 `plainText` is the "Applies to" heading.
    private func isAppliesTo(_ plainText: ArraySlice<UInt8>) -> Bool {
        // A heading is a few words: anything long is not one (and need not be lower-cased).
        guard plainText.count <= 80 else { return false }
        return plainText.withUnsafeBufferPointer(recognizer.compiled.isAppliesToHeading)
    }

    private func applicability(_ list: Block, reader: SideTextReader) -> [Applicability] {
        list.children.compactMap { item in
            guard let paragraph = item.children.first(where: { $0.kind == .paragraph }) else { return nil }
            let label = reader.text(of: paragraph).plainText
            return Applicability(label: label, cloud: recognizer.patterns.cloud(named: label))
        }
    }
}
