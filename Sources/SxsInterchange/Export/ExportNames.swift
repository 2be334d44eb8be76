import Foundation

/// The names under which exported articles are written and imported back.
public enum ExportNames {
    /// Each article's path relative to the export: its file name, or, when two articles share a
    /// file name, its path below the folder all of them are in (so that subfolders are mirrored).
    public static func originals(for paths: [String]) -> [String] {
        let names = paths.map { ($0 as NSString).lastPathComponent }
        guard Set(names).count < names.count else { return names }
        let folders = paths.map { URL(fileURLWithPath: $0).standardizedFileURL.deletingLastPathComponent().pathComponents }
        var common = folders.first ?? []
        for folder in folders.dropFirst() {
            common = Array(zip(common, folder).prefix { $0 == $1 }.map(\.0))
        }
        return paths.map { path in
            let components = URL(fileURLWithPath: path).standardizedFileURL.pathComponents
            return components.dropFirst(common.count).joined(separator: "/")
        }
    }

    /// The XLIFF file for an article exported as `original` in `language`: `folder/name.zh-CN.xlf`.
    public static func xliffFile(for original: String, language: String?) -> String {
        var base = original
        if base.hasSuffix(".md") { base.removeLast(3) }
        return base + (language.map { ".\($0)" } ?? "") + ".xlf"
    }
}
