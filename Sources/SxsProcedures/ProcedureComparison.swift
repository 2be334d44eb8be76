import SideBySide

/// A place where the procedures of an article's target and source disagree.
public struct ProcedureDisagreement: Sendable, Hashable {
    /// What differs, and why it matters, in one sentence.
    public var message: String
    /// Where it is: the target step (or procedure) concerned.
    public var range: SourceRange

    public init(message: String, range: SourceRange) {
        self.message = message
        self.range = range
    }
}

/// Compares the procedures recognised from an article's target with those from its source.
///
/// This is the logic of the future `sxs check` rule: the rule only turns each disagreement into a diagnostic.
public enum ProcedureComparison {
    /// The disagreements between the target's procedures and the source's, in document order.
    ///
    /// Procedures and steps are paired in order; a step's actions are compared by kind and control
    /// kind (labels differ by language), aligned by longest common subsequence, so that the message
    /// names the actions one side has and the other lacks.
    public static func disagreements(target: [Procedure], source: [Procedure]) -> [ProcedureDisagreement] {
        var found: [ProcedureDisagreement] = []
        if target.count != source.count, let first = target.first ?? source.first {
            found.append(ProcedureDisagreement(
                message: "the target has \(target.count) procedure(s) where the source has \(source.count): a list was split or merged in translation",
                range: first.range))
        }
        for (targetProcedure, sourceProcedure) in zip(target, source) {
            let targetSteps = targetProcedure.allSteps, sourceSteps = sourceProcedure.allSteps
            if targetSteps.count != sourceSteps.count {
                found.append(ProcedureDisagreement(
                    message: "procedure '\(targetProcedure.title?.plainText ?? "untitled")' has \(targetSteps.count) step(s) in the target and \(sourceSteps.count) in the source: steps were merged or split",
                    range: targetProcedure.range))
                continue
            }
            for (targetStep, sourceStep) in zip(targetSteps, sourceSteps) {
                if let message = difference(target: targetStep.actions, source: sourceStep.actions) {
                    found.append(ProcedureDisagreement(message: "step \(targetStep.number): " + message, range: targetStep.range))
                }
            }
        }
        return found
    }

    /// The kind (and control kind) of an action, as compared across languages.
    public static func signature(_ action: StepAction) -> String {
        action.ui.map { "\(action.kind.rawValue)(\($0.control.rawValue))" } ?? action.kind.rawValue
    }

    /// What the target's actions lack and add against the source's, or nil when they agree.
    private static func difference(target: [StepAction], source: [StepAction]) -> String? {
        let a = target.map(signature), b = source.map(signature)
        guard a != b else { return nil }
        // Longest common subsequence, to name what each side has that the other lacks.
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var missing: [StepAction] = [], extra: [StepAction] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] { i += 1; j += 1 }
            else if j < b.count, i == a.count || table[i][j + 1] >= table[i + 1][j] { missing.append(source[j]); j += 1 }
            else { extra.append(target[i]); i += 1 }
        }
        func describe(_ actions: [StepAction]) -> String {
            actions.map { "\(signature($0)) '\($0.text)'" }.joined(separator: ", ")
        }
        var parts: [String] = []
        if !missing.isEmpty { parts.append("the target lacks the source's \(describe(missing))") }
        if !extra.isEmpty { parts.append("the target has \(describe(extra)) that the source does not") }
        return parts.joined(separator: "; ") + " (a UI label missing or not marked, or steps merged)"
    }
}
