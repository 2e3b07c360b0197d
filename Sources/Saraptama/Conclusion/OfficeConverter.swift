import Foundation
import SaraptamaLoading

/// Turns a Word document into PDF with LibreOffice (`soffice --headless --convert-to pdf`), the
/// well-kept tool that lays a .docx out the way Word does. LibreOffice is optional: it is found
/// on `PATH` (`soffice`, then `libreoffice`) or named by `SARAPTAMA_SOFFICE`; without it, asking
/// for a PDF is a clear error and everything else works.
///
/// Each conversion has its own LibreOffice profile in a private temporary folder, so two
/// conversions at once (the service) never share one, and runs under a CPU and wall-clock limit
/// in its own process group (`ChildProcess`).
public struct OfficeConverter: Sendable {
    /// The environment variable naming the LibreOffice executable.
    public static let environmentKey = "SARAPTAMA_SOFFICE"

    public let executable: String?
    /// How long one conversion may take; LibreOffice's first start in a fresh profile is slow.
    public var timeoutSeconds = 180
    /// The largest PDF read back.
    static let maxOutputBytes = 64 << 20

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        if let named = environment[Self.environmentKey], !named.isEmpty {
            executable = PandocConverter.find(named, path: path)
        } else {
            executable = PandocConverter.find("soffice", path: path) ?? PandocConverter.find("libreoffice", path: path)
        }
    }

    /// The PDF of the Word document `docx`.
    public func pdf(fromDocx docx: [UInt8]) throws(ConclusionError) -> [UInt8] {
        guard let executable else {
            throw ConclusionError(
                "a PDF conclusion needs LibreOffice, which was not found: install it (apt-get install libreoffice-writer-nogui), set \(Self.environmentKey), or write the .docx and print it from Word",
                code: "conclusion-office")
        }
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("saraptama-office-" + UUID().uuidString).path
        defer { try? manager.removeItem(atPath: folder) }
        let input = folder + "/conclusion.docx", output = folder + "/conclusion.pdf", errors = folder + "/stderr.txt"
        do {
            try manager.createDirectory(atPath: folder + "/profile", withIntermediateDirectories: true)
            try Data(docx).write(to: URL(fileURLWithPath: input))
        } catch {
            throw ConclusionError("cannot prepare the PDF conversion: \(error.localizedDescription)", code: "conclusion-office")
        }
        let arguments = [
            executable, "--headless", "--norestore", "--nolockcheck", "-env:UserInstallation=file://" + folder + "/profile",
            "--convert-to", "pdf", "--outdir", folder, input,
        ]
        // No address-space limit: LibreOffice reserves far more virtual memory than it uses.
        let outcome = ChildProcess.run(
            arguments, errorsPath: errors, memoryBytes: 0, cpuSeconds: timeoutSeconds, timeoutSeconds: timeoutSeconds,
            folder: folder, folderFiles: [])
        let said = BoundedReader.bytes(of: errors, limit: 16 << 10).map { String(decoding: $0, as: UTF8.self) }?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        switch outcome {
        case .exited(0): break
        case .timedOut: throw ConclusionError("LibreOffice did not finish the PDF within \(timeoutSeconds) s", code: "conclusion-office")
        case .failedToStart(let reason): throw ConclusionError("LibreOffice could not be started: \(reason)", code: "conclusion-office")
        case .exited(let status): throw ConclusionError("LibreOffice could not write the PDF (exit status \(status))\(said.isEmpty ? "" : ": " + said)", code: "conclusion-office")
        case .signalled(let signal): throw ConclusionError("LibreOffice stopped on signal \(signal)", code: "conclusion-office")
        }
        switch BoundedReader.contents(of: output, limit: Self.maxOutputBytes) {
        case .success(let bytes) where bytes.starts(with: Array("%PDF".utf8)): return bytes
        case .success: throw ConclusionError("LibreOffice wrote no PDF\(said.isEmpty ? "" : ": " + said)", code: "conclusion-office")
        case .failure(let failure): throw ConclusionError("LibreOffice's PDF cannot be read: " + failure.message(limit: Self.maxOutputBytes, limitName: "the PDF limit"), code: "conclusion-office")
        }
    }
}
