import Foundation
import Saraptama
import SaraptamaLoading

/// The report options shared by `check` and `lint`: more formats at once (`--output
/// FORMAT=PATH`), waivers, the previous round's report, and the day waivers expire against.
/// Input files are read before any document is checked, so a malformed waivers file or
/// baseline stops the run at once (exit 2) with its position.
struct ReportOptions {
    static let names = ["--output", "--waivers", "--baseline", "--today", "--conclusion-number", "--letter-number", "--letter-date", "--addressee"]

    static let usageLines = """
          --output FORMAT=PATH   also write FORMAT to PATH (repeatable): text, json, sarif, junit, markdown, html, github
          --waivers FILE         approved waivers (YAML): waived findings are reported apart and do not count
          --baseline OLD.json    the previous round's JSON report: marks findings new / still open, lists resolved
                                 ones; with a baseline, only new findings at or above --fail-on give exit 1
          --today YYYY-MM-DD     the day waivers expire against and the conclusion is dated (default: today)
          --output docx=PATH     the issued conclusion as a Word document (pandoc); conclusion-html=PATH: its HTML twin;
                                 conclusion-pdf=PATH: the Word document as PDF (needs LibreOffice)
          --conclusion-number N  the conclusion's registration number
          --letter-number N, --letter-date YYYY-MM-DD
                                 the incoming letter the conclusion answers
          --addressee TEXT       whom the conclusion is addressed to (default: the document's state body)
        """

    let outputs: [(ReportFormat, String)]
    /// The issued conclusion's files (`--output docx=PATH`, `conclusion-html=PATH`, `conclusion-pdf=PATH`).
    let conclusionOutputs: [(ConclusionConverter.Target, String)]
    let conclusion: ConclusionSettings
    let waiversFile: String?
    let waivers: [Waiver]
    let baseline: RoundReport?
    let today: Int64

    /// Parses the options and reads the waivers and baseline files; usage mistakes throw a
    /// `UsageError`, unreadable or malformed files print their diagnostics and exit with 2.
    static func load(_ arguments: Arguments, usage: String) throws(ExitRequest) -> ReportOptions {
        var outputs: [(ReportFormat, String)] = []
        var conclusionOutputs: [(ConclusionConverter.Target, String)] = []
        for value in arguments.values("--output") {
            if let equals = value.firstIndex(of: "="), let target = ConclusionConverter.Target(rawValue: String(value[..<equals])),
                !value[value.index(after: equals)...].isEmpty {
                conclusionOutputs.append((target, String(value[value.index(after: equals)...])))
                continue
            }
            guard let equals = value.firstIndex(of: "="), let format = ReportFormat(rawValue: String(value[..<equals])),
                !value[value.index(after: equals)...].isEmpty
            else {
                let formats = (ReportFormat.allCases.map(\.rawValue) + ConclusionConverter.Target.allCases.map(\.rawValue)).joined(separator: ", ")
                throw usageFailure(CLIMessages.text("report.outputSpec", ["formats": formats, "value": value]), usage: usage)
            }
            outputs.append((format, String(value[value.index(after: equals)...])))
        }
        var today = Self.systemToday()
        if let text = arguments.value("--today") {
            guard let day = CalendarDay.parse(text) else { throw usageFailure(CLIMessages.text("args.date", ["option": "--today", "value": text]), usage: usage) }
            today = day
        }
        let waiversFile = arguments.value("--waivers")
        var waivers: [Waiver] = []
        if let waiversFile {
            do { waivers = try WaiverFile.load(path: waiversFile) } catch {
                Console.report(error.diagnostics, sources: RuleSetOptions.sourcesOf(error))
                Console.err("saraptama: " + CLIMessages.text("waivers.problems"))
                throw ExitRequest(.error)
            }
        }
        var baseline: RoundReport?
        if let baselineFile = arguments.value("--baseline") {
            baseline = try readRound(baselineFile)
        }
        var conclusion = ConfigurationDefaults.current?.conclusion ?? ConclusionSettings()
        conclusion.number = arguments.value("--conclusion-number")
        conclusion.letterNumber = arguments.value("--letter-number")
        conclusion.addressee = arguments.value("--addressee")
        if let text = arguments.value("--letter-date") {
            guard CalendarDay.parse(text) != nil else { throw usageFailure(CLIMessages.text("args.date", ["option": "--letter-date", "value": text]), usage: usage) }
            conclusion.letterDate = text
        }
        return ReportOptions(
            outputs: outputs, conclusionOutputs: conclusionOutputs, conclusion: conclusion, waiversFile: waiversFile, waivers: waivers,
            baseline: baseline, today: today)
    }

    /// Reads a JSON report of a round, or prints why it cannot and exits with 2.
    static func readRound(_ path: String) throws(ExitRequest) -> RoundReport {
        do { return try RoundReportReader.read(path: path) } catch {
            Console.report(error.diagnostics, sources: RuleSetOptions.sourcesOf(error))
            throw ExitRequest(.error)
        }
    }

    /// The check report with waivers applied and compared with the baseline.
    func review(_ report: CheckReport, ruleSet: RuleSet) -> ReviewedReport {
        var reviewed = ReviewedReport(ruleSet: ruleSet, language: report.language, documents: report.documents)
        if let waiversFile {
            reviewed = WaiverReview(waivers: waivers, today: today).apply(to: reviewed)
            reviewed.waiversFile = waiversFile
        }
        if let baseline {
            let comparison = RoundComparison(old: baseline, new: RoundReport(reviewed, file: "-"))
            for index in reviewed.documents.indices {
                reviewed.documents[index].round = comparison.documents[index]
            }
            reviewed.baselineFile = baseline.file
        }
        return reviewed
    }

    /// Writes `format` on stdout and every `--output` file. Text on stdout is coloured only on
    /// a terminal without `NO_COLOR`; files never are.
    func write(_ report: ReviewedReport, format: ReportFormat, failOn: Severity?, style: RenderOptions.TextStyle, ruleSetDirectory: String?) throws(ExitRequest) {
        var options = RenderOptions(today: CalendarDay.format(today), colour: false, textStyle: style, failOn: failOn)
        options.conclusion = conclusion
        var terminal = options
        terminal.colour = format == .text && Self.stdoutWantsColour()
        Console.out(format.render(report, options: terminal))
        for (outputFormat, path) in outputs {
            do {
                try outputFormat.render(report, options: options).write(toFile: path, atomically: true, encoding: .utf8)
            } catch {
                Console.err("saraptama: error: io-unwritable: " + CLIMessages.text("io.cannotWrite", ["path": path, "reason": error.localizedDescription]))
                throw ExitRequest(.error)
            }
        }
        guard !conclusionOutputs.isEmpty else { return }
        let markdown = ReportFormat.conclusion.render(report, options: options)
        let title = report.documents.compactMap { $0.result.header?.id }.joined(separator: ", ")
        for (target, path) in conclusionOutputs {
            do {
                let bytes = try ConclusionConverter(settings: conclusion, ruleSetDirectory: ruleSetDirectory).convert(markdown, to: target, title: title.isEmpty ? "saraptama" : title)
                try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
            } catch let error as ConclusionError {
                Console.err("saraptama: error: \(error.description)")
                throw ExitRequest(.error)
            } catch {
                Console.err("saraptama: error: io-unwritable: " + CLIMessages.text("io.cannotWrite", ["path": path, "reason": error.localizedDescription]))
                throw ExitRequest(.error)
            }
        }
    }

    /// With `--output docx=PATH`, each document's own issued conclusion as a .docx, for the
    /// registry to keep with its examination; nil without it.
    func issuedConclusion(in report: ReviewedReport, ruleSetDirectory: String?) -> ((DocumentResult) -> (number: String?, docx: [UInt8])?)? {
        guard conclusionOutputs.contains(where: { $0.0 == .docx }) else { return nil }
        var options = RenderOptions(today: CalendarDay.format(today), colour: false, textStyle: .report, failOn: nil)
        options.conclusion = conclusion
        let number = conclusion.number
        return { result in
            guard let document = report.documents.first(where: { $0.result.file == result.file }) else { return nil }
            var single = report
            single.documents = [document]
            let markdown = IssuedConclusion.render(single, options: options)
            guard let bytes = try? ConclusionConverter(settings: options.conclusion, ruleSetDirectory: ruleSetDirectory).convert(markdown, to: .docx, title: result.header?.id ?? "saraptama") else { return nil }
            return (number, bytes)
        }
    }

    /// Colour only on a terminal, and never when `NO_COLOR` is set to anything (no-color.org).
    static func stdoutWantsColour() -> Bool {
        if let noColor = ProcessInfo.processInfo.environment["NO_COLOR"], !noColor.isEmpty { return false }
        return isatty(STDOUT_FILENO) == 1
    }

    /// The local calendar day.
    static func systemToday() -> Int64 {
        // The C library's local time rather than `Calendar.current`: setting up Foundation's
        // calendar, locale and time zone caches was a tenth of a one-document check.
        var now = time(nil)
        var parts = tm()
        guard localtime_r(&now, &parts) != nil else {
            let fallback = Calendar.current.dateComponents([.year, .month, .day], from: Date())
            return CalendarDay.days(year: Int64(fallback.year ?? 1970), month: Int64(fallback.month ?? 1), day: Int64(fallback.day ?? 1))
        }
        return CalendarDay.days(year: Int64(parts.tm_year) + 1900, month: Int64(parts.tm_mon) + 1, day: Int64(parts.tm_mday))
    }
}
