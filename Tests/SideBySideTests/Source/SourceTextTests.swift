import Testing
@testable import SideBySide
import SxsTestSupport

@Suite struct SourceTextTests {
    @Test func linesEndAtLFCRLFAndLoneCR() {
        let text = SourceText("a\nbb\r\ncc\rd")
        #expect(text.lineStarts == [0, 2, 6, 9])
        #expect(text.location(at: 7) == SourceLocation(line: 3, column: 2, offset: 7))
        #expect(text.location(line: 4, column: 1).offset == 9)
        #expect(text.lineContentEnd(2) == 4)
        #expect(text.lineCount == 4)
    }

    @Test func finalNewlineDoesNotAddALine() {
        #expect(SourceText("a\nb\n").lineCount == 2)
        #expect(SourceText("a\nb").lineCount == 2)
    }

    @Test func columnsCountUTF8Bytes() {
        let text = SourceText("仪表板x")
        #expect(text.location(at: 9).column == 10)
    }

    @Test func findsInvalidUTF8() {
        let text = SourceText(bytes: [0x61, 0xC3, 0x28, 0xE4, 0xBB, 0xAA, 0xED, 0xA0, 0x80, 0x00])
        #expect(text.invalidUTF8Offsets() == [1, 6, 7, 8, 9])
    }

    @Test func findsInvalidBytesInsideLongASCIIRuns() {
        var bytes = Array("abcdefghijklmnopqrstuvwxyz0123456789".utf8)
        bytes[11] = 0x00            // a NUL in the middle of an eight-byte word
        bytes[20] = 0xFF            // a byte that is never UTF-8
        bytes += Array("仪表板".utf8) + [0xE4, 0xBB] + Array("tail of text".utf8)  // a cut sequence: each byte is reported
        #expect(SourceText(bytes: bytes).invalidUTF8Offsets() == [11, 20, 45, 46])
        #expect(SourceText(Array(repeating: "a", count: 64).joined()).invalidUTF8Offsets().isEmpty)
    }

    /// The offsets `invalidUTF8Offsets()` must give, found one byte at a time (Unicode, table 3-7),
    /// without its word-at-a-time and CJK fast paths.
    private static func referenceInvalidOffsets(_ bytes: [UInt8]) -> [Int] {
        var bad: [Int] = []
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int, second: ClosedRange<UInt8>
            switch lead {
            case 0x01...0x7F: index += 1; continue
            case 0xC2...0xDF: (length, second) = (2, 0x80...0xBF)
            case 0xE0: (length, second) = (3, 0xA0...0xBF)
            case 0xED: (length, second) = (3, 0x80...0x9F)
            case 0xE1...0xEC, 0xEE...0xEF: (length, second) = (3, 0x80...0xBF)
            case 0xF0: (length, second) = (4, 0x90...0xBF)
            case 0xF1...0xF3: (length, second) = (4, 0x80...0xBF)
            case 0xF4: (length, second) = (4, 0x80...0x8F)
            default: bad.append(index); index += 1; continue  // NUL, a lone continuation, C0, C1, F5-FF
            }
            let wellFormed = index + length <= bytes.count && second.contains(bytes[index + 1])
                && (index + 2..<index + length).allSatisfy { bytes[$0] >= 0x80 && bytes[$0] <= 0xBF }
            if wellFormed { index += length } else { bad.append(index); index += 1 }
        }
        return bad
    }

    @Test func invalidOffsetsAgreeWithAByteAtATimeReadingOnExamples() {
        let examples: [[UInt8]] = [
            [],
            [0x00],
            Array("plain ASCII, more than eight bytes long".utf8),
            Array("仪表板 と ダッシュボード, e\u{301} combining".utf8) + [0xCC, 0x81],
            Array("line one\r\nline two\rline three\n".utf8),
            Array("1234567".utf8) + [0x00] + Array("12345678".utf8) + [0x00, 0x00],  // NULs at a word's last byte and next
            Array("abcdefg".utf8) + [0x80] + Array("abcdefgh".utf8),                  // a lone continuation ends a word
            [0xF0, 0x9F, 0x98, 0x80] + Array("emoji then ASCII".utf8),
            [0xF4, 0x90, 0x80, 0x80, 0xF5, 0xC0, 0xC1, 0xE0, 0x80, 0x80, 0xED, 0xA0, 0x80],  // out of range, overlong, surrogate
            Array("abcdefgh".utf8) + [0xE4, 0xBB],                                           // a cut sequence at the end
            Array(repeating: 0x01, count: 9) + [0x00, 0x01],                                  // a NUL after bytes of value 1
        ]
        for bytes in examples {
            #expect(SourceText(bytes: bytes).invalidUTF8Offsets() == Self.referenceInvalidOffsets(bytes), "\(bytes)")
        }
    }

    @Test func invalidOffsetsAgreeWithAByteAtATimeReadingOnRandomBytes() {
        var generator = SeededGenerator(seed: 0x5EED_0F_07F8)
        let pieces: [[UInt8]] = [
            Array("a".utf8), Array("<span data-ttu-id=\"x\">".utf8), Array("\r\n".utf8), [0x00], [0x01],
            Array("仪".utf8), Array("ダ".utf8), Array("é".utf8), Array("😀".utf8), [0xE4, 0xBB], [0x80], [0xBF],
            [0xC0], [0xC2], [0xE0, 0xA0], [0xED, 0xA0, 0x80], [0xF0, 0x90], [0xF4, 0x8F, 0xBF, 0xBF], [0xFF],
        ]
        for _ in 0..<2_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...40, using: &generator) {
                if Int.random(in: 0..<4, using: &generator) == 0 {
                    bytes.append(UInt8.random(in: 0...255, using: &generator))
                } else {
                    bytes += pieces.randomElement(using: &generator)!
                }
            }
            #expect(SourceText(bytes: bytes).invalidUTF8Offsets() == Self.referenceInvalidOffsets(bytes), "\(bytes)")
        }
    }

    @Test func rangeAfterAKnownLocationIsTheRangeFoundBySearch() {
        var generator = SeededGenerator(seed: 0x0FF5_E75)
        let pieces = ["a", "仪表", "e\u{301}", "\n", "\r\n", "\r", " ", "<span>"]
        let texts = [""] + ["a\n", "\r\n", "x\ry", "仪表板\n\n"] + (0..<60).map { _ in
            generator.text(from: pieces, count: 0...30)
        }
        for string in texts {
            let text = SourceText(string)
            let count = text.bytes.count
            for _ in 0..<40 {
                let known = Int.random(in: 0...count, using: &generator)
                let lower = Int.random(in: known...count, using: &generator)
                let upper = Int.random(in: lower...count, using: &generator)
                #expect(text.range(lower..<upper, after: text.location(at: known)) == text.range(lower..<upper),
                        "\(string.debugDescription) \(known) \(lower)..<\(upper)")
            }
            // A known location after the range: the range is found by search.
            if count > 0 {
                #expect(text.range(0..<count, after: text.location(at: count)) == text.range(0..<count))
            }
        }
    }

    @Test func lineStartsAgreeWithAByteAtATimeReading() {
        // Files without a CR take memchr's way to their LFs; others the SIMD scan.
        var generator = SeededGenerator(seed: 0x11FE_57A7)
        let withCR = ["a", "仪表", "\n", "\r\n", "\r", " ", "<span>", "0123456789abcdef"]
        let withoutCR = withCR.filter { !$0.utf8.contains(13) }
        for pieces in [withCR, withoutCR] {
            for _ in 0..<300 {
                let bytes = Array(generator.text(from: pieces, count: 0...40).utf8)
                #expect(SourceText(bytes: bytes).lineStarts == Self.referenceLineStarts(bytes), "\(bytes)")
            }
        }
    }

    /// Line starts read byte by byte: after each LF, CRLF and lone CR.
    private static func referenceLineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        var index = 0
        while index < bytes.count {
            if bytes[index] == 13, index + 1 < bytes.count, bytes[index + 1] == 10 { index += 1 }
            if bytes[index] == 10 || bytes[index] == 13 { starts.append(index + 1) }
            index += 1
        }
        return starts
    }
}
