import Foundation
import Saraptama
import SaraptamaRegistry

/// `saraptama stats`: throughput statistics of the registry.
enum StatsCommand {
    static let usage = """
        USAGE: saraptama stats [--registry PATH] [--from DATE] [--to DATE] [--kind KIND] [--body ID]
                               [--format text|json|csv|html] [--output FILE] [--limit-days N] [--calendar FILE] [--top N] [--lang ru|kk|en]

        Throughput of the examinations in the registry: by year and kind, by state body, by month; verdict
        shares; rounds until a positive conclusion; turnaround in working days against the time limit, with
        the share over it; the most violated rules and packs. Years and months are those of the conclusion.

        OPTIONS:
          --registry PATH   the registry database (default: ./saraptama.db)
          --from DATE       only examinations concluded on or after DATE (YYYY-MM-DD)
          --to DATE         only examinations concluded on or before DATE
          --kind KIND       technical_assignment, investment_proposal, feasibility_study (or TA, IP, FEJ)
          --body ID         only this state body (its id, e.g. mz)
          --format FORMAT   text (default), json, csv, or html (a self-contained page with SVG charts)
          --lang LANG       the language of the text tables and the HTML page (default: ru)
          --output FILE     write to FILE instead of standard output
          --limit-days N    the examination's time limit in working days (default: the calendar file's
                            examination.time_limit_working_days, else 15 — the statutory limit was NOT found)
          --calendar FILE   working-day calendar (default: RULES/calendar/kz-working-calendar.yaml)
          --rules DIR       rule set folder holding the calendar (default: $SARAPTAMA_RULES, else ./Rules)
          --top N           how many of the most violated rules to list (default: 10)
          -h, --help        show this help

        EXIT CODES: 0 success; 2 usage error, bad calendar, or a registry error (codes registry-...).
        """

    static func run(_ argv: [String]) throws(ExitRequest) -> ExitCode {
        let arguments: Arguments
        do {
            arguments = try Arguments(
                argv, options: RegistryOptions.names + ["--from", "--to", "--kind", "--body", "--format", "--output", "--limit-days", "--calendar", "--rules", "--top", "--lang"],
                flags: ["--help", "-h"])
        } catch {
            throw usageFailure(error.message, usage: usage)
        }
        if arguments.has("--help") || arguments.has("-h") { Console.out(usage + "\n"); return .success }
        guard arguments.positionals.isEmpty else { throw usageFailure(CLIMessages.text("args.noOperand", ["command": "stats"]), usage: usage) }
        var query = StatisticsQuery()
        query.from = try RegistryOptions.date(arguments, "--from", usage: usage)
        query.to = try RegistryOptions.date(arguments, "--to", usage: usage)
        if let from = query.from, let to = query.to, from > to { throw usageFailure(CLIMessages.text("stats.fromAfterTo"), usage: usage) }
        if let text = arguments.value("--kind") {
            guard let kind = DocumentKind(rawValue: text) ?? DocumentKind.allCases.first(where: { $0.abbreviation == text.uppercased() }) else {
                throw usageFailure(CLIMessages.text("stats.kind", ["kinds": CLIMessages.either(["technical_assignment", "investment_proposal", "feasibility_study", "TA", "IP", "FEJ"]), "value": text]), usage: usage)
            }
            query.kind = kind
        }
        query.body = arguments.value("--body")
        query.limitDays = try number(arguments, "--limit-days", minimum: 0)
        query.topRules = try number(arguments, "--top", minimum: 1) ?? query.topRules
        let format: String
        let language: Language
        do { language = Language(rawValue: try arguments.choice("--lang", Language.allCases.map(\.rawValue), default: "ru")) ?? .ru } catch {
            throw usageFailure(error.message, usage: usage)
        }
        do { format = try arguments.choice("--format", ["text", "json", "csv", "html"], default: "text") } catch {
            throw usageFailure(error.message, usage: usage)
        }

        let calendarPath = arguments.value("--calendar") ?? (RuleSetOptions.directory(arguments) + "/" + WorkingCalendarParser.defaultRelativePath)
        let calendar = try RegistryOptions.attempt { () throws(RegistryError) in
            guard FileManager.default.fileExists(atPath: calendarPath) else {
                throw RegistryError(.badCalendar, "no working calendar here (give --calendar FILE, or --rules DIR holding calendar/kz-working-calendar.yaml)", file: calendarPath)
            }
            return try WorkingCalendarParser.load(path: calendarPath)
        }
        let registry = try RegistryOptions.open(arguments, create: false)
        let examinations = try RegistryOptions.attempt { () throws(RegistryError) in try registry.examinations() }
        let stats = Statistics.compute(examinations, query: query, calendar: calendar)
        let text = switch format {
        case "json": StatisticsJSON.render(stats)
        case "csv": StatisticsCSV.render(stats)
        case "html": StatisticsHTML.render(stats, language: language)
        default: StatisticsText.render(stats, language: language)
        }
        if let output = arguments.value("--output") {
            try RegistryOptions.write(Data(text.utf8), to: output)
            Console.err("saraptama: " + CLIMessages.text("stats.wrote", ["format": format, "examinations": CLIMessages.counted(stats.examinations, .examination), "path": output]))
        } else {
            Console.out(text)
        }
        return .success
    }

    private static func number(_ arguments: Arguments, _ name: String, minimum: Int) throws(ExitRequest) -> Int? {
        guard let text = arguments.value(name) else { return nil }
        guard let value = Int(text), value >= minimum else { throw usageFailure(CLIMessages.text("args.wholeNumber", ["option": name, "minimum": String(minimum), "value": text]), usage: usage) }
        return value
    }
}
