import SaraptamaLoading

/// The names an approved architecture gives in every report language: of its state body, of
/// each activity function and of each system (`name: {ru, kk, en}`). Rule messages quote them
/// (`s.name.en`, `arch.state_body.name.kk`), so a name missing in one language would make a
/// message fail on `--lang` of that language, with the error blamed on the rule file.
///
/// The loader completes them instead: a missing language is filled from another (ru, then kk,
/// then en), or from the id or code when there is no name at all, and each gap is reported as
/// a warning `arch-missing-name` at the name's (or the entry's) line and column, so the author
/// of the architecture file fixes the file and no message ever fails on it.
enum ArchitectureNames {
    static let languages = ["ru", "kk", "en"]

    /// `root` with every required name complete, and one warning per incomplete name.
    static func complete(_ root: Node, file: String) -> (root: Node, warnings: [Diagnostic]) {
        guard var top = root.mapping else { return (root, []) }
        var warnings: [Diagnostic] = []
        if let body = top["state_body"], body.mapping != nil {
            let id = body["id"]?.string ?? "?"
            top.set("state_body", completeEntry(body, what: "state body '\(id)'", fallback: id, file: file, warnings: &warnings))
        }
        if let activity = top["activity"], var activityMapping = activity.mapping,
            let functions = activity["functions"], let items = functions.sequence
        {
            let completed = items.map { item in
                let code = item["code"]?.string ?? "?"
                return completeEntry(item, what: "function '\(code)'", fallback: code, file: file, warnings: &warnings)
            }
            activityMapping.set("functions", Node(.sequence(completed), mark: functions.mark, end: functions.end))
            top.set("activity", Node(.mapping(activityMapping), mark: activity.mark, end: activity.end))
        }
        if let systems = top["systems"], let items = systems.sequence {
            let completed = items.map { item in
                let id = item["id"]?.string ?? "?"
                return completeEntry(item, what: "system '\(id)'", fallback: id, file: file, warnings: &warnings)
            }
            top.set("systems", Node(.sequence(completed), mark: systems.mark, end: systems.end))
        }
        return (Node(.mapping(top), mark: root.mark, end: root.end), warnings)
    }

    /// One entry with its `name` complete in ru, kk and en; unchanged when it already is.
    private static func completeEntry(
        _ entry: Node, what: String, fallback: String, file: String, warnings: inout [Diagnostic]
    ) -> Node {
        guard var mapping = entry.mapping else { return entry }
        let nameNode = mapping["name"]
        var texts: [String: String] = [:]
        var names = Mapping()
        switch nameNode?.content {
        case nil:
            warnings.append(warning("\(what) has no 'name' {ru, kk, en}: its id '\(fallback)' is shown instead", file: file, mark: entry.mark))
        case .scalar(.string(let text), _) where !text.allSatisfy(\.isWhitespace):
            warnings.append(warning("the name of \(what) is one text, not {ru, kk, en}: it is shown in every language", file: file, mark: nameNode?.mark))
            for language in languages { texts[language] = text }
        case .mapping(let given):
            names = given
            for language in languages {
                if let text = given[language]?.string, !text.allSatisfy(\.isWhitespace) { texts[language] = text }
            }
            let missing = languages.filter { texts[$0] == nil }
            if missing.isEmpty { return entry }
            let shown = languages.first { texts[$0] != nil }.map { "the \($0) name" } ?? "its id '\(fallback)'"
            warnings.append(warning("\(what) has no \(missing.joined(separator: ", ")) name: \(shown) is shown instead", file: file, mark: nameNode?.mark))
        default:
            warnings.append(warning("the name of \(what) must be {ru, kk, en}, found \(nameNode?.kindName ?? "nothing"): its id '\(fallback)' is shown instead", file: file, mark: nameNode?.mark))
        }
        let mark = nameNode?.mark ?? entry.mark
        for language in languages {
            let text = texts[language] ?? languages.lazy.compactMap { texts[$0] }.first ?? fallback
            names.set(language, Node(.scalar(.string(text), .plain), mark: names[language]?.mark ?? mark))
        }
        mapping.set("name", Node(.mapping(names), mark: mark, end: nameNode?.end ?? entry.end))
        return Node(.mapping(mapping), mark: entry.mark, end: entry.end)
    }

    private static func warning(_ message: String, file: String, mark: Mark?) -> Diagnostic {
        Diagnostic(.warning, code: "arch-missing-name", message: message, file: file, mark: mark)
    }
}
