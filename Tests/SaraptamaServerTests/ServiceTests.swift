import Foundation
import Saraptama
import Testing
@testable import SaraptamaServer

/// The service as its users use it: the API (every endpoint, bad input included, each response
/// validated against the OpenAPI document) and the pages in headless Chromium through WebDriver.
/// Both are Python scripts under Tests/Service, run against a real server started here.
@Suite("saraptama serve", .serialized)
struct ServiceTests {
    @Test("the JSON API: every endpoint, bad input, responses valid against the OpenAPI document")
    func api() throws {
        var limits = ServiceLimits()
        limits.maximumUploadBytes = 2 * 1024 * 1024
        let harness = try ServiceHarness(limits: limits)
        defer { harness.stop() }
        let docx = try harness.docx(ofCase: "ta-mz-telemedicine-md")
        let (status, output) = try harness.python("api_test.py", [ServiceHarness.root, docx])
        #expect(status == 0, "api_test.py failed:\n\(output)")
        // The script recorded exactly these; nothing lost, nothing extra.
        let line = output.split(separator: "\n").first { $0.hasPrefix("recorded ") }
        #expect(line.map { String($0) } == "recorded \(try harness.registryCount())", "\(output)")
    }

    @Test("the pages in headless Chromium: check a DOCX, download the conclusion, sign in, record two rounds, statistics; screenshots in ru and kk")
    func browser() throws {
        let harness = try ServiceHarness()
        defer { harness.stop() }
        let docx = try harness.docx(ofCase: "ta-mz-telemedicine-md")
        let screenshots = ServiceHarness.root + "/.build/service-screenshots"
        try FileManager.default.createDirectory(atPath: screenshots, withIntermediateDirectories: true)
        let (status, output) = try harness.python("browser_test.py", [ServiceHarness.root, docx, screenshots])
        #expect(status == 0, "browser_test.py failed:\n\(output)")
    }
}
