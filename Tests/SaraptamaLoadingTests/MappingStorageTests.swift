import Testing

@testable import SaraptamaLoading

/// `Mapping` keeps its entries in one shared storage, copied on write: a copy never sees the
/// changes of another, and the key index appears past `indexThreshold` entries as before.
@Suite struct MappingStorageTests {
    static func entry(_ key: String, _ value: Int64) -> Mapping.Entry {
        Mapping.Entry(key: key, keyMark: .start, value: Node(.scalar(.int(value), .plain), mark: .start))
    }

    @Test func copiesAreIndependent() {
        var original = Mapping()
        #expect(original.count == 0 && original.entries.isEmpty)
        for index in 0..<5 { original.insert(Self.entry("k\(index)", Int64(index))) }
        let copy = original
        original.set("k1", Node(.scalar(.string("changed"), .plain), mark: .start))
        original.insert(Self.entry("k5", 5))
        #expect(copy.count == 5)
        #expect(copy["k1"]?.scalar == .int(1))
        #expect(copy["k5"] == nil)
        #expect(original["k1"]?.string == "changed")
        #expect(original.keys == ["k0", "k1", "k2", "k3", "k4", "k5"])
        var second = copy
        second.insert(Self.entry("other", 9))
        #expect(copy.keys == ["k0", "k1", "k2", "k3", "k4"])
        #expect(second.keys.last == "other")
    }

    @Test func duplicatesAreRefusedAndTheIndexAppearsWhenLarge() {
        var mapping = Mapping()
        let size = Mapping.indexThreshold * 3
        for index in 0..<size {
            let inserted = mapping.insert(Self.entry("key-\(index)", Int64(index)))
            #expect(inserted)
        }
        let duplicate = mapping.insert(Self.entry("key-7", 0))
        #expect(!duplicate)
        #expect(mapping.count == size)
        let snapshot = mapping
        for index in stride(from: 0, to: size, by: 7) {
            #expect(mapping["key-\(index)"]?.scalar == .int(Int64(index)))
            #expect(mapping.index(of: FieldName("key-\(index)"), hint: 0) == index)
            #expect(mapping.index(of: FieldName("key-\(index)"), hint: index) == index)
        }
        #expect(mapping.contains("key-\(size - 1)") && !mapping.contains("key-\(size)"))
        mapping.set("key-\(size)", Node(.scalar(.null, .plain), mark: .start))
        #expect(mapping.index(of: FieldName("key-\(size)")) == size)
        #expect(snapshot.index(of: FieldName("key-\(size)")) == nil)
        #expect(Array(mapping.entries.map(\.key).prefix(3)) == ["key-0", "key-1", "key-2"])
    }

    @Test func loadedMappingsKeepOrderAndPositions() throws {
        var lines = (0..<40).map { "f\($0): \($0)" }
        lines.append("nested: {a: 1, b: [x, y], c: {}}")
        let root = try loadRoot(lines.joined(separator: "\n"))
        let mapping = try #require(root.mapping)
        #expect(mapping.count == 41)
        #expect(mapping.keys.first == "f0" && mapping.keys.last == "nested")
        #expect(mapping.entries[40].keyMark.line == 41)
        #expect(root["f39"]?.scalar == .int(39))
        #expect(root["nested"]?["b"]?.sequence?.count == 2)
        #expect(root["nested"]?["c"]?.mapping?.count == 0)
        #expect(MemoryLayout<Node.Content>.size == MemoryLayout<Int>.size, "one reference per node content")
    }
}
