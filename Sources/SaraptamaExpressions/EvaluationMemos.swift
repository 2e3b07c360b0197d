/// The memos of pure work (normal forms of texts, answers of lookups) carried from one
/// activation to the next: what a batch of documents checked on one thread shares.
///
/// A batch checks documents that name the same attributes, systems and reference databases
/// (ИИН, ФИО, ГБД ФЛ, …). With memos that lived for one document, each of its distinct names
/// was normalized and looked up again in every document; carried over, a name an earlier
/// document used costs one hash of its bytes (on the bench corpus, evaluation 1.27 → 1.10 M
/// instructions per document).
///
/// Normal forms depend on the text alone and are always kept. Lookup answers also depend on the
/// provider's data, so they are kept only while the caller's `scope` (which names that data)
/// stays the same. The memos are bounded, like the per-document ones, and start again empty
/// once they hold more than `entryLimit` texts or `byteLimit` bytes of them.
///
/// Owned by one thread at a time: pass it `inout` from check to check.
public struct EvaluationMemos: Sendable {
    var normalized = NormalizationCache()
    var lookups = LookupMemo()
    var scope: String?

    /// Entries offered to either memo before both start again (each keeps at most 4096, and
    /// fewer when its probes find no free slot).
    static let entryLimit = 4096
    /// Bytes of remembered texts (keys and normal forms) before the memos start again: texts
    /// from earlier documents are held, so their size is bounded as well as their number.
    static let byteLimit = 4 << 20

    public init() {}

    /// Whether the memos are full enough to start again.
    var isSpent: Bool {
        normalized.offered >= Self.entryLimit || lookups.offered >= Self.entryLimit
            || normalized.bytes + lookups.bytes > Self.byteLimit
    }
}

extension Activation {
    /// Takes the memos carried from earlier activations. `scope` names everything the lookup
    /// provider's answers depend on (for the engine: the rule set and the document's
    /// architecture); remembered answers are dropped when it differs from the last one.
    /// Give them back with `returnMemos(to:)` when the activation's evaluations are done.
    public mutating func adoptMemos(_ memos: inout EvaluationMemos, scope: String) {
        if memos.isSpent {
            memos = EvaluationMemos()
        } else if memos.scope != scope {
            memos.lookups = LookupMemo()
        }
        memos.scope = scope
        // Swapped, not copied: a table shared by two owners is copied whole when one adds.
        swap(&scratch.normalized, &memos.normalized)
        swap(&scratch.lookups, &memos.lookups)
    }

    /// Hands the memos, grown by this activation's evaluations, back for the next activation
    /// (the activation gets back the empty tables it lent in `adoptMemos`).
    public mutating func returnMemos(to memos: inout EvaluationMemos) {
        swap(&scratch.normalized, &memos.normalized)
        swap(&scratch.lookups, &memos.lookups)
    }
}
