/// Numbers and dates as a Russian or Kazakh official text writes them: «1 850 000 000 тенге»,
/// «10.02.2025»; English "1,850,000,000 tenge", "10.02.2025".
public enum LocalFormat {
    /// `YYYY-MM-DD` as `DD.MM.YYYY`; any other text unchanged.
    public static func date(_ iso: String) -> String {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) else {
            return iso
        }
        return "\(parts[2]).\(parts[1]).\(parts[0])"
    }

    /// An integer with its thousands grouped: a no-break space in Russian and Kazakh, a comma in English.
    public static func integer(_ value: Int64, _ language: Language) -> String {
        let digits = String(value.magnitude)
        let separator = language == .en ? "," : "\u{00A0}"
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped += separator }
            grouped.append(digit)
        }
        return (value < 0 ? "−" : "") + grouped
    }

    /// An amount in tenge: «1 850 000 000 тенге», «1 850 000 000 теңге», "1,850,000,000 tenge".
    public static func tenge(_ value: Int64, _ language: Language) -> String {
        integer(value, language) + "\u{00A0}" + LocalizedText(ru: "тенге", kk: "теңге", en: "tenge")[language]
    }

    /// A rule's message or recommendation with the values it quotes written the local way:
    /// amounts in tenge grouped («1850000000 KZT» → «1 850 000 000 тенге») and ISO dates as
    /// «10.02.2025». Other text is unchanged.
    public static func prose(_ text: String, _ language: Language) -> String {
        var result = text
        let amount = /\b(\d{4,})\s?(KZT|тенге|теңге|tenge)\b/
        result = result.replacing(amount) { match in
            guard let value = Int64(match.output.1) else { return String(match.output.0) }
            return tenge(value, language)
        }
        let isoDate = /\b(\d{4})-(\d{2})-(\d{2})\b/
        result = result.replacing(isoDate) { match in "\(match.output.3).\(match.output.2).\(match.output.1)" }
        return result
    }
}
