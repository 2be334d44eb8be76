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
    private let tokenizer: HTMLTokenizer
    /// The text run being read, and whether the walk is inside a label.
    private var run = ""
    private var inStrong = false

    init(_ side: SegmentSide, tokenizer: HTMLTokenizer) {
        self.tokenizer = tokenizer
        for inline in side.inlines { visit(inline) }
        endRun()
        if !hasStrayEmphasis, ByteSearch.contains("\\*\\*", in: side.text) { hasStrayEmphasis = true }
    }

    /// A walk of an image's alt text, inside a label or not.
    private init(tokenizer: HTMLTokenizer, inStrong: Bool) {
        self.tokenizer = tokenizer
        self.inStrong = inStrong
    }

    private mutating func visit(_ inline: Inline) {
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
            var alt = WalkWiseSideFacts(tokenizer: tokenizer, inStrong: inStrong)
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

    private mutating func endRun() {
        if !run.isEmpty { runs.append(run) }
        run = ""
    }
}
