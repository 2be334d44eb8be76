import SideBySide

/// Writes procedures as one standalone, accessible HTML page: no scripts, no external assets.
public enum HTMLProcedureWriter {
    /// The HTML page of the article's procedures, in the language of its text.
    public static func html(_ article: ArticleProcedures) -> String {
        let escape = InlineRendering.escapeHTML
        let title = article.procedures.first?.title.map { $0.plainText } ?? "Procedures"
        var html = """
        <!DOCTYPE html>
        <html lang="\(escape(article.locale))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>
        body { font-family: system-ui, sans-serif; line-height: 1.5; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; background: #fff; }
        strong.ui { font-weight: 600; }
        ol.steps > li { margin-bottom: 0.75rem; }
        aside.note { border-left: 4px solid #0063b1; background: #f2f6fb; padding: 0.25rem 1rem; margin: 0.5rem 0; }
        .optional { font-style: italic; }
        .applies-to { color: #444; }
        </style>
        </head>
        <body>
        <main>

        """
        for (index, procedure) in article.procedures.enumerated() {
            let headingID = "procedure-\(index + 1)"
            html += "<section aria-labelledby=\"\(headingID)\">\n"
            html += "<h2 id=\"\(headingID)\">\(procedure.title.map(InlineRendering.html) ?? "Procedure \(index + 1)")</h2>\n"
            if !procedure.appliesTo.isEmpty {
                html += "<p class=\"applies-to\"><strong>\(escape(procedure.appliesToHeading ?? "Applies to"))</strong>: \(procedure.appliesTo.map { escape($0.label) }.joined(separator: "; "))</p>\n"
            }
            for paragraph in procedure.context { html += "<p>\(InlineRendering.html(paragraph))</p>\n" }
            html += steps(procedure.steps, label: headingID)
            html += notes(procedure.notes)
            for paragraph in procedure.result { html += "<p>\(InlineRendering.html(paragraph))</p>\n" }
            html += "</section>\n"
        }
        html += "</main>\n</body>\n</html>\n"
        return html
    }

    private static func steps(_ steps: [ProcedureStep], label: String) -> String {
        var html = "<ol class=\"steps\" aria-labelledby=\"\(label)\">\n"
        for step in steps {
            html += "<li>"
            if step.isOptional { html += "<span class=\"optional\">(Optional)</span> " }
            html += "<p>\(InlineRendering.html(step.command))</p>"
            for paragraph in step.info + step.result { html += "<p>\(InlineRendering.html(paragraph))</p>" }
            if !step.choices.isEmpty {
                html += "<ul>" + step.choices.map { "<li>\(InlineRendering.html($0))</li>" }.joined() + "</ul>"
            }
            if !step.substeps.isEmpty { html += "\n" + Self.steps(step.substeps, label: label) }
            html += notes(step.notes)
            html += "</li>\n"
        }
        return html + "</ol>\n"
    }

    private static func notes(_ notes: [ProcedureNote]) -> String {
        notes.map { note in
            let name = String(note.kind.prefix(1)) + note.kind.dropFirst().lowercased()
            return "<aside class=\"note\" role=\"note\" aria-label=\"\(InlineRendering.escapeHTML(name))\"><p><strong>\(InlineRendering.escapeHTML(name))</strong></p>"
                + note.paragraphs.map { "<p>\(InlineRendering.html($0))</p>" }.joined() + "</aside>\n"
        }.joined()
    }
}
