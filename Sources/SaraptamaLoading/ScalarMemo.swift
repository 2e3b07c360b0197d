/// The short scalar texts of earlier loads, with their strings and resolved contents, carried
/// from one load to the next: what a batch of documents loaded on one thread shares.
///
/// Documents of one archive repeat the same keys and many of the same values (`integration`,
/// `ГБД ФЛ`, `string(12)`, system and catalogue names) from file to file. Within one load the
/// `ScalarTable` already makes each distinct text once; carried over, a text an earlier
/// document used costs a lookup of its bytes and no allocation at all, and its resolved value
/// is shared with that document's. Nothing else is carried: positions, anchors and problems
/// belong to each load, and a text that failed to resolve is resolved (and reported) again.
///
/// Bounded like the table itself: it stops taking texts at `ScalarTable.maxEntries` of up to
/// `ScalarTable.maxLength` bytes, and then starts again empty at the next load.
///
/// Owned by one thread at a time: pass it from load to load on that thread.
public final class ScalarMemo {
    private var table: ScalarTable?

    public init() {}

    /// The table for the next load, empty when there is none yet or this one is full.
    func take() -> ScalarTable {
        guard let table = table.take(), !table.isFull else { return ScalarTable() }
        return table
    }

    /// Keeps the table of a finished load for the next one.
    func keep(_ table: consuming ScalarTable) {
        self.table = .some(table)
    }
}
