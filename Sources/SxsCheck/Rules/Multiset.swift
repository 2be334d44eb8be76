/// Counts of equal values: what two sides must have the same of, whatever the order.
struct Multiset<Value: Hashable> {
    private(set) var counts: [Value: Int] = [:]

    init(_ values: [Value]) {
        for value in values { counts[value, default: 0] += 1 }
    }

    /// The values of `self` that `other` has fewer of, each as often as it is missing.
    func missing(from other: Multiset<Value>) -> [Value] {
        counts.flatMap { value, count in
            Array(repeating: value, count: max(0, count - (other.counts[value] ?? 0)))
        }
    }
}
