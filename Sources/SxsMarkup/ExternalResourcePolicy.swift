internal import CLibXML2
import Foundation

/// The external resources libxml2 may load in this process: none, except schema files registered here.
///
/// libxml2 has one external entity loader for the whole process. This one refuses every DTD,
/// external entity, XInclude and network URL; the only files it serves are those below a folder a
/// ``XMLSchema`` was loaded from, and the public URLs a schema registered a local copy for (such as
/// `http://www.w3.org/2001/xml.xsd`), so that schema imports resolve without the network.
enum ExternalResourcePolicy {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var folders: [String] = []
    nonisolated(unsafe) private static var copies: [String: String] = [:]

    /// Installs the loader (once per process).
    static func install() { _ = installation }

    private static let installation: Void = {
        xmlSetExternalEntityLoader { url, _, context in
            guard let url, let path = ExternalResourcePolicy.localPath(for: String(cString: url)) else { return nil }
            return xmlNewInputFromFile(context, path)
        }
    }()

    /// Lets the loader serve the files below `folder`.
    static func allow(folder: String) {
        let folder = canonical(folder)
        lock.withLock { if !folders.contains(folder) { folders.append(folder) } }
    }

    /// Lets the loader serve the local file `path` for the URL `url`.
    static func serve(_ url: String, from path: String) {
        let path = canonical(path)
        lock.withLock { copies[url] = path }
    }

    /// The local file to read for `url`, or nil when it must be refused.
    static func localPath(for url: String) -> String? {
        if let copy = lock.withLock({ copies[url] }) { return copy }
        var path = url
        if path.hasPrefix("file://") { path.removeFirst("file://".count) }
        guard path.hasPrefix("/") else { return nil }
        let resolved = canonical(path)
        let allowed = lock.withLock { folders }
        return allowed.contains { resolved.hasPrefix($0 + "/") } ? resolved : nil
    }

    private static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
