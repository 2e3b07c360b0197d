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
        public var path: DocumentPath
        public var parent: Node?
        // The element matched by the most recent `[*]`, which becomes the parent of the next level.
        var lastEach: Node?
    }

    /// Every node matching the pattern under `root`, in document order. Missing keys and
    /// non-collections simply match nothing.
    public func matches(in root: Node) -> [Match] {
        var current = [Match(node: root, path: .root, parent: nil, lastEach: nil)]
        for component in components {
            var next: [Match] = []
            next.reserveCapacity(current.count)
            for match in current {
                switch component {
                case .key(let key):
                    if let child = match.node.mapping?[key] {
                        next.append(Match(node: child, path: match.path.appending(.key(key)), parent: match.parent, lastEach: match.lastEach))
                    }
                case .index(let index):
                    if let items = match.node.sequence, index < items.count {
                        next.append(Match(node: items[index], path: match.path.appending(.index(index)), parent: match.parent, lastEach: match.lastEach))
                    }
                case .each:
                    if let items = match.node.sequence {
                        for (index, item) in items.enumerated() {
                            next.append(Match(node: item, path: match.path.appending(.index(index)), parent: match.lastEach, lastEach: item))
                        }
                    } else if let mapping = match.node.mapping {
                        for entry in mapping.entries {
                            next.append(Match(node: entry.value, path: match.path.appending(.key(entry.key)), parent: match.lastEach, lastEach: entry.value))
                        }
                    }
                }
            }
            current = next
        }
        return current
    }
}

/// A malformed path pattern.
public struct PathPatternError: Error, Sendable {
    public var offset: Int
    public var message: String
}
