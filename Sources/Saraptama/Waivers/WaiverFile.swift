import Foundation
import SaraptamaLoading

/// Reads a waivers file:
///
/// ```yaml
/// waivers:
///   - rule: DAT-001
///     document: ТЗ-МЗ-2025-014            # the document's id, or its path
///     path: data.entities[0].attributes[0]
///     justification: "Kept until ГБД ФЛ integration is live (letter No. 12-34 of 01.03.2025)"
///     approved_by: "Head of the architecture department, A. Seitkali"
///     expires: 2025-12-31
///     fingerprint: 3f9c0e4d5a6b7c8d9e0f1a2b3c4d5e6f
/// ```
///
/// Every field is required and checked the way rule files are (unknown fields with "did you
/// mean", wrong types, bad dates, malformed paths and fingerprints), all problems at once, each
/// at its line and column, with `waiver-…` codes.
public enum WaiverFile {
    /// Loads and checks a waivers file; throws every problem found.
    public static func load(path: String) throws(DiagnosticError) -> [Waiver] {
        let loaded = try YAMLLoader.load(file: path)
        return try parse(loaded.root, file: path)
    }

    /// Parses waivers from YAML text (tests, standard input).
    public static func parse(text: String, path: String) throws(DiagnosticError) -> [Waiver] {
        let loaded = try YAMLLoader.load(text: text, path: path)
        return try parse(loaded.root, file: path)
    }

    static func parse(_ root: Node, file: String) throws(DiagnosticError) -> [Waiver] {
        let collector = DiagnosticCollector()
        var waivers: [Waiver] = []
        if let top = FieldReader(root, file: file, context: "the waivers file", collector: collector) {
            if let list = top.field("waivers", required: true) {
                if let items = list.sequence {
                    for (index, item) in items.enumerated() {
                        if let waiver = entry(item, number: index + 1, file: file, collector: collector) { waivers.append(waiver) }
                    }
                } else if list.scalar != Scalar.null {
                    collector.error("rule-wrong-type", template: "waiver-wrong-type.list", list.kindArguments(), file: file, at: list.mark)
                }
            }
            top.finish()
        }
        // The field reader speaks in rule-file codes; waivers have their own stable family.
        let problems = collector.diagnostics.map { diagnostic in
            var renamed = diagnostic
            if renamed.code.hasPrefix("rule-") { renamed.code = "waiver-" + renamed.code.dropFirst("rule-".count) }
            return renamed
        }
        if problems.contains(where: { $0.severity == .error }) { throw DiagnosticError(problems) }
        return waivers
    }

    private static func entry(_ node: Node, number: Int, file: String, collector: DiagnosticCollector) -> Waiver? {
        guard let reader = FieldReader(node, file: file, context: "waiver \(number)", collector: collector) else { return nil }
        defer { reader.finish() }
        func text(_ key: String) -> (String, Node)? {
            guard let (value, valueNode) = reader.string(key, required: true) else { return nil }
            if value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                collector.error("rule-missing-field", template: "waiver-missing-field.empty", ["key": key, "number": "\(number)"], file: file, at: valueNode.mark)
                return nil
            }
            return (value, valueNode)
        }
        let rule = text("rule"), document = text("document"), path = text("path")
        let justification = text("justification"), approvedBy = text("approved_by")
        let expires = text("expires"), fingerprint = text("fingerprint")

        var canonicalPath: String?
        if let (value, valueNode) = path {
            switch PathPattern.parse(value) {
            case .success(let pattern) where pattern.isConcrete:
                canonicalPath = pattern.concretePath.description
            case .success:
                collector.error("waiver-bad-path", template: "waiver-bad-path.star", ["number": "\(number)"], file: file, at: valueNode.mark)
            case .failure(let failure):
                collector.error("waiver-bad-path", "malformed path in waiver \(number): \(failure.message)", file: file, at: valueNode.mark)
            }
        }
        var expiryDay: Int64?
        if let (value, valueNode) = expires {
            expiryDay = CalendarDay.parse(value)
            if expiryDay == nil {
                collector.error("waiver-bad-date", template: "waiver-bad-date.expires", ["number": "\(number)", "found": value], file: file, at: valueNode.mark)
            }
        }
        var hash: String?
        if let (value, valueNode) = fingerprint {
            let lowered = value.lowercased()
            if lowered.count == 32, lowered.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || ("a"..."f").contains($0) }) {
                hash = lowered
            } else {
                // An unquoted fingerprint of digits only reads as a number and loses its leading zeros.
                var arguments = ["number": "\(number)", "found": value, "hint": ""]
                if valueNode.string == nil {
                    arguments.merge(DiagnosticCatalogue.localized("hint", ("; запишите его в кавычках", "; оны тырнақшаға алып жазыңыз", "; write it in quotes"))) { _, new in new }
                }
                collector.error("waiver-bad-fingerprint", template: "waiver-bad-fingerprint.digits", arguments, file: file, at: valueNode.mark)
            }
        }
        guard let rule, let document, let canonicalPath, let justification, let approvedBy, let expiryDay, let hash else { return nil }
        return Waiver(
            rule: rule.0, document: document.0, path: canonicalPath, justification: justification.0, approvedBy: approvedBy.0,
            expires: expiryDay, fingerprint: hash, file: file, mark: node.mark)
    }
}
