import Saraptama
import SaraptamaLoading

/// Reads a saved `saraptama check --format json` report back into examinations, so a check made
/// elsewhere (or earlier) can be recorded. Every problem is collected with its line and column;
/// documents without a conclusion (not loaded, inconclusive) are listed as skipped.
public enum ReportReader {
    /// One document of a report: its examination, or why it cannot be recorded.
    public enum Entry: Sendable {
        case examination(Examination, file: String?)
        case skipped(file: String, reason: String)
    }

    /// What the report's `ruleset` and `tool` say.
    public struct Parsed: Sendable {
        public let entries: [Entry]
        public let ruleSet: RuleSetStamp
        public let engineVersion: String?
    }

    /// Parses report bytes. `received`: a date for every document instead of its `date` header;
    /// `concluded`: the conclusion date of every document.
    public static func parse(bytes: [UInt8], path: String, received: Int64?, concluded: Int64) throws(RegistryError) -> Parsed {
        let root: Node
        do { root = try YAMLLoader.load(bytes: bytes, path: path).root } catch {
            throw RegistryError(.badReport, "not a readable JSON report", file: path,
                problems: error.diagnostics.map { .init(line: $0.mark?.line, column: $0.mark?.column, message: "\($0.code): \($0.message)") })
        }
        var problems: [RegistryError.Problem] = []
        func problem(_ node: Node?, _ message: String) {
            let at = node ?? root
            problems.append(.init(line: at.mark.line, column: at.mark.column, message: message))
        }
        guard root["format"]?.string == "saraptama-report" else {
            throw RegistryError(.badReport, "not a saraptama JSON report (no \"format\": \"saraptama-report\"); save one with 'saraptama check --format json'", file: path)
        }
        guard case .int(let version)? = root["format_version"]?.scalar, version >= 1, version <= JSONReport.formatVersion else {
            throw RegistryError(.badReport, "unknown report format_version (this saraptama reads version \(JSONReport.formatVersion))", file: path)
        }
        let ruleSet = RuleSetStamp(name: root["ruleset"]?["name"]?.string, version: root["ruleset"]?["version"]?.string, hash: root["ruleset"]?["hash"]?.string)
        let engineVersion = root["tool"]?["version"]?.string
        guard let documents = root["documents"]?.sequence else {
            throw RegistryError(.badReport, "the report has no \"documents\" list", file: path)
        }
        var entries: [Entry] = []
        for node in documents {
            let file = node["file"]?.string ?? "?"
            let verdictText = node["verdict"]?.string ?? ""
            guard let verdict = Verdict(rawValue: verdictText) else { problem(node["verdict"] ?? node, "verdict '\(verdictText)' is not positive, negative or inconclusive"); continue }
            guard verdict != .inconclusive, let id = node["id"]?.string, !id.isEmpty else {
                entries.append(.skipped(file: file, reason: verdict == .inconclusive ? "inconclusive: the document was not fully checked" : "the document has no id"))
                continue
            }
            let kindText = node["kind"]?.string ?? ""
            guard let kind = DocumentKind(rawValue: kindText) else { problem(node["kind"] ?? node, "kind '\(kindText)' is not a document kind"); continue }
            let dateText = node["date"]?.string ?? ""
            guard let date = CalendarDay.parse(dateText) else { problem(node["date"] ?? node, "date '\(dateText)' is not YYYY-MM-DD"); continue }
            var findings: [RecordedFinding] = []
            for findingNode in node["findings"]?.sequence ?? [] {
                guard let rule = findingNode["rule"]?.string, let severity = findingNode["severity"]?.string.flatMap(Severity.init(rawValue:)) else {
                    problem(findingNode, "a finding needs \"rule\" and \"severity\" (error, warning, info)")
                    continue
                }
                findings.append(RecordedFinding(
                    ruleID: rule, pack: findingNode["pack"]?.string, severity: severity,
                    path: findingNode["path"]?.string, fingerprint: findingNode["fingerprint"]?.string))
            }
            if node["findings"]?.sequence == nil { problem(node, "the document has no \"findings\" list") }
            entries.append(.examination(Examination(
                documentID: id, kind: kind, title: node["title"]?.string, stateBodyID: node["state_body"]?["id"]?.string,
                stateBodyName: node["state_body"]?["name"]?.string, objectName: node["object"]?.string,
                received: received ?? date, concluded: concluded, verdict: verdict, counts: SeverityCounts(findings), findings: findings,
                ruleSet: ruleSet, engineVersion: engineVersion, origin: .report, sourceFile: node["file"]?.string), file: node["file"]?.string))
        }
        guard problems.isEmpty else {
            throw RegistryError(.badReport, "the report has \(problems.count) problem(s); nothing was recorded", file: path, problems: problems)
        }
        return Parsed(entries: entries, ruleSet: ruleSet, engineVersion: engineVersion)
    }
}
