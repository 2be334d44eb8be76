import Foundation

/// Values made by worker threads in any order, taken by one consumer in index order as soon as each
/// is there: lets an import store article 0 while the parser is still reading articles 1, 2….
final class OrderedHandoff<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let condition = NSCondition()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// Hands over the value of `index` (once per index).
    func put(_ value: Value, at index: Int) {
        condition.lock()
        slots[index] = value
        condition.broadcast()
        condition.unlock()
    }

    /// The value of `index`, waiting until it is there; the slot is emptied, so memory goes as it is used.
    func take(_ index: Int) -> Value {
        condition.lock()
        defer { condition.unlock() }
        while slots[index] == nil { condition.wait() }
        let value = slots[index]!
        slots[index] = nil
        return value
    }
}
