extension RandomAccessCollection where Index == Int {
    /// The index of the first element for which `isAfter` holds, for a collection in which every
    /// element where it holds comes after every element where it does not (`endIndex` if none).
    @inlinable package func firstIndex(bisecting isAfter: (Element) -> Bool) -> Int {
        var low = startIndex, high = endIndex
        while low < high {
            let middle = low + (high - low) / 2
            if isAfter(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
