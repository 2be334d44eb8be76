/// An import's summary and the memory's figures, as text for people.
public enum ImportReport {
    /// `tm import: N files: … imported, … unchanged, … replaced, … skipped; … pairs stored, … removed`,
    /// then the memory's totals and one line per locale.
    public static func text(_ summary: ImportSummary, statistics: MemoryStatistics, database: String) -> String {
        var lines = [
            "tm import: \(summary.files) files: \(summary.imported) imported, \(summary.unchanged) unchanged, "
                + "\(summary.replaced) replaced, \(summary.skipped) skipped; \(summary.pairsStored) pairs stored, "
                + "\(summary.pairsRemoved) removed",
            "\(database): \(statistics.articles) articles, \(statistics.pairs) pairs, \(statistics.distinctSources) distinct English sources",
        ]
        for locale in statistics.locales {
            lines.append("  \(locale.locale): \(locale.articles) articles, \(locale.pairs) pairs (HT \(locale.humanPairs), "
                         + "MT \(locale.machinePairs), unstated \(locale.untypedPairs)), \(locale.distinctSources) distinct sources")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
