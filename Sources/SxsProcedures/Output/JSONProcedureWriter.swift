import SideBySide

/// Writes an article's procedures as one JSON object (schema below), with the parser's ``JSONValue``.
///
/// ```
/// {"schemaVersion":1,"path":P,"side":"target"|"source","locale":L,
///  "procedures":[{"title":T|null,"appliesTo":[{"label":S,"cloud":ID|null}],"context":[S],
///    "steps":[STEP],"result":[S],"notes":[{"kind":K,"text":[S]}],"range":RANGE}]}
/// STEP   = {"number":N,"command":S,"info":[S],"notes":[…],"substeps":[STEP],"choices":[S],
///           "optional":B,"result":[S],"recognised":B,"range":RANGE,"actions":[ACTION]}
/// ACTION = {"kind":"openMenu"|"select"|"assertPage"|"enterValue"|"chooseFromList"|"verify"|
///           "captureOutput"|"external"|"informational","text":S,"segment":ID|null,"range":RANGE,
///           "ui":{"label":S,"control":"menu"|"menuItem"|"button"|"link"|"tab"|"option"|"page"|"field"|"list",
///                 "path":[S],"segment":ID|null,"range":RANGE}|null}
/// RANGE  = {"start":{"line":N,"column":N,"offset":N},"end":{…}}
/// ```
/// Texts are plain (markup removed); a `ui` label is exactly as written, brackets of ja-JP labels excepted.
public enum JSONProcedureWriter {
    /// The JSON of `procedures`, read from `path` on `side` in `locale`, with a final line ending.
    public static func json(_ procedures: [Procedure], path: String, side: ProcedureSide, locale: String) -> [UInt8] {
        var output: [UInt8] = []
        value(procedures, path: path, side: side, locale: locale).write(to: &output)
        output.append(10)
        return output
    }

    /// The JSON value of `procedures`.
    public static func value(_ procedures: [Procedure], path: String, side: ProcedureSide, locale: String) -> JSONValue {
        .object([
            ("schemaVersion", .int(1)),
            ("path", .string(path)),
            ("side", .string(side.rawValue)),
            ("locale", .string(locale)),
            ("procedures", .array(procedures.map(procedure))),
        ])
    }

    static func procedure(_ procedure: Procedure) -> JSONValue {
        .object([
            ("title", procedure.title.map { .string($0.plainText) } ?? .null),
            ("appliesTo", .array(procedure.appliesTo.map {
                .object([("label", .string($0.label)), ("cloud", $0.cloud.map(JSONValue.string) ?? .null)])
            })),
            ("context", texts(procedure.context)),
            ("steps", .array(procedure.steps.map(step))),
            ("result", texts(procedure.result)),
            ("notes", .array(procedure.notes.map(note))),
            ("range", range(procedure.range)),
        ])
    }

    static func step(_ step: ProcedureStep) -> JSONValue {
        .object([
            ("number", .int(step.number)),
            ("command", .string(step.command.plainText)),
            ("info", texts(step.info)),
            ("notes", .array(step.notes.map(note))),
            ("substeps", .array(step.substeps.map(self.step))),
            ("choices", texts(step.choices)),
            ("optional", .bool(step.isOptional)),
            ("result", texts(step.result)),
            ("recognised", .bool(step.isRecognised)),
            ("range", range(step.range)),
            ("actions", .array(step.actions.map(action))),
        ])
    }

    static func action(_ action: StepAction) -> JSONValue {
        .object([
            ("kind", .string(action.kind.rawValue)),
            ("text", .string(action.text)),
            ("segment", action.segmentID.map { .string($0.raw) } ?? .null),
            ("range", range(action.range)),
            ("ui", action.ui.map(ui) ?? .null),
        ])
    }

    static func ui(_ ui: UIReference) -> JSONValue {
        .object([
            ("label", .string(ui.label)),
            ("control", .string(ui.control.rawValue)),
            ("path", .array(ui.path.map(JSONValue.string))),
            ("segment", ui.segmentID.map { .string($0.raw) } ?? .null),
            ("range", range(ui.range)),
        ])
    }

    static func note(_ note: ProcedureNote) -> JSONValue {
        .object([("kind", .string(note.kind)), ("text", texts(note.paragraphs))])
    }

    static func texts(_ texts: [ProcedureText]) -> JSONValue { .array(texts.map { .string($0.plainText) }) }

    static func range(_ range: SourceRange) -> JSONValue {
        func location(_ location: SourceLocation) -> JSONValue {
            .object([("line", .int(location.line)), ("column", .int(location.column)), ("offset", .int(location.offset))])
        }
        return .object([("start", location(range.start)), ("end", location(range.end))])
    }
}
