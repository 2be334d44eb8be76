import Foundation
import SxsProcedures

/// One action of a run, as the transcript shows it.
public struct TranscriptEntry: Sendable, Hashable {
    /// The step's number as written.
    public var step: Int
    /// The action's kind.
    public var action: ActionKind
    /// The label as the article writes it (a cascade joined by ` > `), or the phrase when there is no label.
    public var written: String
    /// The controls found, as `id “label”` (empty when the action acts on none).
    public var controls: [String]
    /// What happened, or why it failed.
    public var result: String
    public var passed: Bool
}

/// Why a run failed, with everything needed to fix the article or the product.
public struct RunFailure: Error, Sendable, Hashable, CustomStringConvertible {
    public var article: String
    public var locale: String
    public var cloud: ProductCloud
    /// The procedure's title as written (empty when it has none).
    public var procedure: String
    public var step: Int
    /// The step's command as written.
    public var stepText: String
    /// The label as written, when the failure is about a label.
    public var label: String?
    /// The labels the page offers in the locale (controls, or page titles for a page assertion).
    public var offered: [String]
    /// The offered label nearest to `label`.
    public var nearest: String?
    /// What went wrong.
    public var message: String

    public var description: String {
        var text = "\(article): \(locale), \(cloud.rawValue): step \(step) “\(stepText)”: \(message)"
        if let label { text += "; label as written: “\(label)”" }
        if !offered.isEmpty { text += "; the page offers: " + offered.map { "“\($0)”" }.joined(separator: ", ") }
        if let nearest { text += "; nearest: “\(nearest)”" }
        return text
    }
}

/// The transcript of one procedure run in one locale and cloud, and its failure if any.
public struct RunTranscript: Sendable, Hashable {
    public var article: String
    public var locale: String
    public var cloud: ProductCloud
    public var procedure: String
    public var entries: [TranscriptEntry]
    /// Nil when every step passed.
    public var failure: RunFailure?
    /// The number of steps the procedure has.
    public var stepCount: Int

    public var passed: Bool { failure == nil }
}

/// Executes one procedure, step by step and action by action, against a product session.
public struct ProcedureRunner {
    public var article: String
    public var locale: String
    public var cloud: ProductCloud
    /// The scenario as it applies in `cloud`.
    public var scenario: Scenario

    public init(article: String, locale: String, cloud: ProductCloud, scenario: Scenario) {
        self.article = article
        self.locale = locale
        self.cloud = cloud
        self.scenario = scenario.inputs(for: cloud)
    }

    private struct Stop: Error { var failure: RunFailure }

    /// Runs `procedure` on `session`; the transcript stops at the first failing action.
    public func run(_ procedure: Procedure, on session: any ProductSession) -> RunTranscript {
        var state = State(runner: self, session: session, procedure: procedure.title?.plainText ?? "")
        let steps = procedure.allSteps
        for step in steps {
            do {
                try state.perform(step)
            } catch let stop as Stop {
                return RunTranscript(article: article, locale: locale, cloud: cloud, procedure: state.procedure,
                                     entries: state.entries, failure: stop.failure, stepCount: steps.count)
            } catch {
                preconditionFailure("only Stop is thrown")
            }
        }
        return RunTranscript(article: article, locale: locale, cloud: cloud, procedure: state.procedure,
                             entries: state.entries, failure: nil, stepCount: steps.count)
    }

    private struct State {
        let runner: ProcedureRunner
        let session: any ProductSession
        let procedure: String
        var entries: [TranscriptEntry] = []
        var used: Set<String> = []
        var entered: Set<String> = []
        var locale: String { runner.locale }

        init(runner: ProcedureRunner, session: any ProductSession, procedure: String) {
            self.runner = runner
            self.session = session
            self.procedure = procedure
        }

        mutating func perform(_ step: ProcedureStep) throws {
            guard !step.actions.isEmpty else {
                throw fail(step, nil, message: "no action recognised in the step, and it is not marked informational")
            }
            for (index, action) in step.actions.enumerated() {
                let asksValueLater = step.actions[(index + 1)...].contains { $0.kind == .enterValue }
                try perform(action, of: step, asksValueLater: asksValueLater)
            }
        }

        mutating func perform(_ action: StepAction, of step: ProcedureStep, asksValueLater: Bool) throws {
            switch action.kind {
            case .assertPage:
                let written = action.ui?.label ?? action.text
                let titles = session.pageTitles(in: locale)
                guard let match = LabelMatcher.bestMatch(written, in: titles) else {
                    throw fail(step, action, label: written, offered: titles,
                               message: "not on the page “\(written)” (the current page is “\(titles.first ?? session.currentPageID)”)")
                }
                record(step, action, written, controls: ["page \(session.currentPageID)"], "on the page (\(match.rawValue) match)")
            case .openMenu, .select:
                if let ui = action.ui {
                    try select(ui.path, kind: ui.control, action, of: step)
                } else {
                    try chooseFromScenario(action, of: step, allKinds: asksValueLater)
                }
            case .chooseFromList:
                try chooseFromScenario(action, of: step, allKinds: asksValueLater)
            case .enterValue:
                try enterValues(action, of: step)
            case .verify:
                let shown = session.outputs(in: locale).map { "\($0.caption): \($0.value)" }
                let title = session.pageTitles(in: locale).first ?? session.currentPageID
                record(step, action, action.text, controls: [], "checked the page “\(title)”" + (shown.isEmpty ? "" : ": " + shown.joined(separator: "; ")))
            case .captureOutput:
                let outputs = session.outputs(in: locale)
                guard !outputs.isEmpty else {
                    throw fail(step, action, message: "the page shows nothing to copy (“\(action.text)”)")
                }
                for output in outputs {
                    if let pattern = runner.scenario.outputs[output.id],
                       output.value.range(of: pattern, options: .regularExpression) == nil {
                        throw fail(step, action, message: "\(output.caption) is “\(output.value)”, expected to match \(pattern)")
                    }
                }
                record(step, action, action.text, controls: outputs.map(\.id),
                       "captured " + outputs.map { "\($0.caption) = \($0.value)" }.joined(separator: "; "))
            case .external:
                record(step, action, action.text, controls: [], "done outside the product (not performed)")
            case .informational:
                record(step, action, action.text, controls: [], "informational")
            }
        }

        /// Selects each label of `path` in turn (a menu cascade opens in order).
        mutating func select(_ path: [String], kind: SxsProcedures.ControlKind, _ action: StepAction, of step: ProcedureStep) throws {
            var found: [String] = []
            for (index, written) in path.enumerated() {
                let controls = session.visibleControls(in: locale).filter { $0.kind.isActivatable }
                let matches = controls.compactMap { control in
                    LabelMatcher.bestMatch(written, in: control.labels).map { (control, $0) }
                }
                guard !matches.isEmpty else {
                    let offered = unique(controls.flatMap(\.labels))
                    throw fail(step, action, label: written, offered: offered,
                               message: "no control labelled “\(written)” on the page “\(session.pageTitles(in: locale).first ?? session.currentPageID)”")
                }
                let isLast = index == path.count - 1
                let wanted = isLast ? kind : .menu
                let (control, match) = matches.first { $0.1 == .exact && Self.fits($0.0.kind, wanted) }
                    ?? matches.first { Self.fits($0.0.kind, wanted) } ?? matches.first { $0.1 == .exact } ?? matches[0]
                found.append("\(control.id) “\(control.labels[0])” (\(match.rawValue))")
                if runner.scenario.skip.contains(control.id) { continue }
                if (control.kind == .offer || control.kind == .option) && control.isSelected { continue }
                do {
                    try session.activate(control.id, in: locale)
                } catch {
                    throw fail(step, action, label: written, message: "the product refused: \(error.message)")
                }
            }
            let skipped = found.count == path.count && path.count == 1
                && runner.scenario.skip.contains(where: { found[0].hasPrefix($0 + " ") })
            // A place the step names in words ("in your customer list") shows the words and the cascade it stands for.
            let cascade = path.joined(separator: " > ")
            let written = action.text == cascade || action.text == action.ui?.label ? cascade : "\(action.text) (\(cascade))"
            record(step, action, written, controls: found,
                   skipped ? "found, not selected: the scenario makes no change here" : "selected; now on “\(session.pageTitles(in: locale).first ?? session.currentPageID)”")
        }

        static func fits(_ kind: ProductControlKind, _ written: SxsProcedures.ControlKind) -> Bool {
            switch written {
            case .menu: kind == .menu
            case .menuItem: kind == .menuItem
            case .button, .option: kind == .button || kind == .option || kind == .offer || kind == .link
            case .link: kind == .link
            case .tab: kind == .tab
            case .list: kind == .list
            case .field: kind == .field || kind == .quantity
            case .page: false
            }
        }

        /// Picks the scenario's entries the page lists: the first kind shown, or every kind when the step then asks for a value.
        mutating func chooseFromScenario(_ action: StepAction, of step: ProcedureStep, allKinds: Bool) throws {
            let controls = session.visibleControls(in: locale).filter { $0.kind.isActivatable }
            let byID = Dictionary(controls.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            var fresh = runner.scenario.choose.filter { !used.contains($0) }.compactMap { byID[$0] }
            if !allKinds, let kind = fresh.first?.kind { fresh = fresh.filter { $0.kind == kind } }
            if fresh.isEmpty {
                let chosen = runner.scenario.choose.filter { used.contains($0) }.compactMap { byID[$0] }
                    .filter { $0.isSelected || $0.kind == .option }
                guard !chosen.isEmpty else {
                    let offered = unique(controls.filter { [.link, .offer, .option].contains($0.kind) }.flatMap(\.labels))
                    throw fail(step, action, offered: offered,
                               message: "the scenario chooses none of the entries the page lists for “\(action.text)” (scenario: \(runner.scenario.choose.joined(separator: ", ")))")
                }
                record(step, action, action.text, controls: chosen.map { "\($0.id) “\($0.labels[0])”" }, "already chosen")
                return
            }
            for control in fresh {
                used.insert(control.id)
                if control.isSelected { continue }
                do {
                    try session.activate(control.id, in: locale)
                } catch {
                    throw fail(step, action, message: "the product refused \(control.id): \(error.message)")
                }
            }
            record(step, action, action.text, controls: fresh.map { "\($0.id) “\($0.labels[0])”" },
                   "chose; now on “\(session.pageTitles(in: locale).first ?? session.currentPageID)”")
        }

        /// Types the scenario's values into the page's fields: the one labelled, or every field the scenario fills.
        mutating func enterValues(_ action: StepAction, of step: ProcedureStep) throws {
            let fields = session.visibleControls(in: locale).filter { !$0.kind.isActivatable }
            var targets: [ProductControl]
            if let ui = action.ui {
                let matches = fields.filter { LabelMatcher.bestMatch(ui.label, in: $0.labels) != nil }
                guard let field = matches.first else {
                    throw fail(step, action, label: ui.label, offered: unique(fields.flatMap(\.labels)),
                               message: "no field labelled “\(ui.label)” on the page")
                }
                targets = [field]
            } else {
                targets = fields.filter { runner.scenario.values[$0.id] != nil && !entered.contains($0.id) }
                if targets.isEmpty {
                    let again = fields.filter { entered.contains($0.id) }
                    guard !again.isEmpty else {
                        throw fail(step, action, offered: unique(fields.flatMap(\.labels)),
                                   message: "the scenario gives no value for the fields of this page (“\(action.text)”)")
                    }
                    record(step, action, action.text, controls: again.map(\.id), "already entered")
                    return
                }
            }
            var typed: [String] = []
            for field in targets {
                guard let value = runner.scenario.values[field.id] else {
                    throw fail(step, action, label: field.labels.first, message: "the scenario gives no value for \(field.id)")
                }
                do {
                    try session.enter(value, into: field.id, in: locale)
                } catch {
                    throw fail(step, action, message: "the product refused “\(value)” in \(field.id): \(error.message)")
                }
                entered.insert(field.id)
                typed.append("\(field.labels.first ?? field.id) = \(value)")
            }
            record(step, action, action.ui?.label ?? action.text, controls: targets.map(\.id), "entered " + typed.joined(separator: "; "))
        }

        mutating func record(_ step: ProcedureStep, _ action: StepAction, _ written: String, controls: [String], _ result: String) {
            entries.append(TranscriptEntry(step: step.number, action: action.kind, written: written, controls: controls,
                                           result: result, passed: true))
        }

        mutating func fail(_ step: ProcedureStep, _ action: StepAction?, label: String? = nil, offered: [String] = [],
                           message: String) -> Stop {
            let nearest = label.flatMap { LabelMatcher.nearest(to: $0, in: offered) }
            let failure = RunFailure(article: runner.article, locale: locale, cloud: runner.cloud, procedure: procedure,
                                     step: step.number, stepText: step.command.plainText, label: label, offered: offered,
                                     nearest: nearest, message: message)
            entries.append(TranscriptEntry(step: step.number, action: action?.kind ?? .informational,
                                           written: label ?? action?.text ?? "", controls: [], result: message, passed: false))
            return Stop(failure: failure)
        }

        func unique(_ labels: [String]) -> [String] {
            var seen: Set<String> = []
            return labels.filter { seen.insert($0).inserted }
        }
    }
}
