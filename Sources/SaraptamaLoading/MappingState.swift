/// An open mapping: its explicit entries, the key waiting for its value, and `<<` merges.
struct MappingState {
    enum Pending {
        case key(String, Mark)
        case merge
        /// The key was rejected (reported); its value is built and dropped.
        case discard
    }

    /// `<<` sources in order, remembered with how many explicit entries preceded them so that
    /// merged keys appear where the `<<` was written.
    struct MergePoint {
        var position: Int
        var sources: [Mapping]
    }

    var mapping = Mapping()
    var pending: Pending?
    var merges: [MergePoint] = []

    mutating func addMerge(_ sources: [Mapping]) {
        merges.append(MergePoint(position: mapping.count, sources: sources))
    }

    /// The final mapping. Explicit keys win over merged ones wherever they are written; among
    /// merge sources the earlier one wins (`Mapping.insert` keeps the first); merged keys are
    /// never duplicates.
    func merged() -> Mapping {
        guard !merges.isEmpty else { return mapping }
        let explicit = mapping.entries
        var result = Mapping()
        var next = 0
        for point in merges {
            while next < point.position {
                result.insert(explicit[next])
                next += 1
            }
            for source in point.sources {
                for entry in source.entries where mapping.entry(entry.key) == nil {
                    result.insert(entry)
                }
            }
        }
        while next < explicit.count {
            result.insert(explicit[next])
            next += 1
        }
        return result
    }
}
