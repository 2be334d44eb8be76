import SideBySide

/// One step of a procedure, modelled on the DITA task step.
public struct ProcedureStep: Sendable, Hashable {
    /// The step's number as written in the ordered list.
    public var number: Int
    /// The command: the step's first paragraph, the imperative.
    public var command: ProcedureText
    /// Further paragraphs of the step that are not its result.
    public var info: [ProcedureText]
    /// The alerts attached to the step (inside it, or right after it between two parts of the list).
    public var notes: [ProcedureNote]
    /// The steps of a nested ordered list.
    public var substeps: [ProcedureStep]
    /// The entries of a nested bullet list: choices the user picks from.
    public var choices: [ProcedureText]
    /// Whether the step is optional: its command starts with a condition ("If you need to…").
    public var isOptional: Bool
    /// Paragraphs of the step that say what the user then sees.
    public var result: [ProcedureText]
    /// The actions recognised in the command and info, in text order.
    public var actions: [StepAction]
    /// Where the list item is written in the file.
    public var range: SourceRange

    public init(number: Int, command: ProcedureText, info: [ProcedureText] = [], notes: [ProcedureNote] = [],
                substeps: [ProcedureStep] = [], choices: [ProcedureText] = [], isOptional: Bool = false,
                result: [ProcedureText] = [], actions: [StepAction] = [], range: SourceRange) {
        self.number = number
        self.command = command
        self.info = info
        self.notes = notes
        self.substeps = substeps
        self.choices = choices
        self.isOptional = isOptional
        self.result = result
        self.actions = actions
        self.range = range
    }

    /// Whether at least one action was recognised in the step.
    public var isRecognised: Bool { !actions.isEmpty }
}
