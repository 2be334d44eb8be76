import SxsMarkup

extension XMLWriter {
    /// Writes `text`, each character XML 1.0 cannot hold as an empty element `name` with its code point in `hex`.
    func text(_ text: String, codePointElement name: String) throws {
        for run in text.xmlRuns {
            switch run {
            case .text(let text): try self.text(text)
            case .character(let scalar):
                try startElement(name)
                try attribute("hex", scalar.hex)
                try endElement()
            }
        }
    }
}
