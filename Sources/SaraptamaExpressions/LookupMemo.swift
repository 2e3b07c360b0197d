/// The answers of one document's lookups by their key as written. A document's rules look the
/// same few keys up again and again (DAT-001 and DAT-002 each look every attribute up in the
/// same catalogue; DAT-003 looks every integration's system up once per attribute), and each
/// lookup normalizes its key and hashes it into the provider's index. An answer found here
/// costs one hash of the raw key. Like `NormalizationCache`, the table travels with the
/// activation, whose provider is fixed: a provider answers from data that does not change while
/// a document is checked.
struct LookupMemo {
    private var answers = BoundedMemo<Question, Value>(limit: 4096)
    /// False for an evaluation that cannot hand the table back (see `NormalizationCache`).
    var grows = true
    /// Answers offered to the table, and bytes of their keys (see `EvaluationMemos`); counted
    /// whether or not the table kept them.
    private(set) var offered = 0
    private(set) var bytes = 0

    /// The remembered answer of looking `key` up in `target` with `kind`. Mutating though it
    /// changes nothing: reached in place through the evaluation's scratch, a non-mutating call
    /// made a copy of the whole table (three retains and releases) for every lookup.
    mutating func recall(_ kind: LookupKind, _ target: String, _ key: String) -> Value? {
        if answers.isEmpty { return nil }
        return answers.recall(Self.hash(kind, target, key)) { question in
            // Keys compared by bytes (see `TextHash`): byte-equal keys certainly have equal answers.
            question.kind == kind && UTF8Search.equal(question.key, key) && UTF8Search.equal(question.target, target)
        }
    }

    mutating func remember(_ kind: LookupKind, _ target: String, _ key: String, _ answer: Value) {
        guard grows else { return }
        answers.remember(Self.hash(kind, target, key), Question(kind: kind, target: target, key: key), answer)
        offered += 1
        bytes += key.utf8.count
    }

    /// Targets are a handful of catalogue names: their length spreads them enough, and equality
    /// compares them in full.
    @inline(__always)
    private static func hash(_ kind: LookupKind, _ target: String, _ key: String) -> UInt64 {
        TextHash.combine(TextHash.of(key), target.utf8.count << 3 | kind.rawValue)
    }

    private struct Question {
        let kind: LookupKind
        let target: String
        let key: String
    }
}
