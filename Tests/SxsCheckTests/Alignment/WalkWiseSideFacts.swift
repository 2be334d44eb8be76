import SideBySide
import SxsMarkup

/// The facts of a side as the walk collected them before it wrote ``SideFacts`` in place: the reference
/// the facts are checked against.
///
/// This walk writes the prose and each text run apart from the plain text, reads an image's alt text with
/// a walk of its own, and searches with ``ByteSearch``.
struct WalkWiseSideFacts {
    var plainText = ""
    var labels: [String] = []
    var links: [String] = []
    var images: [String] = []
    var code: [String] = []
    var htmlTags: [String] = []
    var prose = ""
    var runs: [String] = []
    var hasStrayEmphasis = false

    init(_ side: SegmentSide, tokenizer: HTMLTokenizer) {
        var reader = Reader(tokenizer: tokenizer)
        for inline in side.inlines { reader.visit(inline) }
        reader.endRun()
        if !reader.hasStrayEmphasis, ByteSearch.contains("\\*\\*", in: side.text) { reader.hasStrayEmphasis = true }
        plainText = reader.plainText
        labels = reader.labels
        links = reader.links
        images = reader.images
        code = reader.code
        htmlTags = reader.htmlTags
        prose = reader.prose
        runs = reader.runs
        hasStrayEmphasis = reader.hasStrayEmphasis
    }

    private struct Reader {
        let tokenizer: HTMLTokenizer
        var plainText = ""
        var labels: [String] = []
        var links: [String] = []
        var images: [String] = []
        var code: [String] = []
        var htmlTags: [String] = []
        var prose = ""
        var runs: [String] = []
        var run = ""
        var hasStrayEmphasis = false
        var inStrong = false

        init(tokenizer: HTMLTokenizer) { self.tokenizer = tokenizer }

        mutating func visit(_ inline: Inline) {
            switch inline.kind {
            case .text(let text):
                plainText += text
                prose += text
                run += text
                if !hasStrayEmphasis, ByteSearch.contains("**", in: text) { hasStrayEmphasis = true }
            case .escape(let character):
                plainText += character
                prose += character
                if character == "*" { hasStrayEmphasis = true }
            case .entity(_, let decoded):
                plainText += decoded
                prose += decoded
            case .softBreak:
                plainText += " "
                prose += " "
            case .lineBreak:
                plainText += "\n"
                prose += " "
            case .code(let text):
                plainText += text
                code.append(text)
                prose += " "
            case .link(let destination, _):
                links.append(destination)
                for child in inline.children { visit(child) }
            case .image(let destination, _):
                images.append(destination)
                var alt = Reader(tokenizer: tokenizer)
                alt.inStrong = inStrong
                for child in inline.children { alt.visit(child) }
                plainText += alt.plainText
                labels += alt.labels
            case .html(let raw):
                for tag in tokenizer.tags(in: raw) where tag.kind != .comment {
                    htmlTags.append(tag.kind == .end ? "/" + tag.name : tag.name)
                }
            case .strong where !inStrong:
                endRun()
                let labelStart = plainText.utf8.count
                inStrong = true
                for child in inline.children { visit(child) }
                inStrong = false
                labels.append(String(decoding: plainText.utf8.dropFirst(labelStart), as: UTF8.self))
                endRun()
            case .strong, .emphasis, .strikethrough:
                endRun()
                for child in inline.children { visit(child) }
                endRun()
            }
        }

        mutating func endRun() {
            if !run.isEmpty { runs.append(run) }
            run = ""
        }
    }
}
