/// Every check rule, in the order they are documented.
public enum RuleRegistry {
    /// The rules that look at one article at a time.
    public static let documentRules: [any CheckRule] = [
        IDMismatchRule(), UnpairedSpanRule(), DuplicateIDRule(), MixedIDPrefixesRule(), IDOrderRule(),
        EmptyTargetRule(), UntranslatedRule(), DoubledWordRule(), WhitespaceMismatchRule(), UnbalancedBracketsRule(),
        EndPunctuationRule(),
        LinkParityRule(), CodeParityRule(), ImageParityRule(), HTMLParityRule(), BrokenEmphasisRule(), UILabelParityRule(),
        NumberMismatchRule(), URLMismatchRule(), PlaceholderMismatchRule(),
        TerminologyRule(), ProcedureMismatchRule(),
        StaleTranslationRule(),
        ContentLocaleRule(), FrontMatterTranslatedRule(),
    ]

    /// The rules that compare the articles checked together.
    public static let corpusRules: [any CorpusCheckRule] = [InconsistentTranslationRule(), InconsistentSourceRule()]

    /// Every rule's descriptor.
    public static var descriptors: [RuleDescriptor] {
        documentRules.map(\.descriptor) + corpusRules.map(\.descriptor)
    }

    /// The descriptor of the rule `id`.
    public static func descriptor(_ id: String) -> RuleDescriptor? {
        descriptors.first { $0.id == id }
    }
}
