import Testing
@testable import SideBySide

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
}
