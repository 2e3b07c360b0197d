import Foundation
import Testing

/// The command line's own sentences (`Sources/saraptama/CLIMessages.swift`): every one in
/// Russian, Kazakh and English, none left as an English literal in the commands, and the
/// executable printing them in the language of `--lang` (Russian by default).
@Suite("CLI messages")
struct CLIMessagesTests {
    static let folder = Repository.root + "/Sources/saraptama"

    struct Entry {
        let key: String
        let ru: String
        let kk: String
        let en: String
    }

    /// The table, read from its source (the executable's types are not importable by tests).
    static let entries: [Entry] = {
        let text = (try? String(contentsOfFile: folder + "/CLIMessages.swift", encoding: .utf8)) ?? ""
        let literal = #""((?:[^"\\]|\\.)*)""#
        let pattern = #""([A-Za-z0-9.]+)": Entry\(ru: "# + literal + #", kk: "# + literal + #", en: "# + literal + #"\)"#
        let regex = try! NSRegularExpression(pattern: pattern)
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).map { match in
            func group(_ index: Int) -> String { String(text[Range(match.range(at: index), in: text)!]) }
            return Entry(key: group(1), ru: group(2), kk: group(3), en: group(4))
        }
    }()

    static func placeholders(_ template: String) -> [String] {
        template.split(separator: "{", omittingEmptySubsequences: false).dropFirst().compactMap { part in
            part.firstIndex(of: "}").map { String(part[..<$0]) }
        }.sorted()
    }

    /// Latin words a Russian or Kazakh sentence may hold: the words of commands and their
    /// values, format and file names, which are typed as they are.
    static let latinAllowed: Set<String> = [
        "saraptama", "list", "show", "validate", "trace", "export", "import", "add", "disable", "enable",
        "rules", "registry", "init", "new", "serve", "stats", "record", "stdout", "pid", "sha256", "Markdown",
        "requirements.yaml", "expected.yaml", "OLD.json", "NEW.json", "FORMAT", "FORMAT=PATH", "FILE", "Cases",
    ]

    /// The Latin words of `text` that are not flags (`--x`), acronyms (`CSV`, `UTF-8`,
    /// `YYYY-MM-DD`), file names (`.docx`) or allowed words, placeholders left out.
    static func englishWords(_ text: String) -> [String] {
        let bare = text.replacingOccurrences(of: #"\{[A-Za-z0-9.]+\}"#, with: " ", options: .regularExpression)
        let words = bare.split(whereSeparator: { $0.isWhitespace || ",;:()'«»?".contains($0) })
        return words.map(String.init).filter { word in
            guard word.unicodeScalars.contains(where: { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }) else { return false }
            if word.hasPrefix("--") || word.hasPrefix(".") || word.hasPrefix("./") { return false }
            if word == word.uppercased() { return false }
            return !latinAllowed.contains(word)
        }
    }

    @Test func theTableIsReadAndComplete() throws {
        #expect(Self.entries.count > 80, "the table was not read: \(Self.entries.count) entries")
        #expect(Set(Self.entries.map(\.key)).count == Self.entries.count, "a key is given twice")
        for entry in Self.entries {
            #expect(!entry.ru.isEmpty && !entry.kk.isEmpty && !entry.en.isEmpty, "\(entry.key): a language is empty")
            let names = Self.placeholders(entry.en)
            #expect(Self.placeholders(entry.ru) == names, "\(entry.key): ru placeholders differ from en")
            #expect(Self.placeholders(entry.kk) == names, "\(entry.key): kk placeholders differ from en")
            #expect(Self.englishWords(entry.ru).isEmpty, "\(entry.key) ru holds English: \(Self.englishWords(entry.ru))")
            #expect(Self.englishWords(entry.kk).isEmpty, "\(entry.key) kk holds English: \(Self.englishWords(entry.kk))")
            #expect(!entry.ru.contains(where: { "әіңғүұқөһ".contains($0) }), "\(entry.key): Kazakh letters in the Russian text")
        }
    }

    static func sources() throws -> [(name: String, text: String)] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".swift") }.sorted().map {
            ($0, try String(contentsOfFile: folder + "/" + $0, encoding: .utf8))
        }
    }

    @Test func everyKeyUsedIsInTheTableAndEveryEntryIsUsed() throws {
        let keys = Set(Self.entries.map(\.key))
        let code = try Self.sources().filter { $0.name != "CLIMessages.swift" }.map(\.text).joined(separator: "\n")
        let used = try NSRegularExpression(pattern: #"CLIMessages\.text\("([A-Za-z0-9.]+)""#)
        for match in used.matches(in: code, range: NSRange(code.startIndex..., in: code)) {
            let key = String(code[Range(match.range(at: 1), in: code)!])
            #expect(keys.contains(key), "CLIMessages.text(\"\(key)\") has no entry")
        }
        for key in keys where !["usage.word", "usage.see"].contains(key) {
            #expect(code.contains("\"\(key)\""), "the entry \(key) is not used")
        }
    }

    /// The string literal starting at `start` (just after its opening quote), interpolations
    /// replaced by a space.
    static func literal(in text: Substring) -> String {
        var out = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "\"" { break }
            if character == "\\", text.index(after: index) < text.endIndex {
                let next = text[text.index(after: index)]
                if next == "(" {
                    var depth = 0
                    var scan = text.index(after: index)
                    while scan < text.endIndex {
                        if text[scan] == "(" { depth += 1 }
                        if text[scan] == ")" { depth -= 1; if depth == 0 { break } }
                        scan = text.index(after: scan)
                    }
                    out += " "
                    index = scan < text.endIndex ? text.index(after: scan) : scan
                    continue
                }
                out += " "
                index = text.index(index, offsetBy: 2)
                continue
            }
            out.append(character)
            index = text.index(after: index)
        }
        return out
    }

    /// No `Console.err("…")` or `usageFailure("…")` in the commands holds an English sentence:
    /// what is left once the stable prefixes (`saraptama: `, `error: `, `note: `, a code) and
    /// interpolated values are taken out must have no word. Nothing is allow-listed.
    @Test func noEnglishSentenceIsLeftInTheCommands() throws {
        let prefixes = #"^(saraptama: )?((error|note): )?([a-z]+(-[a-z]+)+: )?"#
        var offenders: [String] = []
        for (name, text) in try Self.sources() where name != "CLIMessages.swift" {
            for call in ["Console.err(\"", "usageFailure(\""] {
                var rest = Substring(text)
                while let found = rest.range(of: call) {
                    let sentence = Self.literal(in: rest[found.upperBound...])
                    let bare = sentence.replacingOccurrences(of: prefixes, with: "", options: .regularExpression)
                    if bare.contains(where: { $0.isLetter }) { offenders.append("\(name): \(call)\(sentence)") }
                    rest = rest[found.upperBound...]
                }
            }
        }
        #expect(offenders.isEmpty, "English sentences outside CLIMessages: \(offenders)")
    }

    @Test func aUsageErrorInRussianByDefaultAndInKazakh() throws {
        let russian = try CommandLineTests.run(["read"])
        #expect(russian.status == 2)
        #expect(russian.stderr.contains("saraptama: error: укажите один документ\n"), "\(russian.stderr)")
        #expect(russian.stderr.contains("ИСПОЛЬЗОВАНИЕ: saraptama read"))
        #expect(russian.stderr.contains("Все параметры: 'saraptama read --help'."))
        let kazakh = try CommandLineTests.run(["read", "--lang", "kk"])
        #expect(kazakh.status == 2)
        #expect(kazakh.stderr.contains("saraptama: error: бір құжат көрсетіңіз\n"), "\(kazakh.stderr)")
        #expect(kazakh.stderr.contains("ҚОЛДАНУ: saraptama read"))
        #expect(kazakh.stderr.contains("Барлық параметрлер: 'saraptama read --help'."))
        // Arguments' own errors, before the command has read its --lang.
        let typo = try CommandLineTests.run(["check", "--formt", "json", "x.yaml", "--lang=kk"])
        #expect(typo.status == 2)
        #expect(typo.stderr.contains("белгісіз параметр '--formt'; '--format' болуы мүмкін бе?"), "\(typo.stderr)")
        let choice = try CommandLineTests.run(["check", "--fail-on", "fatal", "x.yaml"])
        #expect(choice.stderr.contains("--fail-on принимает одно из значений"), "\(choice.stderr)")
        #expect(!choice.stderr.contains("must be one of"))
        let english = try CommandLineTests.run(["read", "--lang", "en"])
        #expect(english.stderr.contains("saraptama: error: give one document\nUSAGE: saraptama read"))
        #expect(english.stderr.contains("See 'saraptama read --help' for the options."))
    }

    @Test func aConsoleLineInRussianAndKazakh() throws {
        let arguments = ["check", "--architecture", "no-such-architectures", "Cases"]
        let russian = try CommandLineTests.run(arguments)
        #expect(russian.status == 2)
        #expect(russian.stderr.contains("saraptama: error: io-unreadable: папки архитектур 'no-such-architectures' нет"), "\(russian.stderr)")
        let kazakh = try CommandLineTests.run(arguments + ["--lang", "kk"])
        #expect(kazakh.stderr.contains("saraptama: error: io-unreadable: 'no-such-architectures' архитектура қалтасы жоқ"), "\(kazakh.stderr)")
        let english = try CommandLineTests.run(arguments + ["--lang", "en"])
        #expect(english.stderr.contains("saraptama: error: io-unreadable: no architecture folder at 'no-such-architectures'"))
    }

    /// Rule authors' commands take --lang too: an expression's mistake in Kazakh, then in English.
    @Test func evalSpeaksTheChosenLanguage() throws {
        let kazakh = try CommandLineTests.run(["eval", "1 +", "--lang", "kk"])
        #expect(kazakh.status == 2)
        #expect(kazakh.stderr.contains("қате: expr-syntax: күтіледі: өрнек"), "\(kazakh.stderr)")
        let english = try CommandLineTests.run(["eval", "1 +", "--lang", "en"])
        #expect(english.stderr.contains("error: expr-syntax:") && !english.stderr.contains("күтіледі"), "\(english.stderr)")
        #expect(try CommandLineTests.run(["users", "list", "--lang", "kk", "--registry", "/nonexistent/dir/r.db"]).status == 2)
    }
}
