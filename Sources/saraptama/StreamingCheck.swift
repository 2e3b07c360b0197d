import Saraptama
import SaraptamaLoading

/// `check` of a batch in the text or GitHub format, with nothing that needs the whole run at
/// once (no waivers, baseline, `--output` or `--record`): each document's block is written as
/// soon as its result arrives, in path order, and only the tally is kept, so memory stays
/// bounded by the work in flight however many documents there are. The output is the same,
/// byte for byte, as rendering the whole report at the end.
enum StreamingCheck {
    static func applies(format: ReportFormat, options: ReportOptions, recording: Bool) -> Bool {
        (format == .text || format == .github) && options.outputs.isEmpty && options.conclusionOutputs.isEmpty && options.waiversFile == nil
            && options.baseline == nil && !recording
    }

    /// Checks `files` and streams the report; returns the exit code.
    static func run(
        files: [String], checker: BatchChecker, ruleSet: RuleSet, format: ReportFormat, failOn: Severity?,
        style: RenderOptions.TextStyle, today: Int64
    ) -> ExitCode {
        var options = RenderOptions(today: CalendarDay.format(today), colour: false, textStyle: style, failOn: failOn)
        options.colour = format == .text && ReportOptions.stdoutWantsColour()
        var tally = ReportTally(threshold: failOn)
        // Neither format shows fingerprints, and nothing here matches them (no waivers, no baseline).
        var checker = checker
        checker.fingerprints = false
        var problems = false
        checker.check(files: files) { result in
            let document = ReviewedDocument(result)
            Console.out(format == .github
                ? GitHubAnnotations.renderDocument(document, language: checker.language)
                : TextReport.renderDocument(document, language: checker.language, options: options))
            if result.hasInputProblems { problems = true }
            if !result.problems.isEmpty {
                Console.report(result.problems, sources: (result.source.map { [$0] } ?? []) + ruleSet.sources)
            }
            tally.add(document)
        }
        if format == .text { Console.out(TextReport.renderSummary(tally, language: checker.language, options: options)) }
        return .of(problems: problems, inconclusive: tally.inconclusive > 0, findings: tally.atOrAboveThreshold > 0)
    }
}
