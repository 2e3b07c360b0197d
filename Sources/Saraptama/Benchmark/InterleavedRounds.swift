import Dispatch

/// Times several stages in rounds, each stage once per round, after one warm-up of each, and
/// within a round interleaved slice by slice.
///
/// On a shared host whose speed drifts from second to second, timing all runs of one stage and
/// then all runs of the next compares stages measured at different speeds of the machine. In a
/// round, every stage goes through the corpus in slices of a few dozen documents, taking turns
/// slice by slice: the stages of one round see the host at the same speeds, within a few
/// milliseconds of each other rather than a second or more (one pass of a stage over the corpus).
/// A share between two stages (load + evaluate against the floor) is taken within each round,
/// and its median reported.
struct InterleavedRounds {
    /// A stage's work over one range of the corpus, made afresh for every round: what a stage
    /// carries from document to document (its memos) starts empty each round and is carried
    /// across the slices of the round, as through one pass.
    typealias Pass = (Range<Int>) -> Void

    private var names: [String] = []
    private var makers: [() -> Pass] = []

    /// Adds a stage: `makePass` gives the work of one round.
    mutating func add(_ name: String, _ makePass: @escaping () -> Pass) {
        names.append(name)
        makers.append(makePass)
    }

    /// Adds a stage that cannot be sliced: it runs whole, once per round.
    mutating func add(_ name: String, whole body: @escaping () -> Void) {
        add(name) { { range in if range.lowerBound == 0 { body() } } }
    }

    /// Seconds of each stage, by name, one entry per round, over `count` documents taken
    /// `slice` at a time.
    func run(rounds: Int, count: Int, slice: Int = 25) -> [String: [Double]] {
        for make in makers { make()(0..<count) }
        let step = max(1, slice)
        var times: [String: [Double]] = [:]
        for _ in 0..<max(1, rounds) {
            let passes = makers.map { $0() }
            var seconds = [Double](repeating: 0, count: passes.count)
            for start in stride(from: 0, to: max(count, 1), by: step) {
                let range = start..<min(start + step, count)
                for (stage, pass) in passes.enumerated() {
                    let begin = DispatchTime.now().uptimeNanoseconds
                    pass(range)
                    seconds[stage] += Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e9
                }
            }
            for (name, total) in zip(names, seconds) { times[name, default: []].append(total) }
        }
        return times
    }

    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        return sorted[sorted.count / 2]
    }

    /// The median over rounds of `reference / stage`: the stage's speed as a share of the
    /// reference's, both measured in the same round.
    static func medianShare(of stage: [Double], against reference: [Double]) -> Double {
        median(zip(reference, stage).map { $0 / $1 })
    }
}
