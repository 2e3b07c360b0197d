import Dispatch

/// Times several stages in rounds, each stage once per round, after one warm-up of each.
///
/// On a shared host whose speed drifts from second to second, timing all runs of one stage and
/// then all runs of the next compares stages measured at different speeds of the machine; in
/// rounds, the stages of one round run back to back. A share between two stages (load +
/// evaluate against the floor) is taken within each round, and its median reported.
struct InterleavedRounds {
    private var names: [String] = []
    private var bodies: [() -> Void] = []

    mutating func add(_ name: String, _ body: @escaping () -> Void) {
        names.append(name)
        bodies.append(body)
    }

    /// Seconds of each stage, by name, one entry per round.
    func run(rounds: Int) -> [String: [Double]] {
        for body in bodies { body() }
        var times: [String: [Double]] = [:]
        for _ in 0..<max(1, rounds) {
            for (name, body) in zip(names, bodies) {
                let start = DispatchTime.now().uptimeNanoseconds
                body()
                times[name, default: []].append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
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
