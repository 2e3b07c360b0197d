import Foundation
import SaraptamaLoading
import Testing
@testable import Saraptama

/// Every input is read within its limit: a huge file is refused from its size, an endless
/// pipe as soon as it passes the limit, with `io-too-large` and no crash.
@Suite("Bounded reading")
struct BoundedReadingTests {
    /// A sparse file of `size` bytes: as large as asked, without using the disk.
    static func sparseFile(size: Int, suffix: String) throws -> String {
        let path = NSTemporaryDirectory() + "saraptama-sparse-" + UUID().uuidString + suffix
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let descriptor = open(path, O_WRONLY)
        defer { close(descriptor) }
        #expect(ftruncate(descriptor, off_t(size)) == 0)
        return path
    }

    @Test(arguments: [".yaml", ".md", ".docx"])
    func aHugeFileIsRefusedFromItsSize(suffix: String) throws {
        let path = try Self.sparseFile(size: 1 << 30, suffix: suffix)
        defer { unlink(path) }
        guard case .failed(let result) = DocumentLoader.load(path: path, tables: Repository.tables) else {
            Issue.record("a 1 GiB file loaded")
            return
        }
        #expect(result.problems.map(\.code) == ["io-too-large"])
        #expect(result.problems.first?.message == "the input is 1073741824 bytes, more than the limit of 16777216 bytes (LoadOptions.maxBytes)")
    }

    @Test func aPipeIsCutOffAtTheLimit() {
        // /dev/zero never ends: only a reader that stops at the limit returns.
        let result = BoundedReader.contents(of: "/dev/zero", limit: 1 << 20)
        #expect(result == .failure(.tooLarge(size: nil)))
        #expect(BoundedReader.contents(of: "/nonexistent/x", limit: 10) == .failure(.unreadable("No such file or directory")))
        #expect(BoundedReader.contents(of: NSTemporaryDirectory(), limit: 10) == .failure(.unreadable("Is a directory")))
    }

    /// 3 GB on standard input crashed the process (`try!` in FileHandle); now it is refused.
    @Test func endlessStandardInputIsRefused() throws {
        let executable = try #require(CommandLineTests.executable)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "'\(executable)' check - --rules Rules < /dev/zero"]
        process.currentDirectoryURL = URL(fileURLWithPath: Repository.root)
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(said.contains("io-too-large"), "\(said)")
    }
}
