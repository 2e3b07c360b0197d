import Foundation
import SaraptamaLoading

/// Tells, cheaply, whether a file found in a folder is a document to check, from its header:
/// a document has a top-level `kind` of a document kind (`Rules/documents.md`, §2).
///
/// Anything that *tries* to be a document is one, so that its mistakes are reported rather than
/// skipped: a `kind` that is a near miss of a document kind, a header with `id` and `date` but no
/// `kind`, and a file that does not parse. Skipped are files that say they are something else:
/// expected findings (`findings:`), waivers, rule files, architectures, reports, READMEs.
///
/// YAML is read line by line for its top-level keys (column 1), without parsing it; a file
/// written in flow style or JSON is parsed. Markdown is read for its front matter; a DOCX cannot
/// be looked into without pandoc, so it is always a document.
public enum DocumentSniffer {
    /// What a file is.
    public enum Verdict: Sendable, Equatable {
        case document
        /// Not a document, and why (a phrase: "no top-level 'kind' (expected findings)").
        case notADocument(String)
    }

    public static func classify(file path: String) -> Verdict {
        let ext = (path as NSString).pathExtension.lowercased()
        if ext == "docx" { return .document }
        guard let data = FileManager.default.contents(atPath: path) else { return .document }
        let text = String(decoding: data, as: UTF8.self)
        switch ext {
        case "md", "markdown": return classify(markdown: text)
        case "json": return classify(parsed: text, path: path)
        default: return classify(yaml: text, path: path)
        }
    }

    /// A YAML document: its top-level keys, read from the lines that start with a key.
    public static func classify(yaml text: String, path: String = "file.yaml") -> Verdict {
        var keys: [String: String] = [:]
        var sawContent = false
        for line in text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
            guard let first = line.first, first != "#", first != " ", first != "\t" else { continue }
            if line.hasPrefix("---") || line.hasPrefix("...") || line.hasPrefix("%") { continue }
            sawContent = true
            guard let (key, value) = topLevelEntry(line) else { continue }
            if keys[key] == nil { keys[key] = value }
        }
        // Flow style or JSON in a .yaml file: no key starts a line.
        if keys.isEmpty, sawContent { return classify(parsed: text, path: path) }
        return classify(keys: keys)
    }

    /// A Markdown document has a front matter with a document header.
    public static func classify(markdown text: String) -> Verdict {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        guard lines.first.map({ $0.trimmingCharacters(in: .whitespaces) == "---" }) == true else {
            return .notADocument("no front matter with a document header (kind: technical_assignment, …)")
        }
        var keys: [String: String] = [:]
        for line in lines.dropFirst() {
            if line.trimmingCharacters(in: .whitespaces) == "---" { break }
            if let (key, value) = topLevelEntry(line), keys[key] == nil { keys[key] = value }
        }
        return classify(keys: keys)
    }

    /// A file parsed in full (JSON, flow-style YAML); one that does not parse is a document, so
    /// that its syntax error is reported.
    static func classify(parsed text: String, path: String) -> Verdict {
        guard let loaded = try? YAMLLoader.load(text: text, path: path) else { return .document }
        guard let mapping = loaded.root.mapping else { return .notADocument("not a mapping with a document header") }
        var keys: [String: String] = [:]
        for entry in mapping.entries { keys[entry.key] = entry.value.string ?? "" }
        return classify(keys: keys)
    }

    static func classify(keys: [String: String]) -> Verdict {
        let kinds = DocumentKind.allCases.map(\.rawValue)
        if let kind = keys["kind"] {
            // A kind that is not a plain word (empty, a collection, an anchor, broken) is checked, to be reported.
            guard let first = kind.unicodeScalars.first, !"[{&*!|>@`%".unicodeScalars.contains(first) else { return .document }
            if DocumentKind(rawValue: kind) != nil || Suggestion.closest(to: kind, among: kinds) != nil { return .document }
            return .notADocument("its top-level kind '\(kind)' is not a document kind")
        }
        if keys["id"] != nil, keys["date"] != nil { return .document }
        let hint: String? =
            if keys["runs"] != nil || (keys["format"] != nil && keys["documents"] != nil) { "a report" }
            else if keys["findings"] != nil { "expected findings" }
            else if keys["waivers"] != nil { "waivers" }
            else if keys["rules"] != nil { "rules" }
            else if keys["dossier"] != nil, keys["documents"] != nil { "a dossier manifest" }
            else if keys["systems"] != nil || keys["activity"] != nil { "an approved architecture" }
            else { nil }
        return .notADocument("no top-level 'kind'" + (hint.map { " (\($0))" } ?? ""))
    }

    /// `key: value` at the start of a line (a plain or quoted key), the value without quotes and
    /// comment; nil for any other line.
    static func topLevelEntry(_ line: Substring) -> (String, String)? {
        var rest = line[...]
        var key: Substring
        if let quote = rest.first, quote == "\"" || quote == "'" {
            rest = rest.dropFirst()
            guard let end = rest.firstIndex(of: quote) else { return nil }
            key = rest[..<end]
            rest = rest[rest.index(after: end)...]
        } else {
            guard let colon = rest.firstIndex(of: ":") else { return nil }
            key = rest[..<colon]
            rest = rest[colon...]
            // A sequence item, a flow collection, an anchor, an alias, a tag or a block scalar is no key.
            guard let first = key.first, !"-{[&*!|>?".contains(first) else { return nil }
            key = Substring(key.trimmingCharacters(in: .whitespaces))
        }
        rest = rest.drop { $0 == " " || $0 == "\t" }
        guard rest.first == ":" else { return nil }
        var value = rest.dropFirst().trimmingCharacters(in: .whitespaces)
        if let comment = value.range(of: " #") { value = String(value[..<comment.lowerBound]).trimmingCharacters(in: .whitespaces) }
        if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first { value = String(value.dropFirst().dropLast()) }
        return (String(key), value)
    }
}
