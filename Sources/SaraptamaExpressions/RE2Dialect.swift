// CEL specifies RE2 syntax for `matches`. Patterns are run by PCRE2 (see RegexSupport.swift),
// whose dialect is a superset of RE2's: this check rejects, before compiling, what PCRE2 would
// accept but RE2 would not, so a rule means the same under any CEL implementation and a
// pattern cannot reach for the constructs (back-references, look-around, recursion) that make
// matching unbounded by nature.

enum RE2Dialect {
    /// Why `pattern` is not RE2, with the scalar offset of the offending construct; nil when
    /// it uses only RE2 syntax (PCRE2 then reports any remaining error).
    static func violation(in pattern: String) -> (offset: Int, message: String)? {
        let scalars = Array(pattern.unicodeScalars)
        var index = 0
        var inClass = false
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\\" {
                guard index + 1 < scalars.count else { return nil }  // PCRE2 reports a trailing '\'
                let next = scalars[index + 1]
                if !inClass, let problem = escapeProblem(next) { return (index, problem) }
                index += next == "Q" ? quotedEnd(scalars, from: index + 2) - index : 2
                continue
            }
            if inClass {
                if scalar == "[", index + 1 < scalars.count, scalars[index + 1] == ":" {
                    // A POSIX class such as [:alpha:]; its ']' does not close the bracket.
                    var close = index + 2
                    while close + 1 < scalars.count, !(scalars[close] == ":" && scalars[close + 1] == "]") { close += 1 }
                    index = close + 2
                    continue
                }
                if scalar == "]" { inClass = false }
                index += 1
                continue
            }
            switch scalar {
            case "[":
                inClass = true
                index += 1
                if index < scalars.count, scalars[index] == "^" { index += 1 }
                if index < scalars.count, scalars[index] == "]" { index += 1 }  // a leading ']' is literal
                continue
            case "(":
                if let problem = groupProblem(scalars, at: index) { return (index, problem) }
            case "*", "+", "?", "}":
                if index + 1 < scalars.count, scalars[index + 1] == "+" {
                    return (index + 1, "possessive quantifiers ('\(scalar)+') are not RE2 syntax")
                }
            default:
                break
            }
            index += 1
        }
        return nil
    }

    /// Escapes PCRE2 knows and RE2 does not (or reads differently).
    private static func escapeProblem(_ letter: Unicode.Scalar) -> String? {
        switch letter {
        case "1"..."9", "g", "k":
            return "back-references ('\\\(letter)') are not RE2 syntax: RE2 matches in linear time and has none"
        case "K", "G", "Z", "R", "X", "N", "h", "H", "V":
            return "'\\\(letter)' is not RE2 syntax"
        default:
            return nil
        }
    }

    /// The index just after `\E` (or the end), for a `\Q…\E` literal run starting at `start`.
    private static func quotedEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index + 1 < scalars.count, !(scalars[index] == "\\" && scalars[index + 1] == "E") { index += 1 }
        return min(index + 2, scalars.count)
    }

    /// What is wrong with the group opening at `index`, if anything: RE2 has plain, non-capturing
    /// (`(?:`), named (`(?P<n>`, `(?<n>`) and flag groups (`(?i)`, `(?i:` with flags i, m, s, U).
    private static func groupProblem(_ scalars: [Unicode.Scalar], at index: Int) -> String? {
        guard index + 1 < scalars.count else { return nil }
        if scalars[index + 1] == "*" { return "backtracking control verbs ('(*…)') are not RE2 syntax" }
        guard scalars[index + 1] == "?", index + 2 < scalars.count else { return nil }
        let kind = scalars[index + 2]
        switch kind {
        case ":": return nil
        case "=", "!": return "look-ahead ('(?\(kind)') is not RE2 syntax: RE2 matches in linear time and has no look-around"
        case ">": return "atomic groups ('(?>') are not RE2 syntax"
        case "P":
            return index + 3 < scalars.count && scalars[index + 3] == "<" ? nil : "'(?P' must start a named group '(?P<name>…)'"
        case "<":
            if index + 3 < scalars.count, scalars[index + 3] == "=" || scalars[index + 3] == "!" {
                return "look-behind ('(?<\(scalars[index + 3])') is not RE2 syntax: RE2 matches in linear time and has no look-around"
            }
            return nil
        default:
            // Flags: letters from "imsU", optionally '-' and more, then ')' or ':'.
            var position = index + 2
            while position < scalars.count, "imsU-".unicodeScalars.contains(scalars[position]) { position += 1 }
            if position > index + 2, position < scalars.count, scalars[position] == ")" || scalars[position] == ":" {
                return nil
            }
            return "'(?\(kind)' is not RE2 syntax (RE2 groups: (…), (?:…), (?P<name>…), and the flags i, m, s, U)"
        }
    }
}
