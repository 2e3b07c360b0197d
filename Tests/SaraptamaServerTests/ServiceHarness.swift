import Foundation
import Saraptama
import SaraptamaRegistry
import Testing
@testable import SaraptamaServer

/// A real service for a test: the repository's rule set, a fresh registry with three accounts
/// (a head, an expert, a viewer), listening on 127.0.0.1 on a port the system picks. It is
/// stopped by `stop()`, which every test calls in a `defer`, so no server outlives its test.
final class ServiceHarness {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static let accounts: [(String, Account.Role, String)] = [
        ("hana", .head, "head-password-1"), ("erlan", .expert, "expert-password-1"), ("vera", .viewer, "viewer-password-1"),
    ]

    static let engine: Engine = {
        let ruleSet = try! RuleSetLoader.load(directory: root + "/Rules")
        let architectures = (try? ArchitectureLibrary.load(directory: RuleSet.defaultArchitectureDirectory(of: ruleSet.directory), specs: ruleSet.architectureIndexes)) ?? ArchitectureLibrary()
        return Engine(ruleSet: ruleSet, architectures: architectures)
    }()

    let folder: String
    let service: Service
    var base: String { "http://127.0.0.1:\(service.port)" }

    init(limits: ServiceLimits = ServiceLimits()) throws {
        folder = NSTemporaryDirectory() + "saraptama-service-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let registry = try Registry(path: folder + "/registry.db")
        for (name, role, password) in Self.accounts {
            try registry.addAccount(name: name, role: role, passwordHash: try #require(PasswordHash.make(password)))
        }
        var configuration = ServiceConfiguration()
        configuration.port = 0
        configuration.registry = folder + "/registry.db"
        configuration.limits = limits
        service = try Service(configuration: configuration, engine: Self.engine)
    }

    func stop() {
        service.stop()
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Examinations in the registry now.
    func registryCount() throws -> Int { try Registry(path: folder + "/registry.db").counts().examinations }

    /// A DOCX of the Markdown case `name`, made now by pandoc (no binary is committed).
    func docx(ofCase name: String) throws -> String {
        let markdown = try String(contentsOfFile: Self.root + "/Cases/\(name)/document.md", encoding: .utf8)
        let source = folder + "/\(name).md", target = folder + "/\(name).docx"
        try MarkdownDocumentBuilder.docxReady(markdown).write(toFile: source, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(PandocConverter().executable, "pandoc is required: apt-get install pandoc"))
        process.arguments = [source, "-o", target]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "pandoc could not make \(target)")
        return target
    }

    /// Runs a Python script of Tests/Service with the server's address and returns its exit
    /// status and output (stdout and stderr together).
    func python(_ script: String, _ arguments: [String], timeout: TimeInterval = 600) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [Self.root + "/Tests/Service/" + script, base] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let output = folder + "/\(script).log"
        _ = FileManager.default.createFile(atPath: output, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        // A watchdog, not a timing assertion: a hung browser must not hang the suite.
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        process.waitUntilExit()
        watchdog.cancel()
        try handle.close()
        return (process.terminationStatus, (try? String(contentsOfFile: output, encoding: .utf8)) ?? "")
    }
}
