import Testing

@testable import SaraptamaLoading

/// `MappingView` answers exactly what `Mapping` does, for small mappings (scanned) and large
/// ones (indexed), with and without a right hint, and reaches nested mappings in place.
@Suite struct MappingViewTests {
    static func mapping(keys: [String]) -> Mapping {
        var mapping = Mapping()
        for (position, key) in keys.enumerated() {
            mapping.insert(Mapping.Entry(key: key, keyMark: .start, value: Node(.scalar(.int(Int64(position)), .plain), mark: .start)))
        }
        return mapping
    }

    @Test(arguments: [3, Mapping.indexThreshold + 5])
    func findsWhatTheMappingFinds(size: Int) {
        let keys = (0..<size).map { "ключ-\($0)" } + ["a", "ab"]
        let mapping = Self.mapping(keys: keys)
        let view = MappingView(mapping)
        #expect(view.count == mapping.count)
        for key in keys + ["absent", "", "ключ"] {
            let field = FieldName(key)
            let expected = mapping.index(of: field)
            for hint in [-1, 0, 1, expected ?? 2, size + 10] {
                #expect(view.index(of: field, hint: hint) == expected, "key \(key), hint \(hint)")
            }
            if let expected {
                #expect(view.entry(at: expected).pointee.key == key)
                #expect(view.mapping(at: expected) == nil)
            }
        }
    }

    @Test func reachesNestedMappingsInPlace() {
        var inner = Self.mapping(keys: ["kind", "system"])
        inner.set("kind", Node(.scalar(.string("integration"), .plain), mark: .start))
        var outer = Mapping()
        outer.insert(Mapping.Entry(key: "name", keyMark: .start, value: Node(.scalar(.string("ИИН"), .plain), mark: .start)))
        outer.insert(Mapping.Entry(key: "source", keyMark: .start, value: Node(.mapping(inner), mark: .start)))
        let view = MappingView(outer)
        let source = view.index(of: FieldName("source"), hint: -1)
        #expect(source == 1)
        let nested = source.flatMap { view.mapping(at: $0) }
        #expect(nested?.count == 2)
        let kind = nested?.index(of: FieldName("kind"), hint: 0)
        #expect(kind == 0)
        if let nested, let kind {
            #expect(nested.entry(at: kind).pointee.value.string == "integration")
        }
        #expect(view.mapping(at: 0) == nil)
    }
}
