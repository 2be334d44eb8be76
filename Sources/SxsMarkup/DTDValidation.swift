internal import CLibXML2

/// Validates an XML document against a DTD given as text, with libxml2, with no network and no
/// file access: the document's own document type declaration, if any, is not read.
public enum DTDValidation {
    /// The validity errors of `document` against `dtd` (the DTD's text), in document order; empty when valid.
    /// Throws when the document is not well-formed XML or the DTD cannot be read.
    public static func errors(in document: [UInt8], dtd: [UInt8]) throws -> [XMLReadError] {
        xmlInitParser()
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let collected = ErrorList()
        let box = Unmanaged.passRetained(collected)
        defer { box.release() }
        xmlSetStructuredErrorFunc(box.toOpaque()) { context, error in
            guard let context, let error else { return }
            let list = Unmanaged<ErrorList>.fromOpaque(context).takeUnretainedValue()
            let message = error.pointee.message.map { String(cString: $0) }?.trimmingTrailingNewlines() ?? "invalid"
            list.errors.append(XMLReadError(line: Int(error.pointee.line), column: Int(error.pointee.int2), message: message))
        }
        defer { xmlSetStructuredErrorFunc(nil, nil) }

        let parsed = document.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) {
                xmlReadMemory($0, Int32(buffer.count), nil, nil, options)
            }
        }
        guard let parsed else {
            throw collected.errors.first ?? XMLReadError(line: 0, column: 0, message: "not a well-formed XML document")
        }
        defer { xmlFreeDoc(parsed) }
        collected.errors.removeAll()
        // xmlIOParseDTD frees the input buffer whatever happens.
        let input = dtd.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) {
                xmlParserInputBufferCreateMem($0, Int32(buffer.count), XML_CHAR_ENCODING_UTF8)
            }
        }
        guard let input, let declarations = xmlIOParseDTD(nil, input, XML_CHAR_ENCODING_UTF8) else {
            throw XMLReadError(line: collected.errors.first?.line ?? 0, column: 0,
                               message: "the DTD cannot be read: \(collected.errors.first?.message ?? "malformed")")
        }
        defer { xmlFreeDtd(declarations) }
        collected.errors.removeAll()
        guard let context = xmlNewValidCtxt() else {
            throw XMLReadError(line: 0, column: 0, message: "libxml2 could not allocate a validation context")
        }
        defer { xmlFreeValidCtxt(context) }
        if xmlValidateDtd(context, parsed, declarations) == 1 { return [] }
        return collected.errors.isEmpty ? [XMLReadError(line: 0, column: 0, message: "not valid against the DTD")] : collected.errors
    }

    /// The errors libxml2 reports while one validation runs.
    private final class ErrorList {
        var errors: [XMLReadError] = []
    }
}
