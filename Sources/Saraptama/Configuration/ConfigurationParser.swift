import Foundation
import SaraptamaLoading

/// Reads `saraptama.yaml`. Every field is optional; unknown fields (with "did you mean"), wrong
/// types and bad values are reported with their line and column as `config-…` problems.
enum ConfigurationParser {
    static func parse(_ document: LoadedDocument, file: String) throws(DiagnosticError) -> Configuration {
        let collector = DiagnosticCollector()
        var configuration = Configuration(file: file)
        let folder = (file as NSString).deletingLastPathComponent
        func relative(_ path: String?) -> String? {
            guard let path else { return nil }
            return path.hasPrefix("/") || folder.isEmpty ? path : folder + "/" + path
        }
        if let reader = FieldReader(document.root, file: file, context: "the configuration", collector: collector) {
            configuration.rules = relative(reader.string("rules")?.0)
            configuration.architecture = relative(reader.string("architecture")?.0)
            configuration.waivers = relative(reader.string("waivers")?.0)
            configuration.registry = relative(reader.string("registry")?.0)
            if let (text, node) = reader.string("language") {
                configuration.language = Language(rawValue: text)
                if configuration.language == nil { collector.error("config-bad-value", template: "config-bad-value.language", ["found": text], file: file, at: node.mark) }
            }
            if let (text, node) = reader.string("fail_on") {
                if ["error", "warning", "info", "never"].contains(text) { configuration.failOn = text } else {
                    collector.error("config-bad-value", template: "config-bad-value.fail-on", ["found": text], file: file, at: node.mark)
                }
            }
            if let node = reader.field("conclusion") {
                configuration.conclusion = conclusion(node, file: file, collector: collector)
            }
            reader.finish()
        }
        let problems = collector.diagnostics.map { problem in
            var renamed = problem
            if problem.code.hasPrefix("rule-") { renamed.code = "config-" + problem.code.dropFirst("rule-".count) }
            return renamed
        }
        if problems.contains(where: { $0.severity == .error }) { throw DiagnosticError(problems) }
        return configuration
    }

    static func conclusion(_ node: Node, file: String, collector: DiagnosticCollector) -> ConclusionSettings {
        var settings = ConclusionSettings()
        guard let reader = FieldReader(node, file: file, context: "'conclusion'", collector: collector) else { return settings }
        settings.organisation = reader.localized("organisation")
        settings.organisationDetails = reader.localized("details")
        settings.expert = signatory(reader.field("expert"), context: "'expert'", file: file, collector: collector)
        settings.approver = signatory(reader.field("approver"), context: "'approver'", file: file, collector: collector)
        reader.finish()
        return settings
    }

    static func signatory(_ node: Node?, context: String, file: String, collector: DiagnosticCollector) -> ConclusionSettings.Signatory? {
        guard let node, let reader = FieldReader(node, file: file, context: context, collector: collector) else { return nil }
        let name = reader.string("name", required: true)?.0
        let position = reader.localized("position", required: true)
        reader.finish()
        guard let name, let position else { return nil }
        return ConclusionSettings.Signatory(name: name, position: position)
    }
}
