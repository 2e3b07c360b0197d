/// The answers of one document's lookups by their key as written. A document's rules look the
/// same few keys up again and again (DAT-001 and DAT-002 each look every attribute up in the
/// same catalogue; DAT-003 looks every integration's system up once per attribute), and each
/// lookup normalizes its key and hashes it into the provider's index. An answer found here
/// costs one hash of the raw key. Like `NormalizationCache`, the table travels with the
/// activation, whose provider is fixed: a provider answers from data that does not change while
/// a document is checked.
struct LookupMemo {
    private var answers: [Question: Value] = [:]
    /// False for an evaluation that cannot hand the table back (see `NormalizationCache`).
    var grows = true

    private static let capacity = 4096

    /// The remembered answer of looking `key` up in `target` with `kind`.
    func recall(_ kind: LookupKind, _ target: String, _ key: String) -> Value? {
        answers.isEmpty ? nil : answers[Question(kind: kind, target: target, key: key)]
    }

    mutating func remember(_ kind: LookupKind, _ target: String, _ key: String, _ answer: Value) {
        guard grows && answers.count < Self.capacity else { return }
        if answers.isEmpty { answers.reserveCapacity(64) }
        answers[Question(kind: kind, target: target, key: key)] = answer
    }

    /// Keys compared by bytes (`ExactText`): byte-equal keys certainly have equal answers.
    private struct Question: Hashable {
        let kind: LookupKind
        let target: String
        let key: ExactText

        init(kind: LookupKind, target: String, key: String) {
            self.kind = kind
            self.target = target
            self.key = ExactText(key)
        }

        func hash(into hasher: inout Hasher) {
            // Targets are a handful of catalogue names: their length spreads them enough, and
            // equality compares them in full.
            hasher.combine(kind)
            hasher.combine(target.utf8.count)
            hasher.combine(key)
        }

        static func == (a: Question, b: Question) -> Bool {
            a.kind == b.kind && a.key == b.key && UTF8Search.equal(a.target, b.target)
        }
    }
}
