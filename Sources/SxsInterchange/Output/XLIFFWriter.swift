/// Writes ``XLIFFDocument``s as XLIFF files of either version.
public enum XLIFFWriter {
    /// The document as an XLIFF file of `version`, UTF-8.
    public static func write(_ document: XLIFFDocument, version: XLIFFVersion) throws -> [UInt8] {
        switch version {
        case .v2_0: try XLIFF20Writer.write(document)
        case .v1_2: try XLIFF12Writer.write(document)
        }
    }
}
