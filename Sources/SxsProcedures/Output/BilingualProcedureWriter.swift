import SideBySide

/// Writes an article's procedures in target and source, step by step, as Markdown.
public enum BilingualProcedureWriter {
    /// Each procedure's title and steps, target first and its source below it in a quote,
    /// then the places where the two sides' actions disagree.
    public static func markdown(target: ArticleProcedures, source: ArticleProcedures) -> String {
        var lines: [String] = []
        let count = max(target.procedures.count, source.procedures.count)
        for index in 0..<count {
            let targetProcedure = index < target.procedures.count ? target.procedures[index] : nil
            let sourceProcedure = index < source.procedures.count ? source.procedures[index] : nil
            if index > 0 { lines.append("") }
            lines.append("## " + (targetProcedure?.title.map(InlineRendering.markdown) ?? "(no \(target.locale) procedure)"))
            lines.append("")
            lines.append("> " + (sourceProcedure?.title.map(InlineRendering.markdown) ?? "(no \(source.locale) procedure)"))
            let targetSteps = targetProcedure?.allSteps ?? [], sourceSteps = sourceProcedure?.allSteps ?? []
            for position in 0..<max(targetSteps.count, sourceSteps.count) {
                let targetStep = position < targetSteps.count ? targetSteps[position] : nil
                let sourceStep = position < sourceSteps.count ? sourceSteps[position] : nil
                lines.append("")
                let number = targetStep?.number ?? sourceStep?.number ?? position + 1
                lines.append("\(position + 1). " + (targetStep.map { paragraphs($0) } ?? "(no \(target.locale) step \(number))"))
                lines.append("")
                lines.append("   > " + (sourceStep.map { paragraphs($0) } ?? "(no \(source.locale) step \(number))"))
            }
        }
        let disagreements = ProcedureComparison.disagreements(target: target.procedures, source: source.procedures)
        if !disagreements.isEmpty {
            lines.append("")
            lines.append("## Disagreements")
            lines.append("")
            for disagreement in disagreements {
                lines.append("- line \(disagreement.range.start.line): \(disagreement.message)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func paragraphs(_ step: ProcedureStep) -> String {
        ([step.command] + step.info + step.result).map(InlineRendering.markdown).joined(separator: " ")
    }
}
