import Foundation
import Saraptama

/// The CSV form of examinations, shared by `registry export --format csv` and `registry import`
/// so that an export imports back unchanged. Columns are found by their header names (any
/// order); the README documents each.
public enum RegistryCSV {
    /// Every column, in export order.
    public static let columns = [
        "document_id", "kind", "title", "state_body_id", "state_body_name", "object", "round", "received", "concluded",
        "verdict", "errors", "warnings", "infos", "findings", "ruleset_name", "ruleset_version", "ruleset_hash", "engine_version",
    ]
    /// The largest import file read (256 MiB): larger is refused while reading, never loaded.
    public static let maxImportBytes = 256 << 20
    /// Columns every import file must have.
    public static let requiredColumns = ["document_id", "kind", "received", "concluded", "verdict"]

    /// The CSV text of `examinations`, header first.
    public static func render(_ examinations: [Examination]) -> String {
        var out = CSV.line(columns)
        for examination in examinations {
            out += CSV.line([
                examination.documentID, examination.kind.rawValue, examination.title ?? "", examination.stateBodyID ?? "",
                examination.stateBodyName ?? "", examination.objectName ?? "", examination.round.map(String.init) ?? "",
                CalendarDay.format(examination.received), CalendarDay.format(examination.concluded), examination.verdict.rawValue,
                String(examination.counts.errors), String(examination.counts.warnings), String(examination.counts.infos),
                examination.findings.map { "\($0.ruleID):\($0.severity.rawValue)" }.joined(separator: ";"),
                examination.ruleSet.name ?? "", examination.ruleSet.version ?? "", examination.ruleSet.hash ?? "", examination.engineVersion ?? "",
            ])
        }
        return out
    }

    /// Parses an import file: every row is validated and every problem reported with its line;
    /// on any problem nothing is returned (the caller imports nothing).
    public static func parse(_ text: String, file: String) throws(RegistryError) -> [(line: Int, examination: Examination)] {
        let (records, syntaxProblems) = CSV.parse(text)
        guard syntaxProblems.isEmpty else {
            throw RegistryError(.badCSV, "the file is not valid CSV; nothing was imported", file: file, problems: syntaxProblems)
        }
        guard let header = records.first else { throw RegistryError(.badCSV, "the file is empty: a header line with the column names is needed", file: file) }
        var problems: [RegistryError.Problem] = []
        var position: [String: Int] = [:]
        for (index, name) in header.fields.enumerated() {
            let name = name.trimmingCharacters(in: .whitespaces)
            if !columns.contains(name) {
                var message = "unknown column '\(name)'"
                if let guess = Suggestion.closest(to: name, among: columns) { message += " (did you mean '\(guess)'?)" }
                problems.append(.init(line: header.line, message: message))
            } else if position[name] != nil {
                problems.append(.init(line: header.line, message: "column '\(name)' appears twice"))
            } else {
                position[name] = index
            }
        }
        for name in requiredColumns where position[name] == nil {
            problems.append(.init(line: header.line, message: "the required column '\(name)' is missing"))
        }
        guard problems.isEmpty else { throw RegistryError(.badCSV, "the header is not valid; nothing was imported", file: file, problems: problems) }

        var rows: [(line: Int, examination: Examination)] = []
        var seenRounds: [String: Int] = [:]
        for record in records.dropFirst() {
            var rowProblems: [String] = []
            guard record.fields.count == header.fields.count else {
                problems.append(.init(line: record.line, message: "\(record.fields.count) field(s), the header has \(header.fields.count)"))
                continue
            }
            let row = RowReader(fields: record.fields, position: position)
            if let examination = row.examination(problems: &rowProblems) {
                if let round = examination.round {
                    let key = examination.documentID + "\u{0}" + String(round)
                    if let earlier = seenRounds[key] {
                        rowProblems.append("document '\(examination.documentID)' round \(round) is already on line \(earlier)")
                    } else {
                        seenRounds[key] = record.line
                    }
                }
                if rowProblems.isEmpty { rows.append((record.line, examination)) }
            }
            problems += rowProblems.map { .init(line: record.line, message: $0) }
        }
        guard problems.isEmpty else {
            throw RegistryError(.badCSV, "\(Set(problems.compactMap(\.line)).count) row(s) are not valid; nothing was imported", file: file, problems: problems)
        }
        return rows
    }
}

/// Reads and checks the fields of one CSV row.
private struct RowReader {
    let fields: [String]
    let position: [String: Int]

    func text(_ column: String) -> String? {
        guard let index = position[column] else { return nil }
        // The `'` that export put before a formula-like value comes off (`CSV.neutralised`).
        let value = CSV.restored(fields[index].trimmingCharacters(in: .whitespaces))
        return value.isEmpty ? nil : value
    }

    func examination(problems: inout [String]) -> Examination? {
        let documentID = text("document_id")
        if documentID == nil { problems.append("document_id is empty") }
        let kindText = text("kind") ?? ""
        let kind = DocumentKind(rawValue: kindText) ?? DocumentKind.allCases.first { $0.abbreviation == kindText.uppercased() }
        if kind == nil { problems.append("kind '\(kindText)' is not one of technical_assignment, investment_proposal, feasibility_study (or TA, IP, FEJ)") }
        let received = date("received", &problems), concluded = date("concluded", &problems)
        if let received, let concluded, concluded < received {
            problems.append("concluded \(CalendarDay.format(concluded)) is before received \(CalendarDay.format(received))")
        }
        let verdictText = text("verdict") ?? ""
        let verdict = Verdict(rawValue: verdictText)
        if verdict == nil { problems.append("verdict '\(verdictText)' is not one of positive, negative, inconclusive") }
        var round: Int?
        if let roundText = text("round") {
            round = Int(roundText)
            if round == nil || !(1...Registry.maximumRound).contains(round!) {
                problems.append("round '\(roundText)' is not a whole number from 1 to \(Registry.maximumRound)")
            }
        }
        let findings = self.findings(&problems)
        var counts = SeverityCounts(findings)
        let given = (count("errors", &problems), count("warnings", &problems), count("infos", &problems))
        if given.0 != nil || given.1 != nil || given.2 != nil {
            let stated = SeverityCounts(errors: given.0 ?? 0, warnings: given.1 ?? 0, infos: given.2 ?? 0)
            if !findings.isEmpty && stated != counts {
                problems.append("the counts (\(stated.errors) errors, \(stated.warnings) warnings, \(stated.infos) info) disagree with the findings listed (\(counts.errors), \(counts.warnings), \(counts.infos))")
            }
            counts = stated
        }
        if verdict == .positive && counts.errors > 0 { problems.append("a positive verdict with \(counts.errors) error(s): an error means a negative conclusion") }
        guard problems.isEmpty, let documentID, let kind, let received, let concluded, let verdict else { return nil }
        return Examination(
            documentID: documentID, kind: kind, title: text("title"), stateBodyID: text("state_body_id"), stateBodyName: text("state_body_name"),
            objectName: text("object"), round: round, received: received, concluded: concluded, verdict: verdict, counts: counts,
            findings: findings, ruleSet: RuleSetStamp(name: text("ruleset_name"), version: text("ruleset_version"), hash: text("ruleset_hash")),
            engineVersion: text("engine_version"), origin: .import)
    }

    private func date(_ column: String, _ problems: inout [String]) -> Int64? {
        guard let value = text(column) else { problems.append("\(column) is empty (YYYY-MM-DD)"); return nil }
        guard let day = CalendarDay.parse(value) else { problems.append("\(column) '\(value)' is not a date YYYY-MM-DD"); return nil }
        return day
    }

    private func count(_ column: String, _ problems: inout [String]) -> Int? {
        guard let value = text(column) else { return nil }
        guard let number = Int(value), number >= 0 else { problems.append("\(column) '\(value)' is not a whole number of 0 or more"); return nil }
        return number
    }

    /// `RULE-ID:severity` items separated by `;` (a rule may repeat: one item per finding).
    private func findings(_ problems: inout [String]) -> [RecordedFinding] {
        guard let value = text("findings") else { return [] }
        var findings: [RecordedFinding] = []
        for item in value.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) where !item.isEmpty {
            let parts = item.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty, let severity = Severity(rawValue: parts[1]) else {
                problems.append("finding '\(item)' is not RULE-ID:severity (error, warning or info)")
                continue
            }
            findings.append(RecordedFinding(ruleID: parts[0], severity: severity))
        }
        return findings
    }
}
