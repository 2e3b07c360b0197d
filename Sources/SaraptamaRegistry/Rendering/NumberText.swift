/// Numbers as report text, without locale: renderers must give the same text everywhere.
enum NumberText {
    /// `0.6509` → "65.1%".
    static func percent(_ share: Double) -> String {
        decimal(share * 100) + "%"
    }

    /// One decimal place, rounded half away from zero: 11.25 → "11.3".
    static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }

    /// Rounded to 4 decimal places, for JSON shares.
    static func rounded(_ value: Double) -> Double {
        (value * 10_000).rounded() / 10_000
    }
}
