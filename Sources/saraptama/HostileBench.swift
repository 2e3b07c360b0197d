import Foundation
import Saraptama

/// `saraptama bench --hostile`: what hostile inputs cost, each checked by a `saraptama check`
/// of its own, measured from outside (time, the child's peak resident memory, exit status,
/// output size). The inputs are made here, in a scratch folder: an endless standard input, a
/// 1 GiB file, a ZIP bomb .docx (with python3's zipfile, when installed), 4 MB of Markdown code
/// spans, and a one-line JSON document of 146 KB reported as SARIF.
enum HostileBench {
    struct Row {
        let input: String
        let measure: SpawnTimer.Measure
        let outputBytes: Int?
    }

    static func run(rules: String, directory: String) -> [Row] {
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var rows: [Row] = []
        func check(_ name: String, _ arguments: [String], input: String = "/dev/null", output: Bool = false) {
            let target = directory + "/output-\(rows.count)"
            guard let measure = SpawnTimer.measure(["check"] + arguments + ["--rules", rules, "--fail-on", "never"], input: input, output: target) else {
                Console.err("saraptama: " + CLIMessages.text("bench.hostileKilled", ["name": name]))
                return
            }
            let size = output ? (try? FileManager.default.attributesOfItem(atPath: target)[.size] as? Int) ?? nil : nil
            rows.append(Row(input: name, measure: measure, outputBytes: size))
            unlink(target)
        }
        check("endless standard input (/dev/zero)", ["-"], input: "/dev/zero")

        let huge = directory + "/huge.yaml"
        if FileManager.default.createFile(atPath: huge, contents: nil), truncate(huge, 1 << 30) == 0 {
            check("1 GiB YAML file (sparse)", [huge])
        }
        unlink(huge)

        let bomb = directory + "/bomb.docx"
        if makeBomb(at: bomb) { check("ZIP bomb .docx (50 MB of XML)", [bomb]) }
        unlink(bomb)

        let spans = directory + "/spans.md"
        let markdown = "---\nkind: technical_assignment\nid: T-1\ndate: \"2025-02-10\"\n---\n\n# 1 Общие сведения\n\n"
            + String(repeating: "`a` b ", count: 700_000) + "\n"
        if FileManager.default.createFile(atPath: spans, contents: Data(markdown.utf8)) { check("4 MB of Markdown code spans", [spans]) }
        unlink(spans)

        let line = directory + "/line.json"
        let json = #"{"kind": "technical_assignment", "id": "T-1", "date": "2025-02-10", "object": {"class": "Нет такого класса"}, "note": ""#
            + String(repeating: "x", count: 146_000) + "\"}\n"
        if FileManager.default.createFile(atPath: line, contents: Data(json.utf8)) { check("146 KB one-line JSON → SARIF", [line, "--format", "sarif"], output: true) }
        unlink(line)
        return rows
    }

    /// A .docx-shaped archive whose document.xml is 50 MB of empty paragraphs, made by python3.
    private static func makeBomb(at path: String) -> Bool {
        guard let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first(where: FileManager.default.isExecutableFile) else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", """
            import sys, zipfile
            with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
                z.writestr("[Content_Types].xml", "<Types/>")
                with z.open("word/document.xml", "w") as m:
                    for _ in range(800): m.write(b"<w:p/>" * 10923)
            """, path]
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    static func print(_ rows: [Row]) {
        Console.out("\nhostile input                              time ms   peak RSS MB  exit  output\n")
        for row in rows {
            Console.out(row.input.padding(toLength: 40, withPad: " ", startingAt: 0)
                + String(format: "%10.0f  %12.1f  %4d  ", row.measure.milliseconds, Double(row.measure.peakResidentBytes) / 1_048_576, row.measure.status)
                + (row.outputBytes.map { String(format: "%.1f KB", Double($0) / 1024) } ?? "") + "\n")
        }
    }
}
