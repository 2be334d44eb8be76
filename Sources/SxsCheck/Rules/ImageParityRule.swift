/// Images of the source that the translation lacks.
public struct ImageParityRule: PairCheckRule {
    public init() {}
    public let descriptor = RuleDescriptor(
        id: "image-parity", defaultSeverity: .error, category: .markup,
        rationale: "a screenshot of the source must appear in the translation, with the same file",
        examples: [
            .triggering("ja-JP", "メニュー オプション。", "![Menu option.](media/menu.png)"),
            .passing("ja-JP", "![メニュー オプション。](media/menu.png)", "![Menu option.](media/menu.png)"),
        ])

    public func problems(in pair: CheckedPair, context: CheckContext) -> [String] {
        Multiset.missing(pair.source.images, from: pair.target.images).map {
            "the source shows the image '\($0)', the translation does not"
        }
    }
}
