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

    @Test func theServeSectionOfTheConfiguration() throws {
        let file = NSTemporaryDirectory() + "saraptama-\(UUID().uuidString).yaml"
        defer { try? FileManager.default.removeItem(atPath: file) }
        try "serve:\n  port: 9000\n  max_upload_mb: 5\n  concurrent_checks: 3\n  secure_cookies: true\n".write(toFile: file, atomically: true, encoding: .utf8)
        let configuration = try ServiceConfiguration.load(file: file)
        #expect(configuration.port == 9000 && configuration.host == "127.0.0.1")
        #expect(configuration.limits.maximumUploadBytes == 5 * 1024 * 1024 && configuration.limits.concurrentChecks == 3 && configuration.secureCookies)
        try "serve:\n  max_uploads_mb: 5\n".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(throws: ServiceError.self) { try ServiceConfiguration.load(file: file) }
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
