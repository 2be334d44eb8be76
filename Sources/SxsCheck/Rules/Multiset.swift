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

extension Multiset where Value: Comparable {
    /// The values of `values` that `others` has fewer of, each as often as it is missing, sorted.
    ///
    /// Most sides hold no such value, or the same values in the same order: then nothing is counted.
    /// Equal arrays (`==`, the equality the counts use) hold every value equally often, so the answer is
    /// the one counting gives.
    static func missing(_ values: [Value], from others: [Value]) -> [Value] {
        if values.isEmpty || values == others { return [] }
        return Multiset(values).missing(from: Multiset(others)).sorted()
    }
}
