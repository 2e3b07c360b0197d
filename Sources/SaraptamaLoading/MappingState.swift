/// The state of an open mapping besides its entries (which wait on the builder's entry stack):
/// the key waiting for its value, the key index of a large mapping, and `<<` merges.
struct MappingState {
    enum Pending {
        case key(String, KeyDigest, Mark)
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

    var pending: Pending?
    /// Key → position among the explicit entries, built once the mapping grows past
    /// `Mapping.indexThreshold` entries (the index the finished `Mapping` keeps), so that
    /// duplicate checks of large mappings stay cheap.
    var keyIndex: [String: Int]?
    var merges: [MergePoint] = []

    mutating func addMerge(_ sources: [Mapping], explicitCount: Int) {
        merges.append(MergePoint(position: explicitCount, sources: sources))
    }

    /// The final mapping from the explicit one. Explicit keys win over merged ones wherever they
    /// are written; among merge sources the earlier one wins (`Mapping.insert` keeps the first);
    /// merged keys are never duplicates.
    func merged(_ mapping: Mapping) -> Mapping {
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
