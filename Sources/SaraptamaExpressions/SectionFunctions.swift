// Section built-ins: the prose of a document's `sections` tree as one string, so that a rule can
// accept a requirement stated in the text (e.g. backup periodicity in section 4) where the
// structured part is absent. A section is a map `{number?, title?, text?, subsections?}`
// (Rules/documents.md §3.1; the Markdown/DOCX loader builds the same shape from headings).

enum SectionFunctions {
    /// `section_text(sections, number)`: the title and text of every section numbered `number`
    /// (found at any depth), with the titles and texts of all their subsections, recursively,
    /// joined by line breaks; "" when there is none. Numbers compare as text, so `4`, `"4"` and
    /// a heading's `"4."` match alike; `"4.1"` finds subsection 4.1 whether it is nested under 4
    /// or listed flat. A section numbered `"4.2"` listed flat (not nested) also belongs to `"4"`.
    /// `sections` is a list of sections, one section, or null (no sections: "").
    static func sectionText(_ sections: Value, _ number: Value) throws(OperationFailure) -> Value {
        let key: String
        switch number {
        case .string, .int, .double: key = canonicalNumber(number)
        default: throw .noOverload("section_text", sections, number)
        }
        guard !key.isEmpty else { return .string("") }
        var parts: [String] = []
        try collect(sections, key: key, into: &parts, function: "section_text")
        return .string(parts.joined(separator: "\n"))
    }

    /// `full_text(sections)`: the titles and texts of the given sections (a list, one section, or
    /// null) and of all their subsections, recursively, in document order; "" when empty.
    static func fullText(_ sections: Value) throws(OperationFailure) -> Value {
        var parts: [String] = []
        try forEachSection(sections, function: "full_text") { (section: MapView) throws(OperationFailure) in
            try appendAll(section, into: &parts)
        }
        return .string(parts.joined(separator: "\n"))
    }

    /// A section number as text: `4` → "4", `4.1` → "4.1", `" 4. "` → "4".
    static func canonicalNumber(_ value: Value) -> String {
        let text: String
        switch value {
        case .string(let string): text = string
        case .int, .double: text = value.displayText
        default: return ""
        }
        var trimmed = Substring(text)
        while let first = trimmed.unicodeScalars.first, first.properties.isWhitespace { trimmed = trimmed.dropFirst() }
        while let last = trimmed.unicodeScalars.last, last.properties.isWhitespace || last == "." {
            trimmed = trimmed.dropLast()
        }
        return String(trimmed)
    }

    // MARK: - Walking the tree

    private static func collect(_ sections: Value, key: String, into parts: inout [String], function: String)
        throws(OperationFailure)
    {
        try forEachSection(sections, function: function) { (section: MapView) throws(OperationFailure) in
            let number = section["number"].map(canonicalNumber) ?? ""
            if !number.isEmpty, number == key || number.hasPrefix(key + ".") {
                try appendAll(section, into: &parts)
            } else if let children = section["subsections"] {
                try collect(children, key: key, into: &parts, function: function)
            }
        }
    }

    /// The section's title and text, then its subsections', depth first.
    private static func appendAll(_ section: MapView, into parts: inout [String]) throws(OperationFailure) {
        for field in ["title", "text"] {
            if case .string(let string)? = section[field], !string.isEmpty { parts.append(string) }
        }
        if let children = section["subsections"] {
            try forEachSection(children, function: "full_text") { (child: MapView) throws(OperationFailure) in
                try appendAll(child, into: &parts)
            }
        }
    }

    /// Calls `body` for each section of a list (or for the one section given); null is no section.
    /// Anything else is an error, never a silent "".
    private static func forEachSection(
        _ value: Value, function: String, _ body: (MapView) throws(OperationFailure) -> Void
    ) throws(OperationFailure) {
        if case .null = value { return }
        if let section = MapView(value) { return try body(section) }
        guard let list = ListView(value) else {
            throw .wrongType("\(function)() needs a list of sections; got \(value.typeName)")
        }
        for position in 0..<list.count {
            let element = list[position]
            guard let section = MapView(element) else {
                throw .wrongType(
                    "\(function)() needs sections that are maps; element \(position) is \(element.typeName)")
            }
            try body(section)
        }
    }
}
