import SaraptamaLoading

/// Reads a JSON report (`check --format json`) back as a round, for `diff` and `check
/// --baseline`. A file that is not such a report is an error with its position and a stable
/// code, never a crash: `baseline-…` codes for the structure, the loader's `yaml-…` codes for
/// malformed JSON, `io-unreadable` for a missing file.
public enum RoundReportReader {
    /// Reports of huge batches exceed the 16 MiB meant for documents written by people.
    public static let maxBytes = 1 << 30

    /// Reads the JSON report at `path` (up to 1 GiB).
    public static func read(path: String) throws(DiagnosticError) -> RoundReport {
        let loaded = try YAMLLoader.load(file: path, options: LoadOptions(maxBytes: maxBytes, maxDepth: 64))
        return try parse(loaded.root, file: path)
    }

    /// Parses a JSON report from text (tests, standard input).
    public static func parse(text: String, path: String) throws(DiagnosticError) -> RoundReport {
        let loaded = try YAMLLoader.load(text: text, path: path, options: LoadOptions(maxBytes: maxBytes, maxDepth: 64))
        return try parse(loaded.root, file: path)
    }

    static func parse(_ root: Node, file: String) throws(DiagnosticError) -> RoundReport {
        var reader = Reader(file: file)
        guard root.mapping != nil, root["format"]?.string == "saraptama-report" else {
            throw DiagnosticError([Diagnostic(
                code: "baseline-not-a-report",
                message: "not a Saraptama JSON report (expected an object with \"format\": \"saraptama-report\"; produce one with `saraptama check --format json`)",
                file: file, mark: root.mark)])
        }
        guard case .int(let version)? = root["format_version"]?.scalar, version >= 1, version <= JSONReport.formatVersion else {
            throw DiagnosticError([Diagnostic(
                code: "baseline-unsupported-version",
                message: "unsupported format_version (this saraptama reads versions 1 to \(JSONReport.formatVersion))",
                file: file, mark: (root["format_version"] ?? root).mark)])
        }
        var name = "", rulesVersion = "", hash = ""
        if let ruleset = root["ruleset"] {
            name = reader.string(ruleset, "name", in: root) ?? ""
            rulesVersion = reader.string(ruleset, "version", in: root) ?? ""
            hash = reader.string(ruleset, "hash", in: root) ?? ""
        } else {
            reader.problem("missing field 'ruleset'", at: root)
        }
        var documents: [RoundDocument] = []
        for node in reader.list(root, "documents") {
            guard node.mapping != nil else { reader.problem("a document must be an object", at: node); continue }
            let documentFile = reader.string(node, "file", in: node) ?? ""
            let id = node["id"]?.string
            var findings = reader.list(node, "findings").compactMap { reader.finding($0, waived: false) }
            // `waived` was added to format version 1 later: reports without it have none.
            if node["waived"] != nil {
                findings += reader.list(node, "waived").compactMap { reader.finding($0, waived: true) }
            }
            documents.append(RoundDocument(id: id, file: documentFile, findings: findings))
        }
        if !reader.problems.isEmpty { throw DiagnosticError(reader.problems) }
        return RoundReport(file: file, ruleSetName: name, ruleSetVersion: rulesVersion, ruleSetHash: hash, documents: documents)
    }

    /// Field access that records a `baseline-bad-field` problem at the offending node.
    private struct Reader {
        let file: String
        var problems: [Diagnostic] = []

        init(file: String) { self.file = file }

        mutating func problem(_ message: String, at node: Node) {
            problems.append(Diagnostic(code: "baseline-bad-field", message: message, file: file, mark: node.mark))
        }

        mutating func string(_ node: Node?, _ key: String, in parent: Node) -> String? {
            guard let node, let value = node[key] else {
                problem("missing field '\(key)'", at: node ?? parent)
                return nil
            }
            guard let text = value.string else {
                problem("'\(key)' must be a string, found \(value.kindName)", at: value)
                return nil
            }
            return text
        }

        mutating func int(_ node: Node, _ key: String) -> Int? {
            guard let value = node[key] else { problem("missing field '\(key)'", at: node); return nil }
            guard case .int(let number)? = value.scalar, let result = Int(exactly: number) else {
                problem("'\(key)' must be an integer, found \(value.kindName)", at: value)
                return nil
            }
            return result
        }

        mutating func list(_ node: Node, _ key: String) -> [Node] {
            guard let value = node[key] else { problem("missing field '\(key)'", at: node); return [] }
            guard let items = value.sequence else { problem("'\(key)' must be an array, found \(value.kindName)", at: value); return [] }
            return items
        }

        mutating func finding(_ node: Node, waived: Bool) -> RoundFinding? {
            guard node.mapping != nil else { problem("a finding must be an object", at: node); return nil }
            let rule = string(node, "rule", in: node), severityText = string(node, "severity", in: node)
            let title = string(node, "title", in: node), message = string(node, "message", in: node)
            let path = string(node, "path", in: node), file = string(node, "file", in: node)
            let line = int(node, "line"), column = int(node, "column")
            let fingerprint = string(node, "fingerprint", in: node)
            let severity = severityText.flatMap(Severity.init(rawValue:))
            if severityText != nil, severity == nil, let value = node["severity"] {
                problem("'severity' must be error, warning or info", at: value)
            }
            guard let rule, let severity, let title, let message, let path, let file, let line, let column, let fingerprint else { return nil }
            return RoundFinding(
                rule: rule, severity: severity, title: title, message: message, path: path, file: file,
                line: line, column: column, fingerprint: fingerprint, waived: waived)
        }
    }
}
