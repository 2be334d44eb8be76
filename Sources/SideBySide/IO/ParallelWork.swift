import Foundation

/// The number of cores the process may use.
enum ProcessInfoCores {
    static var count: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}

/// Runs a body on `count` threads at once and waits for all of them.
enum DispatchWorkers {
    static func run(count: Int, _ body: () -> Void) {
        withoutActuallyEscaping(body) { body in
            DispatchQueue.concurrentPerform(iterations: count) { _ in body() }
        }
    }
}

/// A counter that hands out 0, 1, 2… to threads that share it.
final class AtomicCounter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    /// The next number.
    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value - 1
    }
}

/// One slot per task, each written by exactly one thread, read after all have finished.
final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value? {
        get { lock.lock(); defer { lock.unlock() }; return slots[index] }
        set { lock.lock(); slots[index] = newValue; lock.unlock() }
    }

    /// Every slot's value; all must have been written.
    var values: [Value] { slots.map { $0! } }
}
