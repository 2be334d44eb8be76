/// A place in a source file: 1-based line, 1-based UTF-8 byte column, and 0-based byte offset.
public struct SourceLocation: Sendable, Hashable, Comparable, Codable {
    /// The 1-based line; lines end at LF, CRLF or a lone CR.
    public var line: Int
    /// The 1-based column, counted in UTF-8 bytes from the start of the line.
    public var column: Int
    /// The 0-based byte offset from the start of the file.
    public var offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool { lhs.offset < rhs.offset }
}

/// A span of bytes in a source file, from `start` up to but not including `end`.
public struct SourceRange: Sendable, Hashable, Codable {
    public var start: SourceLocation
    public var end: SourceLocation

    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// The byte offsets the range covers.
    public var offsets: Range<Int> { start.offset..<end.offset }

    /// Whether `other` lies entirely inside this range.
    public func contains(_ other: SourceRange) -> Bool {
        start.offset <= other.start.offset && other.end.offset <= end.offset
    }
}
