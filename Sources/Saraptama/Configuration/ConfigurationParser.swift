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
            if let node = reader.field("serve") {
                configuration.serve = serve(node, file: file, collector: collector)
            }
            if let node = reader.field("conclusion") {
                configuration.conclusion = conclusion(node, file: file, collector: collector)
                configuration.conclusion.template = relative(configuration.conclusion.template)
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
        if let (path, node) = reader.string("template") {
            if path.lowercased().hasSuffix(".docx") { settings.template = path } else {
                collector.error("config-bad-value", template: "config-bad-value.template", ["key": "template", "found": path], file: file, at: node.mark)
            }
        }
        reader.finish()
        return settings
    }

    /// The `serve:` section; numbers must be whole and positive (a port 0 to 65535).
    static func serve(_ node: Node, file: String, collector: DiagnosticCollector) -> ServeSettings {
        var settings = ServeSettings()
        guard let reader = FieldReader(node, file: file, context: "'serve'", collector: collector) else { return settings }
        func number(_ key: String, range: ClosedRange<Int>) -> Int? {
            guard let value = reader.field(key) else { return nil }
            if case .int(let number) = value.scalar, range.contains(Int(number)) { return Int(number) }
            collector.error("config-bad-value", template: "config-bad-value.number", ["key": "serve.\(key)", "from": String(range.lowerBound), "to": String(range.upperBound), "found": value.string ?? value.kindName], file: file, at: value.mark)
            return nil
        }
        settings.host = reader.string("host")?.0
        settings.port = number("port", range: 0...65_535)
        if let value = reader.field("secure_cookies") {
            if case .bool(let flag) = value.scalar { settings.secureCookies = flag } else {
                collector.error("config-bad-value", template: "config-bad-value.bool", ["key": "serve.secure_cookies"], file: file, at: value.mark)
            }
        }
        for key in ServeSettings.positiveKeys {
            if let value = number(key, range: 1...1_000_000) { settings.set(key, value) }
        }
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
