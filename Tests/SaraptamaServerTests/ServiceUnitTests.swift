import Foundation
import Saraptama
import Testing
@testable import SaraptamaServer

@Suite("service parts")
struct ServiceUnitTests {
    @Test func aClientNameNeverBecomesAPath() throws {
        #expect(try UploadCheck.displayName("../../etc/passwd.yaml") == "passwd.yaml")
        #expect(try UploadCheck.displayName("C:\\docs\\ТЗ.docx") == "ТЗ.docx")
        #expect(try UploadCheck.displayName(".yaml") == "document.yaml")
        #expect(throws: UploadCheck.Failure.self) { try UploadCheck.displayName("run.sh") }
        #expect(throws: UploadCheck.Failure.self) { try UploadCheck.displayName("../") }
        #expect(ExaminationFiles.safeDownloadName("a\"b;c\r\n.yaml") == "a_b_c__.yaml")
    }

    @Test func routesMatchSegments() {
        let route = Route(method: "GET", path: "/api/v1/examinations/12", dropping: "/api/v1")
        #expect(route.match("GET", "examinations/*") == ["12"])
        #expect(route.match("POST", "examinations/*") == nil)
        #expect(route.match("GET", "examinations") == nil)
        #expect(Route(method: "HEAD", path: "/").match("GET", "") == [])
    }

    /// The one `saraptama.yaml` every command reads: its top-level rule set and registry, and its
    /// `serve:` section; a file with a `serve:` section is still a good file for `check`.
    @Test func theServeSectionOfTheConfiguration() throws {
        let file = NSTemporaryDirectory() + "saraptama-\(UUID().uuidString).yaml"
        defer { try? FileManager.default.removeItem(atPath: file) }
        try "rules: /srv/Rules\nregistry: /var/lib/saraptama.db\nlanguage: kk\nserve:\n  port: 9000\n  max_upload_mb: 5\n  concurrent_checks: 3\n  secure_cookies: true\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        let settings = try Configuration.load(path: file)
        #expect(settings.language == .kk)
        let configuration = ServiceConfiguration(settings)
        #expect(configuration.port == 9000 && configuration.host == "127.0.0.1")
        #expect(configuration.rules == "/srv/Rules" && configuration.registry == "/var/lib/saraptama.db")
        #expect(configuration.limits.maximumUploadBytes == 5 * 1024 * 1024 && configuration.limits.concurrentChecks == 3 && configuration.secureCookies)
        #expect(configuration.limits.maximumFiles == ServiceLimits().maximumFiles, "what the file does not say keeps its default")
        // A misspelt key, a port out of range and a word for a number: each reported at its line.
        try "serve:\n  max_uploads_mb: 5\n  port: 70000\n  max_files: many\n  secure_cookies: yes please\n".write(toFile: file, atomically: true, encoding: .utf8)
        do {
            _ = try Configuration.load(path: file)
            Issue.record("a bad serve section was accepted")
        } catch {
            let found = error.diagnostics.map { "\($0.code)@\($0.mark?.line ?? 0)" }
            #expect(found.contains("config-unknown-field@2"), "\(found)")
            #expect(found.contains("config-bad-value@3") && found.contains("config-bad-value@4") && found.contains("config-bad-value@5"), "\(found)")
        }
    }

    @Test func passwordsAndDigestsThroughLibsodium() throws {
        let hash = try #require(PasswordHash.make("correct horse"))
        #expect(hash.hasPrefix("$argon2id$"))
        #expect(PasswordHash.verify("correct horse", hash: hash))
        #expect(!PasswordHash.verify("correct horsE", hash: hash))
        #expect(!PasswordHash.verify("x", hash: "not a hash"))
        #expect(SHA256.hex(of: []) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let tokens = CSRFTokens()
        let visitor = String(repeating: "a", count: 64)
        #expect(tokens.verify(tokens.token(for: visitor), visitor: visitor))
        #expect(!tokens.verify(tokens.token(for: visitor), visitor: String(repeating: "b", count: 64)))
        #expect(!tokens.verify(nil, visitor: visitor))
    }
}
