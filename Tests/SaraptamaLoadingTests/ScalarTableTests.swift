import Testing

@testable import SaraptamaLoading

/// Repeated scalars share one string and one resolved content (`ScalarTable`): the tree must be
/// exactly what it would be without sharing, whatever the styles, positions, problems and sizes.
@Suite struct ScalarTableTests {
    @Test func repeatedValuesKeepTheirOwnStyleAndPosition() throws {
        let root = try loadRoot(
            """
            - [true, 'true', "true", true, 12, '12', 12, ~, '', "", null]
            - a: true
              c: own
              d: own
              e: |
                own
            """)
        let items = try #require(root[0]?.sequence)
        let expected: [Scalar] = [
            .bool(true), .string("true"), .string("true"), .bool(true), .int(12), .string("12"),
            .int(12), .null, .string(""), .string(""), .null,
        ]
        #expect(items.map(\.scalar) == expected)
        #expect(items[3].mark.column == 26)
        #expect(items[0].mark.column == 4)
        guard case .scalar(_, let style) = items[1].content else { Issue.record("not a scalar"); return }
        #expect(style == .singleQuoted)
        let mapping = try #require(root[1])
        #expect(mapping["c"]?.string == "own")
        #expect(mapping["d"]?.string == "own")
        #expect(mapping["d"]?.mark.line == 4)
        #expect(mapping["d"]?.mark.column == 6)
        #expect(mapping["e"]?.string == "own")
    }

    @Test func aScalarSeenAsKeyThenAsValueResolves() throws {
        let root = try loadRoot("true: x\n1: true\nx: 1\n'<<': 2\nm: <<\n")
        #expect(root.mapping?.keys == ["true", "1", "x", "<<", "m"])
        #expect(root["1"]?.scalar == .bool(true))
        #expect(root["x"]?.scalar == .int(1))
        #expect(root["true"]?.string == "x")
        #expect(root["m"]?.string == "<<")
    }

    @Test func everyRepeatedProblemIsStillReported() {
        let text = "a: 99999999999999999999\nb: 99999999999999999999\nc: 99999999999999999999\n"
        #expect(located(loadDiagnostics(text)) == ["yaml-int-overflow@1:4", "yaml-int-overflow@2:4", "yaml-int-overflow@3:4"])
    }

    @Test func repeatedKeysAreStillDuplicates() {
        let text = "a: 1\nb: {a: 1, a: 2}\na: 3\n"
        #expect(located(loadDiagnostics(text)) == ["yaml-duplicate-key@2:11", "yaml-duplicate-key@3:1"])
    }

    @Test func manyDistinctAndLongScalarsLoad() throws {
        // More distinct short texts than the table keeps, repeated, and texts past its length limit.
        let count = ScalarTable.maxEntries + 3000
        var lines: [String] = []
        for index in 0..<count { lines.append("k\(index): v\(index % (count - 7))") }
        let long = String(repeating: "ж", count: ScalarTable.maxLength)
        lines.append("long1: \(long)")
        lines.append("long2: \(long)")
        let root = try loadRoot(lines.joined(separator: "\n"))
        #expect(root.mapping?.count == count + 2)
        #expect(root["k0"]?.string == "v0")
        #expect(root["k\(count - 1)"]?.string == "v6")
        #expect(root["k\(count - 3)"]?.string == "v4")
        #expect(root["long1"]?.string == long)
        #expect(root["long2"]?.string == long)
    }

    @Test func tableLooksUpAndKeepsBytes() {
        var table = ScalarTable()
        func entry(_ text: String, _ style: ScalarStyle = .plain) -> Int? {
            Array(text.utf8).withUnsafeBufferPointer { table.entry($0, style: style) }
        }
        let samples = ["", "a", "ab", "abc", "abcd", "abcdefg", "abcdefgh", "abcdefghi", "ключ", String(repeating: "x", count: ScalarTable.maxLength)]
        var positions: [Int] = []
        for sample in samples { positions.append(entry(sample)!) }
        #expect(Set(positions).count == samples.count)
        for (sample, position) in zip(samples, positions) {
            #expect(entry(sample) == position)
            #expect(table.text(position) == sample)
        }
        #expect(entry("abc", .doubleQuoted) != positions[3])
        #expect(entry(String(repeating: "x", count: ScalarTable.maxLength + 1)) == nil)
        // Growing keeps every text findable.
        for index in 0..<5000 { _ = entry("text \(index)") }
        for (sample, position) in zip(samples, positions) { #expect(entry(sample) == position) }
        #expect(table.text(entry("text 4321")!) == "text 4321")
    }
}
