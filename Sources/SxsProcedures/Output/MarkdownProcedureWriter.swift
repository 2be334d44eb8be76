import SideBySide

/// Writes procedures as clean Markdown: a heading per procedure, numbered steps, no pair markup.
public enum MarkdownProcedureWriter {
    /// The Markdown of `procedures`.
    public static func markdown(_ procedures: [Procedure]) -> String {
        var lines: [String] = []
        for (index, procedure) in procedures.enumerated() {
            if index > 0 { lines.append("") }
            lines.append("## " + (procedure.title.map(InlineRendering.markdown) ?? "Procedure \(index + 1)"))
            if !procedure.appliesTo.isEmpty {
                lines.append("")
                lines.append("**\(procedure.appliesToHeading ?? "Applies to")**: " + procedure.appliesTo.map(\.label).joined(separator: "; "))
            }
            for paragraph in procedure.context {
                lines.append("")
                lines.append(InlineRendering.markdown(paragraph))
            }
            lines.append("")
            steps(procedure.steps, indent: "", into: &lines)
            notes(procedure.notes, indent: "", into: &lines)
            for paragraph in procedure.result {
                lines.append("")
                lines.append(InlineRendering.markdown(paragraph))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func steps(_ steps: [ProcedureStep], indent: String, into lines: inout [String]) {
        var previousHadBlocks = false
        for (position, step) in steps.enumerated() {
            // A step after one with paragraphs, lists or notes starts after a blank line.
            if previousHadBlocks { lines.append("") }
            previousHadBlocks = !(step.info.isEmpty && step.result.isEmpty && step.choices.isEmpty
                                  && step.substeps.isEmpty && step.notes.isEmpty)
            let marker = "\(position + 1). "
            let inner = indent + String(repeating: " ", count: marker.count)
            lines.append(indent + marker + (step.isOptional ? "(Optional) " : "") + InlineRendering.markdown(step.command))
            for paragraph in step.info + step.result {
                lines.append("")
                lines.append(inner + InlineRendering.markdown(paragraph))
            }
            if !step.choices.isEmpty {
                lines.append("")
                for choice in step.choices { lines.append(inner + "- " + InlineRendering.markdown(choice)) }
            }
            if !step.substeps.isEmpty {
                lines.append("")
                self.steps(step.substeps, indent: inner, into: &lines)
            }
            notes(step.notes, indent: inner, into: &lines)
        }
    }

    private static func notes(_ notes: [ProcedureNote], indent: String, into lines: inout [String]) {
        for note in notes {
            lines.append("")
            lines.append(indent + "> [!\(note.kind)]")
            for paragraph in note.paragraphs { lines.append(indent + "> " + InlineRendering.markdown(paragraph)) }
        }
    }
}
