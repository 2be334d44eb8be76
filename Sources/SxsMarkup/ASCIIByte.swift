extension UInt8 {
    /// The byte lower-cased if it is an ASCII capital (`A`–`Z`), otherwise the byte itself.
    ///
    /// No other byte changes, so UTF-8 text folded this way stays valid UTF-8 with its multi-byte
    /// characters where they were.
    @inlinable package var asciiLowercased: UInt8 { self &- 0x41 < 26 ? self | 0x20 : self }
}

extension UInt64 {
    /// The high bit of each of the word's eight bytes (the first byte lowest) that is below `limit`
    /// (at most 0x80), and possibly of bytes above such a byte; 0 when there is none.
    ///
    /// The lowest bit set is always exact: subtracting `limit` from each byte borrows only out of a
    /// byte below it, so a byte is marked wrongly only above one that is marked rightly.
    @inline(__always)
    func bytes(below limit: UInt8) -> UInt64 {
        (self &- 0x0101_0101_0101_0101 &* UInt64(limit)) & ~self & 0x8080_8080_8080_8080
    }

    /// The high bit of each byte equal to `byte`, as ``bytes(below:)`` marks them (the lowest exact).
    @inline(__always)
    func bytes(equalTo byte: UInt8) -> UInt64 {
        (self ^ 0x0101_0101_0101_0101 &* UInt64(byte)).bytes(below: 1)
    }
}
