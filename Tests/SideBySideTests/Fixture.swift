import Foundation
@testable import SideBySide

/// Articles copied from the corpus (CC BY 4.0, see Fixtures/LICENSE-corpus) and small inputs made from them.
enum Fixture {
    static func path(_ name: String) -> String {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(name).path
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        try FileIO.read(path(name))
    }

    static func document(_ name: String) throws -> SxsDocument {
        try SxsParser().parse(contentsOf: path(name))
    }

    static func parse(_ text: String, path: String = "test.md") -> SxsDocument {
        SxsParser().parse(bytes: Array(text.utf8), path: path)
    }

    /// Every fixture article.
    static let articles = [
        "add-a-new-customer.zh-CN.2017.md", "add-a-new-customer.ja-JP.2018.md", "html-table-cells.zh-CN.2021.md",
        "markdown-table.zh-CN.2021.md", "images.ja-JP.2021.md", "code.ja-JP.2021.md", "inline-code.zh-CN.2021.md", "entities.zh-CN.2021.md",
        "escapes.zh-CN.2021.md", "multiline-pairs.ja-JP.2018.md", "mixed-endings.ja-JP.2018.md",
        "legacy-alert.zh-CN.2017.md", "front-matter-pairs.ja-JP.2018.md",
    ]

    /// A pair as the corpus writes it.
    static func pair(_ id: String, _ target: String, _ source: String) -> String {
        "<span data-ttu-id=\"\(id)\">\(target)</span><span class=\"sxs-lookup\"><span data-stu-id=\"\(id)\">\(source)</span></span>"
    }
}

extension SxsDocument {
    /// Every block, depth first.
    var allBlocks: [Block] {
        var result: [Block] = []
        func visit(_ block: Block) { result.append(block); block.children.forEach(visit) }
        blocks.forEach(visit)
        return result
    }

    func segment(_ id: String) -> SegmentPair? { segments.first { $0.id.raw == id } }
}

extension Array where Element == Inline {
    /// Every inline, depth first.
    var flattened: [Inline] {
        var result: [Inline] = []
        func visit(_ inline: Inline) { result.append(inline); inline.children.forEach(visit) }
        forEach(visit)
        return result
    }
}
