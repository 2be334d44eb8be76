extension UInt8 {
    /// The byte lower-cased if it is an ASCII capital (`A`–`Z`), otherwise the byte itself.
    ///
    /// No other byte changes, so UTF-8 text folded this way stays valid UTF-8 with its multi-byte
    /// characters where they were.
    @inlinable package var asciiLowercased: UInt8 { self &- 0x41 < 26 ? self | 0x20 : self }
}
