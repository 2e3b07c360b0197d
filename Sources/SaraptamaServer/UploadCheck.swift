import Foundation
import Saraptama

/// Checks uploaded files with the shared engine: one file alone, several as a dossier. The
/// client's file name only names the document in reports and picks its format by extension;
/// nothing here touches the file system (pandoc's own temporary folder aside).
struct UploadCheck: Sendable {
    let engine: Engine
    /// At most this many checks run at once; the others wait for a slot.
    let slots: DispatchSemaphore
    let waitSeconds: Int

    static let extensions = ["docx", "md", "markdown", "yaml", "yml", "json"]

    enum Failure: Error, Equatable {
        /// No file in the upload.
        case noFile
        /// A file whose extension is not one of `extensions`.
        case unsupported(String)
        /// No check slot came free in time.
        case busy
    }

    /// A name safe to show and to hand to the loader: the last component of what the client
    /// sent, without path separators or control characters, at most 120 characters, and with
    /// a supported extension.
    static func displayName(_ clientName: String) throws(Failure) -> String {
        let last = clientName.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        var name = String(last.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7f }.map(Character.init)).trimmingCharacters(in: .whitespaces)
        if name.hasPrefix(".") { name = "document" + name }
        if name.count > 120 { name = String(name.suffix(120)) }
        let ext = (name as NSString).pathExtension.lowercased()
        guard extensions.contains(ext) else { throw .unsupported(name.isEmpty ? "(no name)" : name) }
        return name
    }

    /// The reviewed report of the uploaded files.
    func check(_ files: [UploadedFile], language: Language) throws(Failure) -> ReviewedReport {
        guard !files.isEmpty else { throw .noFile }
        var named: [(name: String, bytes: [UInt8])] = []
        for file in files { named.append((try Self.displayName(file.name), file.bytes)) }
        guard slots.wait(timeout: .now() + .seconds(waitSeconds)) == .success else { throw .busy }
        defer { slots.signal() }
        let results: [DocumentResult]
        if named.count == 1 {
            switch DocumentLoader.load(bytes: named[0].bytes, path: named[0].name, tables: engine.ruleSet.tables) {
            case .loaded(let document): results = [engine.check(document, language: language)]
            case .failed(let result): results = [result]
            }
        } else {
            let dossier = DossierLoader.load(uploads: named, tables: engine.ruleSet.tables)
            results = DossierChecker(engine: engine).check(dossier, language: language).documents
        }
        return ReviewedReport(ruleSet: engine.ruleSet, language: language, documents: results)
    }
}
