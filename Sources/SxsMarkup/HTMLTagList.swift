#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// The tags libxml2 read in one piece of text, stored flat: names and attribute values are byte
/// ranges of one buffer, so that reading a fragment makes no string.
///
/// ``HTMLTokenizer/tagList(in:)`` returns it; each tag reads as an ``HTMLTag`` through ``tag(at:)``.
package struct HTMLTagList: Sendable {
    /// One tag: its kind, where its name and attributes are, and the bytes it occupies.
    package struct Tag: Sendable {
        /// Whether the tag opens, closes, or is a comment.
        package var kind: HTMLTag.Kind
        /// The lower-case element name, in ``HTMLTagList/bytes``; empty for a comment.
        package var name: Range<Int32>
        /// The tag's attributes, in document order: indices into ``HTMLTagList/attributes``.
        package var attributes: Range<Int32>
        /// Byte offsets of the tag in the text that was tokenized, `<` through `>`.
        package var range: Range<Int>
    }

    /// One attribute: its lower-case name and its value (entities resolved), in ``HTMLTagList/bytes``.
    package struct Attribute: Sendable {
        package var name: Range<Int32>
        /// Empty for an attribute written without a value.
        package var value: Range<Int32>
    }

    /// The tags in document order.
    package private(set) var tags: [Tag] = []
    /// The attributes of every tag, tag after tag.
    package private(set) var attributes: [Attribute] = []
    /// The names and values of the tags and attributes, one after another.
    package private(set) var bytes: [UInt8] = []

    package init() {}

    /// Whether tag `index` is an element named `name` (lower-case ASCII).
    package func tag(_ index: Int, isNamed name: StaticString) -> Bool {
        equals(tags[index].name, name)
    }

    /// The value of tag `index`'s first attribute named `name` (lower-case ASCII), as a range of ``bytes``.
    package func value(of name: StaticString, inTag index: Int) -> Range<Int32>? {
        for attribute in attributes[Int(tags[index].attributes.lowerBound)..<Int(tags[index].attributes.upperBound)]
            where equals(attribute.name, name) {
            return attribute.value
        }
        return nil
    }

    /// The text of `range`, a name or value of ``bytes``, decoded as UTF-8.
    package func string(_ range: Range<Int32>) -> String {
        String(decoding: bytes[Int(range.lowerBound)..<Int(range.upperBound)], as: UTF8.self)
    }

    /// Whether two names or values of ``bytes`` are the same bytes.
    package func bytes(_ first: Range<Int32>, equal second: Range<Int32>) -> Bool {
        bytes[Int(first.lowerBound)..<Int(first.upperBound)] == bytes[Int(second.lowerBound)..<Int(second.upperBound)]
    }

    /// Whether the value at `range` lists `word` among its space-separated words (a `class` value).
    package func words(_ range: Range<Int32>, contain word: StaticString) -> Bool {
        var start = Int(range.lowerBound)
        let end = Int(range.upperBound)
        while start < end {
            var stop = start
            while stop < end, bytes[stop] != UInt8(ascii: " ") { stop += 1 }
            if equals(Int32(start)..<Int32(stop), word) { return true }
            start = stop + 1
        }
        return false
    }

    /// Tag `index` as a value.
    package func tag(at index: Int) -> HTMLTag {
        let tag = tags[index]
        let attributes = self.attributes[Int(tag.attributes.lowerBound)..<Int(tag.attributes.upperBound)].map {
            HTMLAttribute(name: string($0.name), value: string($0.value))
        }
        return HTMLTag(kind: tag.kind, name: string(tag.name), attributes: attributes, range: tag.range)
    }

    private func equals(_ range: Range<Int32>, _ text: StaticString) -> Bool {
        guard range.count == text.utf8CodeUnitCount else { return false }
        guard !range.isEmpty else { return true }
        return bytes.withUnsafeBufferPointer {
            memcmp($0.baseAddress! + Int(range.lowerBound), text.utf8Start, range.count) == 0
        }
    }

    /// Empties the list, keeping its buffers for the next fragment.
    mutating func removeAll() {
        tags.removeAll(keepingCapacity: true)
        attributes.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true)
    }

    /// Moves each tag's range, in order, by the distance `distance` gives for it; stops and returns
    /// false (the ranges after it left as they are) at the first tag it gives none for.
    mutating func moveRanges(by distance: (Range<Int>) -> Int?) -> Bool {
        tags.withUnsafeMutableBufferPointer { tags in
            for index in tags.indices {
                let range = tags[index].range
                guard let distance = distance(range) else { return false }
                tags[index].range = (range.lowerBound + distance)..<(range.upperBound + distance)
            }
            return true
        }
    }

    /// Appends a tag named `name` (nil for a comment) with the attributes libxml2 gives: a list of
    /// name and value pointers, a nil value for an attribute without one, ended by a nil name.
    mutating func appendTag(kind: HTMLTag.Kind, name: UnsafeBufferPointer<UInt8>?, range: Range<Int>,
                            attributes pairs: UnsafeMutablePointer<UnsafePointer<UInt8>?>? = nil) {
        let nameRange = append(name)
        let attributeStart = Int32(attributes.count)
        if var cursor = pairs {
            while let key = cursor.pointee {
                let value = cursor.successor().pointee
                let keyBytes = UnsafeBufferPointer(start: key, count: strlen(key))
                let keyRange = append(keyBytes)
                attributes.append(Attribute(name: keyRange,
                                            value: append(value.map { UnsafeBufferPointer(start: $0, count: strlen($0)) })))
                cursor += 2
            }
        }
        tags.append(Tag(kind: kind, name: nameRange, attributes: attributeStart..<Int32(attributes.count), range: range))
    }

    /// The number of attributes of all tags so far: where the next tag's attributes start.
    var attributeCount: Int32 { Int32(attributes.count) }

    /// Appends an attribute of the tag that ``appendTag(kind:name:range:attributesFrom:)`` appends
    /// next: its name (with its ASCII letters in lower case when `lowercasing`) and its value.
    mutating func appendAttribute(name: UnsafeBufferPointer<UInt8>, lowercasing: Bool, value: UnsafeBufferPointer<UInt8>) {
        let nameRange = append(name)
        if lowercasing {
            bytes.withUnsafeMutableBufferPointer { bytes in
                for index in Int(nameRange.lowerBound)..<Int(nameRange.upperBound) {
                    bytes[index] = bytes[index].asciiLowercased
                }
            }
        }
        attributes.append(Attribute(name: nameRange, value: append(value)))
    }

    /// Whether the last attribute appended has the name of one appended after attribute `start`.
    func lastAttributeRepeatsName(since start: Int32) -> Bool {
        guard let last = attributes.last else { return false }
        for index in Int(start)..<(attributes.count - 1) where bytes(attributes[index].name, equal: last.name) {
            return true
        }
        return false
    }

    /// Appends a tag whose attributes are those appended since attribute `start`.
    mutating func appendTag(kind: HTMLTag.Kind, name: UnsafeBufferPointer<UInt8>, range: Range<Int>, attributesFrom start: Int32) {
        tags.append(Tag(kind: kind, name: append(name), attributes: start..<Int32(attributes.count), range: range))
    }

    private mutating func append(_ text: UnsafeBufferPointer<UInt8>?) -> Range<Int32> {
        let start = Int32(bytes.count)
        if let text { bytes.append(contentsOf: text) }
        return start..<Int32(bytes.count)
    }
}
