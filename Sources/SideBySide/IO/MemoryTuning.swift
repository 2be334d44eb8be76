/// Process-wide allocator settings for commands that parse many files.
public enum MemoryTuning {
    /// Keeps freed memory in the process instead of returning it to the system after each file.
    ///
    /// glibc maps every allocation over 128 KiB afresh and unmaps it when freed, so parsing file
    /// after file spends its time clearing new pages; raising the thresholds lets it reuse them.
    public static func keepFreedMemory() {
        #if os(Linux)
        _ = glibcMallopt(mmapThreshold, 64 << 20)
        _ = glibcMallopt(trimThreshold, 256 << 20)
        #endif
    }

    #if os(Linux)
    // <malloc.h> is not part of Swift's Glibc module; these are its values.
    private static let trimThreshold: Int32 = -1 // M_TRIM_THRESHOLD
    private static let mmapThreshold: Int32 = -3 // M_MMAP_THRESHOLD
    #endif
}

#if os(Linux)
@_silgen_name("mallopt")
private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
