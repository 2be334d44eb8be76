import SideBySide
import SxsProcedures

/// The procedure context of an article's segments, as notes for translators: which procedure and
/// step a segment belongs to, and the UI labels that step names.
///
/// Procedures are read from the English source side with the en-US patterns, so the notes are in
/// English whatever the article's language: `Procedure 'Add a customer', step 3` and
/// `UI labels: Dashboard > Customers`.
struct ProcedureNotes {
    /// The notes of each segment, by segment id.
    private(set) var notes: [String: [XLIFFNote]] = [:]

    init(document: SxsDocument, patterns: LocaleProcedurePatterns?) {
        guard let patterns, ArticleProcedures.isBilingual(document) else { return }
        let procedures = ProcedureExtractor(side: .source, patterns: patterns).procedures(in: document)
        for (ordinal, procedure) in procedures.enumerated() {
            let title = procedure.title.map { "Procedure '\($0.plainText)'" } ?? "Procedure \(ordinal + 1)"
            if let heading = procedure.title {
                for span in heading.segments { add(span.id.raw, XLIFFNote(category: "procedure", text: "\(title): its title")) }
            }
            visit(procedure.steps, prefix: "", title: title)
        }
    }

    private mutating func visit(_ steps: [ProcedureStep], prefix: String, title: String) {
        for step in steps {
            let number = prefix + String(step.number)
            let place = "\(title), step \(number)"
            var texts = [step.command] + step.info + step.choices + step.result
            texts += step.notes.flatMap(\.paragraphs)
            for text in texts {
                for span in text.segments {
                    add(span.id.raw, XLIFFNote(category: "procedure", text: place))
                    let labels = step.actions.filter { $0.segmentID == span.id }.compactMap(\.ui).map { $0.path.joined(separator: " > ") }
                    if !labels.isEmpty {
                        add(span.id.raw, XLIFFNote(category: "ui", text: "UI labels: " + labels.joined(separator: "; ")))
                    }
                }
            }
            visit(step.substeps, prefix: number + ".", title: title)
        }
    }

    private mutating func add(_ id: String, _ note: XLIFFNote) {
        if notes[id]?.contains(note) == true { return }
        notes[id, default: []].append(note)
    }
}
