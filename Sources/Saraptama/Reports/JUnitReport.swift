import SaraptamaLoading

/// JUnit XML (`--format junit`) for CI systems: one test suite per document, one test case per
/// rule × document (classname = the document file, name = the rule id). A rule with findings is
/// a failure listing them; a rule that does not apply to the document's kind or date is
/// skipped; a rule whose only findings were waived passes and says so. Problems that kept a
/// document from being checked are errors of a `load` test case. Every value is escaped.
public enum JUnitReport {
    /// The `<testsuites>` document for the whole run.
    public static func render(_ report: ReviewedReport, options: RenderOptions) -> String {
        let labels = ReportLabels(language: report.language)
        var suites: [String] = []
        var totals = (tests: 0, failures: 0, errors: 0, skipped: 0)
        for document in report.documents {
            let suite = self.suite(document, rules: ruleIDs(report, document), labels: labels)
            suites.append(suite.xml)
            totals.tests += suite.tests
            totals.failures += suite.failures
            totals.errors += suite.errors
            totals.skipped += suite.skipped
        }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"saraptama\" tests=\"\(totals.tests)\" failures=\"\(totals.failures)\" errors=\"\(totals.errors)\" skipped=\"\(totals.skipped)\">\n"
        out += suites.joined()
        out += "</testsuites>\n"
        return out
    }

    /// Every rule of the rule set (dossier rules only when the document was checked in its
    /// dossier), or (without rule descriptions) the rules the document was checked against and
    /// those its findings name.
    static func ruleIDs(_ report: ReviewedReport, _ document: ReviewedDocument) -> [String] {
        if !report.rules.isEmpty {
            let checked = Set(document.result.checkedRules)
            return report.rules.filter { !$0.isDossier || checked.contains($0.id) }.map(\.id)
        }
        var ids = document.result.checkedRules
        for finding in document.result.findings + document.waived.map(\.finding) where !ids.contains(finding.ruleID) { ids.append(finding.ruleID) }
        return ids
    }

    struct Suite {
        var xml = ""
        var tests = 0
        var failures = 0
        var errors = 0
        var skipped = 0
    }

    static func suite(_ document: ReviewedDocument, rules: [String], labels: ReportLabels) -> Suite {
        let result = document.result
        let classname = Escape.xml(result.file)
        var suite = Suite()
        var cases = ""
        // Problems that kept the document from being checked are errors of a `load` test case;
        // warnings (a misspelt key, a value of the wrong type) are that case's output, not errors.
        let errors = result.problems.filter { $0.severity == .error }
        let warnings = result.problems.filter { $0.severity != .error }
        if result.header == nil || !result.problems.isEmpty {
            suite.tests += 1
            if result.header == nil || !errors.isEmpty { suite.errors += 1 }
            cases += "    <testcase classname=\"\(classname)\" name=\"load\">\n"
            for problem in errors {
                cases += "      <error message=\"\(Escape.xml(problem.code + ": " + problem.message(in: labels.language.rawValue)))\" type=\"\(Escape.xml(problem.code))\">\(Escape.xml(problem.description(in: labels.language.rawValue)))</error>\n"
            }
            if !warnings.isEmpty {
                cases += "      <system-out>\(Escape.xml(warnings.map { $0.description(in: labels.language.rawValue) }.joined(separator: "\n")))</system-out>\n"
            }
            cases += "    </testcase>\n"
        }
        // Each question that applies is a test case: a question not examined is an error, so a CI
        // job never reads an unexamined document as passed.
        for outcome in result.questions where outcome.status != .notApplicable {
            suite.tests += 1
            let open = "    <testcase classname=\"\(classname)\" name=\"question:\(outcome.question.rawValue)\""
            if outcome.status == .notExamined {
                suite.errors += 1
                let message = "\(outcome.title[labels.language]): \(outcome.reason?[labels.language] ?? "")"
                cases += open + ">\n      <error message=\"\(Escape.xml(message))\" type=\"not_examined\"/>\n    </testcase>\n"
            } else {
                cases += open + "/>\n"
            }
        }
        if let header = result.header {
            let checked = Set(result.checkedRules)
            for rule in rules {
                suite.tests += 1
                var body = ""
                let findings = result.findings.filter { $0.ruleID == rule }
                let waived = document.waived.filter { $0.finding.ruleID == rule }
                if !checked.contains(rule) {
                    suite.skipped += 1
                    body += "      <skipped message=\"\(Escape.xml(labels.notApplicable(kind: header.kind.rawValue, date: header.dateText)))\"/>\n"
                } else if let first = findings.first {
                    suite.failures += 1
                    let message = findings.count == 1 ? first.message : "\(findings.count) × \(first.title)"
                    let details = findings.map { finding in
                        "\(finding.file):\(finding.mark.line):\(finding.mark.column) \(finding.path): \(finding.message)"
                            + (finding.fix.map { "\n  \(labels.fix): \($0)" } ?? "")
                    }.joined(separator: "\n")
                    body += "      <failure message=\"\(Escape.xml(message))\" type=\"\(first.severity.rawValue)\">\(Escape.xml(details))</failure>\n"
                }
                if !waived.isEmpty {
                    let lines = waived.map { "\(labels.waived): \($0.finding.path) — \($0.waiver.justification) (\(labels.approvedBy) \($0.waiver.approvedBy), \(labels.until) \($0.waiver.expiresText))" }
                    body += "      <system-out>\(Escape.xml(lines.joined(separator: "\n")))</system-out>\n"
                }
                let open = "    <testcase classname=\"\(classname)\" name=\"\(Escape.xml(rule))\""
                cases += body.isEmpty ? open + "/>\n" : open + ">\n" + body + "    </testcase>\n"
            }
        }
        let name = Escape.xml(result.header.map { "\($0.id) (\(result.file))" } ?? result.file)
        suite.xml = "  <testsuite name=\"\(name)\" tests=\"\(suite.tests)\" failures=\"\(suite.failures)\" errors=\"\(suite.errors)\" skipped=\"\(suite.skipped)\">\n"
        if let header = result.header {
            suite.xml += "    <properties>\n"
            suite.xml += "      <property name=\"document.id\" value=\"\(Escape.xml(header.id))\"/>\n"
            suite.xml += "      <property name=\"document.kind\" value=\"\(header.kind.rawValue)\"/>\n"
            suite.xml += "      <property name=\"verdict\" value=\"\(result.verdict.rawValue)\"/>\n"
            suite.xml += "    </properties>\n"
        }
        suite.xml += cases + "  </testsuite>\n"
        return suite
    }
}
