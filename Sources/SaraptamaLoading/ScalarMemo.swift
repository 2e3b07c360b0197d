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
/// Bounded more tightly than one load's table: once it holds `entryLimit` texts or
/// `byteLimit` bytes of them, the next load starts again with an empty table. Recurring texts
/// come back within a few documents, so a small memo keeps most of the gain, and a batch's
/// memory stays flat however many documents it checks (a memo of the table's full 16,384
/// entries raised the peak memory of a 20,000-document batch by a third).
///
/// Owned by one thread at a time: pass it from load to load on that thread.
public final class ScalarMemo {
    private var table: ScalarTable?

    /// Texts kept before the memo starts again.
    static let entryLimit = 4096
    /// Bytes of texts kept before the memo starts again.
    static let byteLimit = 256 << 10

    public init() {}

    /// Texts the memo holds now (for tests).
    var heldTexts: Int { table?.count ?? 0 }

    /// The table for the next load, empty when there is none yet or this one is spent.
    func take() -> ScalarTable {
        guard let table = table.take(), table.count < Self.entryLimit, table.textBytes < Self.byteLimit else {
            return ScalarTable()
        }
        return table
    }

    /// Keeps the table of a finished load for the next one.
    func keep(_ table: consuming ScalarTable) {
        self.table = .some(table)
    }
}
