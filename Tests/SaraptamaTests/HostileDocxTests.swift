import Foundation
import SaraptamaLoading
import Testing
@testable import Saraptama

/// Word bombs and runaway pandoc: the archive is checked before pandoc, pandoc runs under
/// memory and time limits in its own process group, and dies (with its temporary folder) when
/// saraptama is stopped. Fixtures are made at test time (`ZipFixture`, fake pandoc scripts).
@Suite("Hostile DOCX", .serialized)
struct HostileDocxTests {
    static let python = ZipFixture.python != nil

    static func archive(_ entries: [ZipFixture.Entry], in folder: TemporaryTree, stored: Bool = false) throws -> [UInt8] {
        let path = folder.path + "/archive-\(UUID().uuidString).docx"
        try ZipFixture.write(entries, to: path, stored: stored)
        return try #require(FileManager.default.contents(atPath: path).map(Array.init))
    }

    @Test(.enabled(if: python, "python3 makes the ZIP fixtures"))
    func aZipBombIsRefusedBeforePandoc() throws {
        let folder = try TemporaryTree([".keep": ""])
        defer { folder.remove() }
        // 20 MB of XML in some 20 KB (pandoc took 5 GB of memory on 50 MB of it).
        let path = folder.path + "/bomb.docx"
        try ZipFixture.bomb(megabytes: 20, to: path)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        #expect(size < 1 << 20)
        guard case .failed(let result) = DocumentLoader.load(path: path, tables: Repository.tables) else {
            Issue.record("the bomb loaded")
            return
        }
        #expect(result.problems.map(\.code) == ["docx-compression-ratio"])
        #expect(result.problems.first?.message.contains("word/document.xml") == true)
    }

    @Test(.enabled(if: python, "python3 makes the ZIP fixtures"))
    func eachLimitHasItsOwnCode() throws {
        let folder = try TemporaryTree([".keep": ""])
        defer { folder.remove() }
        var limits = ZipInspector.Limits()
        limits.maxEntries = 3
        let many = try Self.archive((1...4).map { ZipFixture.Entry(name: "f\($0).xml", unit: "x", count: 10) }, in: folder)
        #expect(ZipInspector(limits: limits).inspect(many).failure?.code == "docx-too-many-entries")

        limits = ZipInspector.Limits()
        limits.maxEntryBytes = 1000
        let large = try Self.archive([ZipFixture.Entry(name: "word/document.xml", unit: "ab", count: 1000)], in: folder, stored: true)
        #expect(ZipInspector(limits: limits).inspect(large).failure?.code == "docx-entry-too-large")

        limits = ZipInspector.Limits()
        limits.maxTotalBytes = 3000
        let total = try Self.archive((1...2).map { ZipFixture.Entry(name: "f\($0).xml", unit: "ab", count: 1000) }, in: folder, stored: true)
        #expect(ZipInspector(limits: limits).inspect(total).failure?.code == "docx-too-large-uncompressed")
        #expect(ZipInspector().inspect(total) == .success(ZipInspector.Summary(entries: 2, totalBytes: 4000)))

        #expect(ZipInspector().inspect(Array("PK not really".utf8)).failure?.code == "docx-not-a-zip")
        // A truncated archive: the end record is gone.
        #expect(ZipInspector().inspect(Array(total.dropLast(10))).failure?.code == "docx-not-a-zip")
    }

    @Test(.enabled(if: python, "python3 makes the ZIP fixtures"))
    func aRealDocxPassesTheDefaults() throws {
        guard let pandoc = PandocConverter().executable else { return }
        let folder = try TemporaryTree([".keep": ""])
        defer { folder.remove() }
        let source = folder.path + "/a.md", target = folder.path + "/a.docx"
        try String(repeating: "## Раздел\n\nТекст технического задания.\n\n", count: 200).write(toFile: source, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pandoc)
        process.arguments = [source, "-o", target]
        try process.run()
        process.waitUntilExit()
        let bytes = try #require(FileManager.default.contents(atPath: target).map(Array.init))
        guard case .success(let summary) = ZipInspector().inspect(bytes) else {
            Issue.record("pandoc's own .docx is refused")
            return
        }
        #expect(summary.entries > 5)
    }

    /// A fake pandoc: a shell script that starts a child in its group, writes both pids to
    /// `marker`, then sleeps (a runaway conversion).
    static func fakePandoc(in folder: TemporaryTree, marker: String) throws -> String {
        let script = folder.path + "/fake-pandoc"
        try """
            #!/bin/sh
            sleep 300 &
            echo "$$ $!" > '\(marker).tmp' && mv '\(marker).tmp' '\(marker)'
            wait
            """.write(toFile: script, atomically: true, encoding: .utf8)
        chmod(script, 0o755)
        return script
    }

    /// Whether a process is gone, or a zombie waiting for an init that does not reap.
    static func isGone(_ pid: Int32) -> Bool {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return true }
        return status.contains("State:\tZ")
    }

    static func waitFor(_ condition: () -> Bool, seconds: Double = 20) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(20_000)
        }
        return condition()
    }

    static func pids(_ marker: String) -> [Int32] {
        ((try? String(contentsOfFile: marker, encoding: .utf8)) ?? "").split(separator: " ").compactMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    @Test(.enabled(if: python, "python3 makes the ZIP fixtures"))
    func aRunawayPandocIsStoppedWithItsGroup() throws {
        let folder = try TemporaryTree([".keep": ""])
        defer { folder.remove() }
        let marker = folder.path + "/pids"
        var converter = PandocConverter(environment: ["SARAPTAMA_PANDOC": try Self.fakePandoc(in: folder, marker: marker), "PATH": "/usr/bin:/bin"])
        converter.timeout = .seconds(1)
        let bytes = try Self.archive([ZipFixture.Entry(name: "word/document.xml", unit: "<w:p/>", count: 10)], in: folder)
        let started = Date()
        do {
            _ = try converter.markdown(fromDOCX: bytes, path: "slow.docx")
            Issue.record("the fake pandoc finished")
        } catch {
            #expect(error.diagnostics.map(\.code) == ["prose-pandoc-timeout"])
        }
        #expect(Date().timeIntervalSince(started) < 10)
        let pids = Self.pids(marker)
        #expect(pids.count == 2)
        // The shell and the sleep it started: the whole group is killed, not only pandoc.
        #expect(Self.waitFor { pids.allSatisfy(Self.isGone) })
    }

    @Test(.enabled(if: python, "python3 makes the ZIP fixtures"))
    func pandocOverItsMemoryLimitIsRefused() throws {
        guard let pandoc = PandocConverter().executable else { return }
        let folder = try TemporaryTree([".keep": ""])
        defer { folder.remove() }
        let source = folder.path + "/a.md", path = folder.path + "/heavy.docx"
        try String(repeating: "Текст технического задания, абзац.\n\n", count: 20).write(toFile: source, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pandoc)
        process.arguments = [source, "-o", path]
        try process.run()
        process.waitUntilExit()
        // Some 10 MB of paragraphs: far more than 64 MiB of pandoc's heap.
        try ZipFixture.repeatBody(of: path, times: 5_000)
        var converter = PandocConverter()
        converter.memoryLimitBytes = 64 << 20
        converter.archiveLimits.maxRatio = 1_000_000
        let bytes = try #require(FileManager.default.contents(atPath: path).map(Array.init))
        let started = Date()
        do {
            _ = try converter.markdown(fromDOCX: bytes, path: "heavy.docx")
            Issue.record("pandoc converted the document within 64 MiB")
        } catch {
            #expect(error.diagnostics.map(\.code) == ["prose-pandoc-memory"], "\(error.diagnostics)")
        }
        #expect(Date().timeIntervalSince(started) < 30)
    }

    /// `timeout 60 saraptama check bomb.docx`, Ctrl-C, a CI job cancelled: saraptama is stopped
    /// while pandoc runs. pandoc's group goes with it, and so does its temporary folder.
    @Test(.enabled(if: python, "python3 makes the ZIP fixtures"), arguments: [SIGTERM, SIGINT, SIGKILL])
    func stoppingSaraptamaStopsPandoc(signal: Int32) throws {
        let executable = try #require(CommandLineTests.executable)
        let folder = try TemporaryTree([".keep": ""])
        defer { folder.remove() }
        let marker = folder.path + "/pids"
        let temporary = folder.path + "/tmp"
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        let document = folder.path + "/slow.docx"
        try ZipFixture.write([ZipFixture.Entry(name: "word/document.xml", unit: "<w:p/>", count: 10)], to: document)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["check", document, "--rules", Repository.rules]
        var environment = ProcessInfo.processInfo.environment
        environment["SARAPTAMA_PANDOC"] = try Self.fakePandoc(in: folder, marker: marker)
        environment["TMPDIR"] = temporary
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        #expect(Self.waitFor { FileManager.default.fileExists(atPath: marker) })
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == signal)
        let pids = Self.pids(marker)
        try #require(pids.count == 2)
        if signal == SIGKILL {
            // SIGKILL cannot be caught: pandoc itself dies with saraptama (PR_SET_PDEATHSIG), but
            // what pandoc started (this fake's sleep; the real pandoc starts nothing) may not.
            #expect(Self.waitFor { Self.isGone(pids[0]) }, "pandoc outlived saraptama")
            pids.dropFirst().forEach { kill($0, SIGKILL) }
        } else {
            #expect(Self.waitFor { pids.allSatisfy(Self.isGone) }, "pandoc outlived saraptama")
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: temporary).filter { $0.hasPrefix("saraptama-pandoc-") }
        // SIGKILL cannot be caught: pandoc still dies (PR_SET_PDEATHSIG), but its folder stays.
        if signal != SIGKILL { #expect(left.isEmpty, "left behind: \(left)") }
    }
}

extension Result {
    var failure: Failure? { if case .failure(let failure) = self { failure } else { nil } }
}
