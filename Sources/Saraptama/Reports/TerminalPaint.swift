/// ANSI colours for the text report. The CLI enables them only when stdout is a terminal and
/// `NO_COLOR` is unset; disabled, every method returns its text unchanged, so files, pipes,
/// tests and golden files never contain escape codes.
struct TerminalPaint {
    let enabled: Bool

    private func wrap(_ code: String, _ text: String) -> String {
        enabled && !text.isEmpty ? "\u{1B}[\(code)m" + text + "\u{1B}[0m" : text
    }

    func severity(_ severity: Severity, _ text: String) -> String {
        switch severity {
        case .error: wrap("1;31", text)
        case .warning: wrap("1;33", text)
        case .info: wrap("1;36", text)
        }
    }

    func verdict(_ verdict: Verdict, _ text: String) -> String {
        switch verdict {
        case .positive: wrap("1;32", text)
        case .negative: wrap("1;31", text)
        case .inconclusive: wrap("1;35", text)
        }
    }

    func strong(_ text: String) -> String { wrap("1", text) }
    func dim(_ text: String) -> String { wrap("2", text) }
    func caret(_ text: String) -> String { wrap("1;31", text) }
    func good(_ text: String) -> String { wrap("32", text) }
}
