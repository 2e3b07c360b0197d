import Foundation
import SaraptamaLoading
import Testing
@testable import Saraptama

/// Reports of the shipped cases as the golden tests render them: paths relative to the
/// repository, a fixed tool version, conclusion date and rule-set hash, so golden files depend
/// on neither the checkout, the clock, nor an edit of a rule's comment.
enum ReportFixtures {
    static let options: RenderOptions = {
        var options = RenderOptions(toolVersion: "golden", today: "2025-06-01", colour: false, textStyle: .report, failOn: .error)
        options.conclusion = conclusionSettings
        return options
    }()

    /// The issuing organisation and signatories the golden conclusions show (as a `saraptama.yaml` gives them).
    static let conclusionSettings = ConclusionSettings(
        organisation: LocalizedText(ru: "АО «Сервисный интегратор» (пример)", kk: "«Сервистік интегратор» АҚ (үлгі)", en: "Service Integrator JSC (example)"),
        organisationDetails: LocalizedText(ru: "010000, г. Астана, ул. Примерная, 1", kk: "010000, Астана қ., Үлгі к-сі, 1", en: "1 Example St., Astana 010000"),
        number: "15-02/118", letterNumber: "04-12/345", letterDate: "2025-05-20",
        expert: .init(name: "А. Сейтқали", position: LocalizedText(ru: "Главный эксперт", kk: "Бас сарапшы", en: "Chief expert")),
        approver: .init(name: "Б. Омаров", position: LocalizedText(ru: "Директор департамента экспертизы", kk: "Сараптама департаментінің директоры", en: "Director of the examination department")))
    static let stableHash = String(repeating: "0", count: 64)

    /// The case folder's documents checked, with display paths relative to the repository.
    /// A dossier case (one with a `dossier.yaml`) is checked as a dossier.
    static func results(caseDirectory: String, language: Language) -> [DocumentResult] {
        func display(_ file: String) -> String { file.hasPrefix(Repository.root + "/") ? String(file.dropFirst(Repository.root.count + 1)) : file }
        if DossierLoader.isDossier(path: caseDirectory) {
            return DossierChecker(engine: Repository.engine).check(DossierLoader.load(path: caseDirectory, tables: Repository.tables, display: display), language: language).documents
        }
        return InputFiles.documents(from: [caseDirectory]).map { file in
            let display = display(file)
            let bytes = FileManager.default.contents(atPath: file).map(Array.init) ?? []
            switch DocumentLoader.load(bytes: bytes, path: display, tables: Repository.tables) {
            case .loaded(let document): return Repository.engine.check(document, language: language)
            case .failed(let result): return result
            }
        }
    }

    static func report(caseDirectory: String, language: Language = .en) -> ReviewedReport {
        report(results(caseDirectory: caseDirectory, language: language), language: language)
    }

    static func report(_ results: [DocumentResult], language: Language = .en) -> ReviewedReport {
        var reviewed = ReviewedReport(ruleSet: Repository.engine.ruleSet, language: language, documents: results)
        reviewed.ruleSetHash = stableHash
        return reviewed
    }

    /// A report of one in-memory document, for tests that need a crafted document.
    static func report(yaml: String, path: String = "crafted.yaml", language: Language = .en) throws -> ReviewedReport {
        let checked = Repository.engine.check(try document(yaml, path: path), language: language)
        return report([checked], language: language)
    }

    /// The report compared with a previous round (the resubmission cases).
    static func withBaseline(_ report: ReviewedReport, previous: ReviewedReport, file: String) -> ReviewedReport {
        var reviewed = report
        let comparison = RoundComparison(old: RoundReport(previous, file: file), new: RoundReport(report, file: "-"))
        for index in reviewed.documents.indices { reviewed.documents[index].round = comparison.documents[index] }
        reviewed.baselineFile = file
        return reviewed
    }

    static func write(_ text: String, suffix: String) throws -> String {
        let path = NSTemporaryDirectory() + "saraptama-" + UUID().uuidString + suffix
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}

/// Runs an external program with a time limit and returns its exit status and output.
enum ExternalTool {
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The full path of `name` on `PATH`, or nil.
    static func find(_ name: String) -> String? {
        if name.hasPrefix("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    static func run(_ executable: String, _ arguments: [String], timeout: TimeInterval = 120) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let outFile = NSTemporaryDirectory() + "saraptama-out-" + UUID().uuidString
        let errFile = outFile + ".err"
        _ = FileManager.default.createFile(atPath: outFile, contents: nil)
        _ = FileManager.default.createFile(atPath: errFile, contents: nil)
        defer {
            try? FileManager.default.removeItem(atPath: outFile)
            try? FileManager.default.removeItem(atPath: errFile)
        }
        // Files rather than pipes: a chatty child can never block on a full pipe.
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outFile))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errFile))
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        try out.close()
        try err.close()
        let stdout = (try? String(contentsOfFile: outFile, encoding: .utf8)) ?? ""
        let stderr = (try? String(contentsOfFile: errFile, encoding: .utf8)) ?? ""
        return Run(status: process.terminationStatus, stdout: stdout, stderr: stderr)
    }
}

/// A real JSON Schema validator: Python's `jsonschema` (Debian `python3-jsonschema`; `.ci/run`
/// installs it). Missing, the tests that need it fail and say so — they never pass silently.
enum SchemaValidator {
    static let missingMessage = "no Python with the jsonschema module: install Debian's python3-jsonschema (`apt-get install python3-jsonschema`; .ci/run does it)"

    /// The first Python that can import jsonschema.
    static let python: String? = {
        for candidate in ["python3", "/usr/bin/python3"] {
            guard let path = ExternalTool.find(candidate),
                let run = try? ExternalTool.run(path, ["-c", "import jsonschema"], timeout: 30), run.status == 0
            else { continue }
            return path
        }
        return nil
    }()

    static let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        instance = json.load(open(sys.argv[2], encoding="utf-8"))
        cls = jsonschema.validators.validator_for(schema)
        cls.check_schema(schema)
        errors = sorted(cls(schema, format_checker=jsonschema.FormatChecker()).iter_errors(instance), key=lambda e: list(e.path))
        for error in errors[:20]:
            print("/".join(str(p) for p in error.absolute_path) + ": " + error.message[:300])
        sys.exit(1 if errors else 0)
        """

    /// The validation errors of `json` against the schema file (empty when valid).
    static func errors(json: String, schema: String) throws -> [String] {
        let python = try #require(python, Comment(rawValue: missingMessage))
        let instance = try ReportFixtures.write(json, suffix: ".json")
        defer { try? FileManager.default.removeItem(atPath: instance) }
        let run = try ExternalTool.run(python, ["-c", script, schema, instance], timeout: 120)
        if run.status == 0 { return [] }
        let lines = run.stdout.split(separator: "\n").map(String.init)
        return lines.isEmpty ? ["validator failed: \(run.stderr)"] : lines
    }
}

/// Headless Chromium (Debian `chromium`; `.ci/run` installs it). Missing, the tests that need it
/// fail and say so.
enum HeadlessBrowser {
    static let missingMessage = "no headless browser: install Debian's chromium (`apt-get install chromium`; .ci/run does it)"

    static let executable: String? = ["chromium", "chromium-browser", "google-chrome"].lazy.compactMap(ExternalTool.find).first

    private static func run(_ extra: [String]) throws -> ExternalTool.Run {
        let browser = try #require(executable, Comment(rawValue: missingMessage))
        // A profile of its own per run: parallel tests must not share (and lock) one.
        let profile = NSTemporaryDirectory() + "saraptama-chromium-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: profile) }
        let arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions", "--user-data-dir=\(profile)"]
        let run = try ExternalTool.run(browser, arguments + extra)
        #expect(run.status == 0, "chromium failed: \(run.stderr.suffix(2000))")
        return run
    }

    /// The DOM after the browser parsed (and would have run) the page, serialized back.
    static func dumpDOM(file: String) throws -> String {
        try run(["--dump-dom", "file://" + file]).stdout
    }

    /// A PNG screenshot of the page.
    static func screenshot(file: String, to png: String, width: Int = 1000, height: Int = 2400) throws {
        _ = try run(["--screenshot=\(png)", "--window-size=\(width),\(height)", "--hide-scrollbars", "file://" + file])
    }
}
