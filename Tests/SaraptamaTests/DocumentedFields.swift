import Foundation

/// The field names `Rules/documents.md` gives for documents (§0–§4a; the dossier manifest of §4b
/// and the architecture of §5 are other formats), read the two ways the file writes them:
///
/// - the first column of a table headed `field`, `key` or `part` (`state_body.id`,
///   `attributes[].source.kind`: every segment is a name);
/// - a shape in a code span, `{name, kind: a | b, items?: [{name, amount}]}`: a name right after
///   `{` or after a comma inside braces (not inside `[…]`, which lists values), or a name before
///   `: {` / `: [` at the start of the span.
///
/// `parts` are the top-level names: the first column of the tables of §1 and §2.
struct DocumentedFields {
    private(set) var names: Set<String> = []
    private(set) var parts: Set<String> = []

    init(markdown: String) {
        var text = markdown
        if let end = text.range(of: "\n## 4b") { text = String(text[..<end.lowerBound]) }
        let lines = Self.withoutFences(text)
        var section = ""
        var tableHeader: String?
        // Code spans may run over a line break: prose is read a paragraph at a time.
        var paragraph = ""
        func endParagraph() {
            for span in Self.codeSpans(paragraph) where span.contains("{") { names.formUnion(Self.shapeKeys(span)) }
            paragraph = ""
        }
        for line in lines + [""] {
            if line.hasPrefix("## ") { section = line }
            guard line.hasPrefix("|") else {
                tableHeader = nil
                if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") || line.hasPrefix("- ") { endParagraph() }
                paragraph += " " + line
                continue
            }
            endParagraph()
            let cells = Self.cells(line)
            guard let header = tableHeader else {
                tableHeader = cells.first ?? ""
                continue
            }
            if cells.allSatisfy({ $0.allSatisfy { "-: ".contains($0) } }) { continue }
            for (index, cell) in cells.enumerated() {
                for span in Self.codeSpans(cell) {
                    if span.contains("{") { names.formUnion(Self.shapeKeys(span)) }
                    guard index == 0, ["field", "key", "part"].contains(header) else { continue }
                    let segments = Self.segments(span)
                    names.formUnion(segments)
                    if section.hasPrefix("## 1.") || section.hasPrefix("## 2."), let first = segments.first { parts.insert(first) }
                }
            }
        }
    }

    /// The lines outside fenced code blocks (examples, not definitions).
    static func withoutFences(_ text: String) -> [String] {
        var inFence = false
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("```") { inFence.toggle(); continue }
            if !inFence { lines.append(String(line)) }
        }
        return lines
    }

    /// The cells of a table row, trimmed (`\|` is a bar inside a cell).
    static func cells(_ line: String) -> [String] {
        let marked = line.replacingOccurrences(of: "\\|", with: "\u{1}")
        return marked.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
            .map { $0.replacingOccurrences(of: "\u{1}", with: "|").trimmingCharacters(in: .whitespaces) }
    }

    static func codeSpans(_ text: String) -> [String] {
        let parts = text.split(separator: "`", omittingEmptySubsequences: false)
        return stride(from: 1, to: parts.count - 1, by: 2).map { String(parts[$0]) }
    }

    static func isName(_ text: some StringProtocol) -> Bool {
        guard let first = text.unicodeScalars.first, first == "_" || ("a"..."z").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { $0 == "_" || ("a"..."z").contains($0) || ("0"..."9").contains($0) }
    }

    /// `attributes[].source.kind` → attributes, source, kind.
    static func segments(_ span: String) -> [String] {
        span.replacingOccurrences(of: "[]", with: "").replacingOccurrences(of: "?", with: "")
            .split(separator: ".").map(String.init).filter(isName)
    }

    /// The keys of a shape span.
    static func shapeKeys(_ span: String) -> [String] {
        let characters = Array(span)
        var keys: [String] = []
        var stack: [Character] = []
        var expectKey = true
        var index = 0
        func skipSpaces() { while index < characters.count, characters[index] == " " { index += 1 } }
        while index < characters.count {
            if expectKey, stack.isEmpty || stack.last == "{" {
                skipSpaces()
                let start = index
                while index < characters.count, characters[index] == "_" || characters[index].isASCII && (characters[index].isLowercase || characters[index].isNumber) {
                    index += 1
                }
                let name = String(characters[start..<index])
                if index < characters.count, characters[index] == "?" { index += 1 }
                skipSpaces()
                expectKey = false
                if isName(name), index < characters.count {
                    if stack.isEmpty {
                        // At the start of the span only `name: {` or `name: [` names a field.
                        var probe = index + 1
                        while probe < characters.count, characters[probe] == " " { probe += 1 }
                        if characters[index] == ":", probe < characters.count, "{[".contains(characters[probe]) { keys.append(name) }
                    } else if ":,}".contains(characters[index]) {
                        keys.append(name)
                    }
                }
                continue
            }
            let character = characters[index]
            switch character {
            case "{": stack.append(character); expectKey = true
            case "[": stack.append(character)
            case "}", "]": _ = stack.popLast()
            case ",": expectKey = stack.last == "{"
            default: break
            }
            index += 1
        }
        return keys
    }
}
