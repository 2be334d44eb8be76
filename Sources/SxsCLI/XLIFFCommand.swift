import ArgumentParser
import SxsInterchange

/// `sxs xliff`: articles to XLIFF for translation tools, and back.
struct XLIFFCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xliff",
        abstract: "Export articles as XLIFF 2.0 or 1.2 for translation tools, and import them back.",
        subcommands: [XLIFFExportCommand.self, XLIFFImportCommand.self, XLIFFValidateCommand.self]
    )
}

extension XLIFFVersion: ExpressibleByArgument {}
