import Foundation
import Testing

/// ZIP archives made at test time by Python's zipfile (installed with python3, which CI has for
/// the JSON Schema tests): no binary fixture is committed. Each entry is `count` repetitions of
/// `unit`, deflated, so a few kilobytes can decompress to many megabytes (a ZIP bomb).
enum ZipFixture {
    struct Entry {
        let name: String
        let unit: String
        let count: Int
    }

    static let python: String? = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Writes the archive to `path`.
    static func write(_ entries: [Entry], to path: String, stored: Bool = false) throws {
        let script = """
            import sys, zipfile
            entries = [\(entries.map { "(\(literal($0.name)), \(literal($0.unit)), \($0.count))" }.joined(separator: ", "))]
            with zipfile.ZipFile(sys.argv[1], "w", zipfile.\(stored ? "ZIP_STORED" : "ZIP_DEFLATED")) as archive:
                for name, unit, count in entries:
                    with archive.open(name, "w", force_zip64=False) as member:
                        chunk = (unit * 65536).encode()
                        whole, rest = divmod(count, 65536)
                        for _ in range(whole): member.write(chunk)
                        member.write((unit * rest).encode())
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(python, "python3 is needed to make ZIP fixtures"))
        process.arguments = ["-c", script, path]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "python3 could not write the ZIP fixture")
    }

    /// A minimal .docx-like archive whose document.xml is `megabytes` MB of empty paragraphs.
    static func bomb(megabytes: Int, to path: String) throws {
        try write([
            Entry(name: "[Content_Types].xml", unit: "<Types/>", count: 1),
            Entry(name: "word/document.xml", unit: "<w:p/>", count: megabytes << 20 / 6),
        ], to: path)
    }

    /// Rewrites the .docx at `path` (one pandoc made) so that the paragraphs of its body repeat
    /// `times` times: a valid document as large as wanted.
    static func repeatBody(of path: String, times: Int) throws {
        let script = """
            import sys, zipfile, shutil
            path, times = sys.argv[1], int(sys.argv[2])
            with zipfile.ZipFile(path) as source:
                members = [(info, source.read(info.filename)) for info in source.infolist()]
            with zipfile.ZipFile(path + ".new", "w", zipfile.ZIP_DEFLATED) as target:
                for info, data in members:
                    if info.filename == "word/document.xml":
                        text = data.decode()
                        start = text.index("<w:body>") + len("<w:body>")
                        end = text.index("<w:sectPr")
                        data = (text[:start] + text[start:end] * times + text[end:]).encode()
                    target.writestr(info.filename, data)
            shutil.move(path + ".new", path)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(python, "python3 is needed to make ZIP fixtures"))
        process.arguments = ["-c", script, path, String(times)]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "python3 could not rewrite the .docx")
    }

    private static func literal(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
