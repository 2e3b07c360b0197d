import Testing

@testable import SaraptamaLoading

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@Suite struct StreamTests {
    @Test func anEmptyFileHasANullRoot() throws {
        for text in ["", "\n\n", "# only a comment\n"] {
            let document = try YAMLLoader.load(text: text, path: testPath)
            #expect(document.root.scalar == .null)
            #expect(document.root.mark == .start)
            #expect(document.source.path == testPath)
        }
        #expect(try YAMLLoader.loadAll(bytes: [], path: testPath).isEmpty)
    }

    @Test func anExplicitEmptyDocumentIsNull() throws {
        #expect(try loadRoot("---\n").scalar == .null)
        #expect(try loadRoot("--- |\n  text\n...\n").string == "text\n")
    }

    @Test func loadAllReturnsEveryDocument() throws {
        let documents = try YAMLLoader.loadAll(bytes: Array("a: 1\n---\nb: 2\n--- [3]\n".utf8), path: testPath)
        #expect(documents.count == 3)
        #expect(documents[0].root["a"]?.scalar == .int(1))
        #expect(documents[1].root["b"]?.scalar == .int(2))
        #expect(documents[1].root.mapping?.entry("b")?.keyMark.description == "3:1")
        #expect(documents[2].root.sequence?.first?.scalar == .int(3))
        #expect(documents[0].source === documents[2].source)
    }

    @Test func loadAllCollectsProblemsOfEveryDocument() {
        do {
            _ = try YAMLLoader.loadAll(bytes: Array("a: 1\na: 2\n---\nb: !!int x\n".utf8), path: testPath)
            Issue.record("expected problems")
        } catch {
            #expect(located(error.diagnostics) == ["yaml-duplicate-key@2:1", "yaml-bad-tagged-value@4:10"])
        }
    }

    /// A pretty-printed JSON file indented with tabs, with a tab before the top-level object
    /// and a tab-only line after it (both rejected by libyaml unless normalised).
    static let tabbedJSON = "\t\n\t{\n\t\"name\": \"Ковёр\",\n\t\"items\": [\n\t\t1,\n\t\t2.5,\n\t\t\"a\\tb\"\n\t],\n"
        + "\t\"ok\": true,\n\t\"none\": null,\n\t\"text\": \"tab\there\"\n}\n\t\n"

    @Test func jsonIndentedWithTabsLoads() throws {
        let root = try YAMLLoader.load(text: Self.tabbedJSON, path: "data.json").root
        #expect(root.mapping?.keys == ["name", "items", "ok", "none", "text"])
        #expect(root["name"]?.string == "Ковёр")
        #expect(root["items"]?.sequence?.map(\.scalar) == [.int(1), .double(2.5), .string("a\tb")])
        #expect(root["ok"]?.scalar == .bool(true))
        #expect(root["none"]?.scalar == .null)
        // A raw tab inside a quoted string is content and is kept.
        #expect(root["text"]?.string == "tab\there")
        // Tabs were replaced one for one, so columns are those of the original file.
        #expect(root.mark.description == "2:2")
        #expect(root.mapping?.entry("items")?.keyMark.description == "4:2")
        #expect(root["items"]?[1]?.mark.description == "6:3")
    }

    @Test func typicalJSONLoads() throws {
        let json = """
            {
              "version": 2,
              "rules": [{"id": "R-1", "severity": "high", "enabled": false, "weight": -1.5e2}],
              "empty": {}, "list": []
            }
            """
        let root = try YAMLLoader.load(text: json, path: "rules.json").root
        #expect(root["version"]?.scalar == .int(2))
        let rule = try #require(root["rules"]?[0])
        #expect(rule.mapping?.keys == ["id", "severity", "enabled", "weight"])
        #expect(rule["weight"]?.scalar == .double(-150))
        #expect(root["empty"]?.mapping?.count == 0)
        #expect(root["list"]?.sequence?.isEmpty == true)
    }

    @Test func aTwoMegabyteDocumentLoads() throws {
        var text = ""
        let lineCount = 40_000
        for index in 0..<lineCount {
            text += "key\(index): value number \(index) with some padding text here ok\n"
        }
        #expect(text.utf8.count > 2_000_000)
        let root = try loadRoot(text)
        #expect(root.mapping?.count == lineCount)
        #expect(root["key39999"]?.string == "value number 39999 with some padding text here ok")
        #expect(root.mapping?.entry("key39999")?.keyMark.line == lineCount)
    }

    // MARK: Files

    @Test func loadFileReadsTheFile() throws {
        let path = try temporaryFile(contents: Array("a: [1, 2]\n".utf8))
        defer { unlink(path) }
        let document = try YAMLLoader.load(file: path)
        #expect(document.root["a"]?.sequence?.count == 2)
        #expect(document.source.path == path)
    }

    @Test func anUnreadableFileGivesTheOSReason() {
        let path = "/nonexistent-directory/missing.yaml"
        do {
            _ = try YAMLLoader.load(file: path)
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.map(\.code) == ["io-unreadable"])
            #expect(error.diagnostics.first?.message == "cannot read the file: No such file or directory")
            #expect(error.diagnostics.first?.file == path)
            #expect(error.diagnostics.first?.mark == nil)
        }
        do {
            _ = try YAMLLoader.load(file: "/")
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.first?.message == "cannot read the file: Is a directory")
        }
    }

    @Test func aFileLargerThanMaxBytesIsRejected() throws {
        let path = try temporaryFile(contents: Array(repeating: UInt8(ascii: "a"), count: 100))
        defer { unlink(path) }
        do {
            _ = try YAMLLoader.load(file: path, options: LoadOptions(maxBytes: 99))
            Issue.record("expected an error")
        } catch {
            #expect(located(error.diagnostics) == ["yaml-too-large@1:1"])
            #expect(error.diagnostics.first?.message
                == "the input is 100 bytes, more than the limit of 99 bytes (LoadOptions.maxBytes)")
        }
        #expect(try YAMLLoader.load(file: path, options: LoadOptions(maxBytes: 100)).root.string?.count == 100)
    }

    private func temporaryFile(contents: [UInt8]) throws -> String {
        var template = Array("/tmp/saraptama-loading-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let written = contents.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        try #require(written == contents.count)
        return template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }
}
