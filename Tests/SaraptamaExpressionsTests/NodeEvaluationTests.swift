import SaraptamaLoading
import Testing

@testable import SaraptamaExpressions

/// Document values stay `.mapping` and `.sequence`; everything must work on them as on expression-built values.
@Suite("Evaluator: document nodes")
struct NodeEvaluationTests {
    @Test("selection, indexing, size, in, equality, has, macros and functions on nodes", arguments: [
        ("doc.title", Outcome.value(.string("Портал «Электронное правительство»"))),
        ("doc.version + 1", .value(.int(4))),
        ("doc['version'] * 2", .value(.int(6))),
        ("doc.ratio * 2.0", .value(.double(1.0))),
        ("doc.approved && true", .value(.bool(true))),
        ("doc.nothing == null", .value(.bool(true))),
        ("has(doc.nothing)", .value(.bool(true))),
        ("has(doc.missing)", .value(.bool(false))),
        ("has(doc.meta.owner)", .value(.bool(true))),
        ("doc.sections[1].title", .value(.string("Архитектура"))),
        ("doc.sections[0]['pages']", .value(.int(2))),
        ("size(doc.sections)", .value(.int(2))),
        ("doc.sections.size()", .value(.int(2))),
        ("size(doc)", .value(.int(9))),
        ("size(doc.meta)", .value(.int(2))),
        ("'a' in doc.tags", .value(.bool(true))),
        ("'z' in doc.tags", .value(.bool(false))),
        ("'meta' in doc", .value(.bool(true))),
        ("'owner' in doc.meta", .value(.bool(true))),
        ("doc.tags == ['a', 'b']", .value(.bool(true))),
        ("['a', 'b'] == doc.tags", .value(.bool(true))),
        ("doc.tags == ['b', 'a']", .value(.bool(false))),
        ("doc.meta == {'owner': 'МЦРИАП', 'code': 'ABC-123'}", .value(.bool(true))),
        ("doc.meta == {'owner': 'МЦРИАП'}", .value(.bool(false))),
        ("doc.sections[0] == {'title': 'Введение', 'pages': 2.0}", .value(.bool(true))),
        ("doc.sections == doc.sections", .value(.bool(true))),
        ("doc.sections.map(s, s.pages)", .value(.list([.int(2), .int(10)]))),
        ("sum(doc.sections.map(s, s.pages))", .value(.int(12))),
        ("doc.sections.all(s, has(s.title) && s.pages > 0)", .value(.bool(true))),
        ("doc.sections.exists(s, s.title == 'Введение')", .value(.bool(true))),
        ("doc.sections.exists_one(s, s.pages > 5)", .value(.bool(true))),
        ("doc.sections.filter(s, s.pages > 5).map(s, s.title)", .value(.list([.string("Архитектура")]))),
        ("doc.meta.all(k, k in ['owner', 'code'])", .value(.bool(true))),
        ("doc.meta.map(k, doc.meta[k])", .value(.list([.string("МЦРИАП"), .string("ABC-123")]))),
        ("keys(doc.meta)", .value(.list([.string("owner"), .string("code")]))),
        ("doc.tags + ['c']", .value(.list([.string("a"), .string("b"), .string("c")]))),
        ("doc.tags + doc.tags", .value(.list([.string("a"), .string("b"), .string("a"), .string("b")]))),
        ("days_between(doc.date, '2024-03-11')", .value(.int(10))),
        ("date(doc.date) < date('2024-12-31')", .value(.bool(true))),
        ("doc.meta.code.matches('^[A-Z]+-[0-9]+$')", .value(.bool(true))),
        ("contains_any(doc.title, ['электронное правительство'])", .value(.bool(true))),
        ("doc.title.startsWith('Портал')", .value(.bool(true))),
        ("size(doc.title)", .value(.int(34))),
        ("doc.missing", .error("eval-no-such-key", 4)),
        ("doc.sections[2]", .error("eval-index-out-of-range", 12)),
        ("doc.sections['x']", .error("eval-no-matching-overload", 12)),
        ("doc.sections.title", .error("eval-no-matching-overload", 13)),
        ("doc.version.x", .error("eval-no-matching-overload", 12)),
        ("doc.meta[0]", .error("eval-no-such-key", 8)),
        ("doc.tags.all(t, t > 1)", .error("eval-no-matching-overload", 18)),
    ])
    func nodes(source: String, expected: Outcome) {
        #expect(run(source, ["doc": document]) == expected, "\(source)")
    }

    @Test("a node's value is converted on access: scalars become primitives")
    func scalarConversion() {
        #expect(run("doc.version", ["doc": document]) == .value(.int(3)))
        #expect(run("doc.sections[0]", ["doc": document]).description.contains("(map)"))
        #expect(Value(node: Y.scalar(.bool(true)).node) == .bool(true))
        #expect(Y.sequence(["a"]).value.typeName == "list")
    }

    @Test("a node's collections stay in place: a mapping is a map, a sequence a list")
    func collectionNodes() {
        let mapping = Value(node: Y.mapping([("a", Y.scalar(.int(5)))]).node)
        guard case .mapping = mapping else { Issue.record("expected a mapping, got \(mapping)"); return }
        #expect(mapping.typeName == "map")
        #expect(mapping.jsonText == #"{"a":5}"#)
        #expect(run("x.a == 5", ["x": mapping]) == .value(.bool(true)))
        let sequence = Value(node: Y.sequence(["a", "b"]).node)
        guard case .sequence = sequence else { Issue.record("expected a sequence, got \(sequence)"); return }
        #expect(sequence.displayText == "a, b")
        #expect(run("size(x) == 2 && 'b' in x", ["x": sequence]) == .value(.bool(true)))
    }
}
