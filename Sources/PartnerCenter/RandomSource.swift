import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where identifiers and temporary passwords get their randomness: the system's generator, or a
/// seeded one for reproducible tests.
public final class RandomSource {
    @exclusivity(unchecked) private var state: UInt64
    private let seeded: Bool
    /// System randomness is fetched 64 words at a time: one system call instead of 64.
    @exclusivity(unchecked) private var buffer = [UInt64](repeating: 0, count: 64)
    @exclusivity(unchecked) private var position = 64

    private init(seed: UInt64, seeded: Bool) {
        self.state = seed
        self.seeded = seeded
    }

    /// Cryptographically secure randomness (the operating system's).
    public static func system() -> RandomSource { RandomSource(seed: 0, seeded: false) }

    /// A reproducible sequence (SplitMix64): for tests only.
    public static func seeded(_ seed: UInt64) -> RandomSource { RandomSource(seed: seed, seeded: true) }

    public func next() -> UInt64 {
        guard seeded else {
            if position == buffer.count { refill() }
            defer { position += 1 }
            return buffer[position]
        }
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    #if canImport(Glibc)
    /// The kernel's CSPRNG (the source of getrandom(2)), opened once per process.
    private static let urandom: Int32 = open("/dev/urandom", O_RDONLY | O_CLOEXEC)
    #endif

    private func refill() {
        buffer.withUnsafeMutableBytes { bytes in
            #if canImport(Glibc)
            var filled = 0
            while filled < bytes.count, Self.urandom >= 0 {
                let count = read(Self.urandom, bytes.baseAddress! + filled, bytes.count - filled)
                if count > 0 {
                    filled += count
                } else if count == 0 || errno != EINTR {
                    break
                }
            }
            if filled < bytes.count { // no /dev/urandom: the standard library's source, a word at a time
                var generator = SystemRandomNumberGenerator()
                let words = bytes.bindMemory(to: UInt64.self)
                for index in words.indices { words[index] = generator.next() }
            }
            #else
            arc4random_buf(bytes.baseAddress!, bytes.count)
            #endif
        }
        position = 0
    }

    /// A random (version 4) UUID.
    public func uuid() -> UUID {
        let high = next(), low = next()
        var bytes = (UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0),
                     UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0))
        withUnsafeMutableBytes(of: &bytes) { buffer in
            buffer.storeBytes(of: high.bigEndian, toByteOffset: 0, as: UInt64.self)
            buffer.storeBytes(of: low.bigEndian, toByteOffset: 8, as: UInt64.self)
            buffer[6] = (buffer[6] & 0x0F) | 0x40 // version 4
            buffer[8] = (buffer[8] & 0x3F) | 0x80 // RFC 4122 variant
        }
        return UUID(uuid: bytes)
    }

    private static let upper = Array("ABCDEFGHJKLMNPQRSTUVWXYZ".utf8)
    private static let lower = Array("abcdefghijkmnpqrstuvwxyz".utf8)
    private static let digits = Array("23456789".utf8)

    /// A temporary password as Partner Center shows one: an uppercase letter, five lowercase
    /// letters, four digits, then two more letters (12 characters, about 66 bits).
    public func temporaryPassword() -> String {
        var bits = next()
        var more = next()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(12)
        func pick(_ alphabet: [UInt8]) -> UInt8 {
            if bits < UInt64(alphabet.count) { bits = more; more = next() }
            let byte = alphabet[Int(bits % UInt64(alphabet.count))]
            bits /= UInt64(alphabet.count)
            return byte
        }
        bytes.append(pick(Self.upper))
        for _ in 0..<5 { bytes.append(pick(Self.lower)) }
        for _ in 0..<4 { bytes.append(pick(Self.digits)) }
        bytes.append(pick(Self.upper))
        bytes.append(pick(Self.lower))
        return String(decoding: bytes, as: UTF8.self)
    }
}
