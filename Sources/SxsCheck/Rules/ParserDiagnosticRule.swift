import SideBySide

/// A rule that reports the parser's diagnostics of some codes as findings.
protocol ParserDiagnosticRule: CheckRule {
    /// The parser diagnostic codes the rule reports.
    var diagnosticCodes: Set<String> { get }
}

extension ParserDiagnosticRule {
    public func check(_ document: CheckedDocument, context: CheckContext) -> [Violation] {
        document.document.diagnostics.filter { diagnosticCodes.contains($0.code) }.map {
            Violation(message: $0.message, location: $0.location)
        }
    }
}
