import Foundation
import SaraptamaLoading

/// A path with wildcards, used by a rule's `select:` and `location:`:
/// `data.entities[*].attributes[*]`, `sections`, `budget.years[0]`, `$`.
public struct PathPattern: Sendable, Hashable, CustomStringConvertible {
    public enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
        /// `[*]`: every element of a sequence (or every value of a mapping).
        case each
    }

    public var components: [Component]
    public let description: String

    /// Parses a pattern; on failure returns the offset (in Unicode scalars) of the problem and a message.
    public static func parse(_ text: String) -> Result<PathPattern, PathPatternError> {
        let scalars = Array(text.unicodeScalars)
        var components: [Component] = []
        var i = 0
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed == "$" { return .success(PathPattern(components: [], description: "$")) }
        func isKeyScalar(_ s: Unicode.Scalar) -> Bool {
            s == "_" || s == "-" || s.properties.isAlphabetic || (s >= "0" && s <= "9")
        }
        if scalars.first == "$" { i = 1; if i < scalars.count, scalars[i] == "." { i += 1 } }
        var expectKey = true
        while i < scalars.count {
            let s = scalars[i]
            if s == "[" {
                guard let close = scalars[i...].firstIndex(of: "]") else {
                    return .failure(PathPatternError(offset: i, message: "unclosed '['"))
                }
                let inner = String(String.UnicodeScalarView(scalars[(i + 1)..<close]))
                if inner == "*" {
                    components.append(.each)
                } else if let index = Int(inner), index >= 0 {
                    components.append(.index(index))
                } else if inner.count >= 2, inner.first == "\"" || inner.first == "'", inner.last == inner.first {
                    components.append(.key(String(inner.dropFirst().dropLast())))
                } else {
                    return .failure(PathPatternError(offset: i + 1, message: "expected '*', an index or a quoted key inside '[ ]', found '\(inner)'"))
                }
                i = close + 1
                expectKey = false
            } else if s == "." {
                if expectKey { return .failure(PathPatternError(offset: i, message: "empty path component")) }
                i += 1
                expectKey = true
            } else if isKeyScalar(s) {
                if !expectKey { return .failure(PathPatternError(offset: i, message: "expected '.' or '[' before '\(s)'")) }
                var j = i
                while j < scalars.count, isKeyScalar(scalars[j]) { j += 1 }
                components.append(.key(String(String.UnicodeScalarView(scalars[i..<j]))))
                i = j
                expectKey = false
            } else {
                return .failure(PathPatternError(offset: i, message: "unexpected character '\(s)' in path"))
            }
        }
        if expectKey && !components.isEmpty {
            return .failure(PathPatternError(offset: scalars.count, message: "path ends with '.'"))
        }
        if components.isEmpty { return .failure(PathPatternError(offset: 0, message: "empty path (write '$' for the document root)")) }
        return .success(PathPattern(components: components, description: text))
    }

    /// True when the pattern has no wildcard, so it names exactly one path.
    public var isConcrete: Bool { !components.contains(.each) }

    /// The concrete path of a wildcard-free pattern.
    public var concretePath: DocumentPath {
        DocumentPath(components.compactMap {
            switch $0 {
            case .key(let key): .key(key)
            case .index(let index): .index(index)
            case .each: nil
            }
        })
    }

    /// One match of a selector: the node, its path, and the element matched by the `[*]` before
    /// the last one (nil when there is none: the document is then the parent).
    public struct Match: Sendable {
        public var node: Node
        public var parent: Node?
        /// The path is kept as links to the parent match's and turned into a DocumentPath only
        /// when asked for (by a finding or a problem): most matches pass, and copying the
        /// component array at every level was a tenth of selecting. The last component stays
        /// inline, so a leaf allocates no link of its own.
        private var base: PathTrail?
        private var last: DocumentPath.Component?

        public init(node: Node, path: DocumentPath, parent: Node?) {
            self.init(node: node, base: PathTrail(components: path.components), last: nil, parent: parent)
        }

        init(node: Node, base: PathTrail?, last: DocumentPath.Component?, parent: Node?) {
            self.node = node
            self.parent = parent
            self.base = base
            self.last = last
        }

        public var path: DocumentPath {
            get { trail?.path ?? .root }
            set {
                base = PathTrail(components: newValue.components)
                last = nil
            }
        }

        /// The whole path as links; allocates the last one.
        var trail: PathTrail? {
            guard let last else { return base }
            return PathTrail(parent: base, component: last)
        }
    }

    /// Every node matching the pattern under `root`, in document order. Missing keys and
    /// non-collections simply match nothing.
    public func matches(in root: Node) -> [Match] {
        var matches: [Match] = []
        collect(root, base: nil, last: nil, parent: nil, lastEach: nil, from: 0, into: &matches)
        return matches
    }

    /// Appends the matches of the components from `position` on under `node` (depth first,
    /// which is document order). The parts of a match are passed down borrowed and a match is
    /// built only where one is found, straight into the list: a match passed down whole was
    /// copied at every level (five references, through the type's generic copy).
    private func collect(
        _ node: borrowing Node, base: PathTrail?, last: DocumentPath.Component?, parent: borrowing Node?,
        lastEach: borrowing Node?, from position: Int, into matches: inout [Match]
    ) {
        guard position < components.count else {
            matches.append(Match(node: copy node, base: base, last: last, parent: copy parent))
            return
        }
        // The link to this node, shared by all its children.
        let trail = last.map { PathTrail(parent: base, component: $0) } ?? base
        let isLast = position + 1 == components.count
        switch components[position] {
        case .key(let key):
            if case .mapping(let mapping) = node.content, let index = mapping.index(of: FieldName(key)) {
                collect(
                    mapping.entries[index].value, base: trail, last: .key(key), parent: parent, lastEach: lastEach,
                    from: position + 1, into: &matches)
            }
        case .index(let index):
            if case .sequence(let items) = node.content, index < items.count {
                collect(
                    items[index], base: trail, last: .index(index), parent: parent, lastEach: lastEach,
                    from: position + 1, into: &matches)
            }
        case .each:
            switch node.content {
            case .sequence(let items):
                if isLast { matches.reserveCapacity(matches.count + items.count) }
                for index in items.indices {
                    collect(
                        items[index], base: trail, last: .index(index), parent: lastEach, lastEach: items[index],
                        from: position + 1, into: &matches)
                }
            case .mapping(let mapping):
                if isLast { matches.reserveCapacity(matches.count + mapping.count) }
                let entries = mapping.entries
                for index in entries.indices {
                    collect(
                        entries[index].value, base: trail, last: .key(entries[index].key), parent: lastEach,
                        lastEach: entries[index].value, from: position + 1, into: &matches)
                }
            case .scalar:
                break
            }
        }
    }
}

/// A document path as a chain of links from the end back to the root, so that the paths of
/// sibling matches share their common prefix instead of each copying it.
final class PathTrail: Sendable {
    let parent: PathTrail?
    let component: DocumentPath.Component

    init(parent: PathTrail?, component: DocumentPath.Component) {
        self.parent = parent
        self.component = component
    }

    /// The trail of a path given whole; nil for the root.
    convenience init?(components: [DocumentPath.Component]) {
        guard let last = components.last else { return nil }
        self.init(parent: PathTrail(components: Array(components.dropLast())), component: last)
    }

    var path: DocumentPath {
        var components: [DocumentPath.Component] = []
        var link: PathTrail? = self
        while let current = link {
            components.append(current.component)
            link = current.parent
        }
        return DocumentPath(components.reversed())
    }
}

/// A malformed path pattern.
public struct PathPatternError: Error, Sendable {
    public var offset: Int
    public var message: String
}
