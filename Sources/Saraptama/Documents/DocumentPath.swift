import Foundation
import SaraptamaLoading

/// A path to a node of a document: `data.entities[2].attributes[0]`; the root is `$`.
public struct DocumentPath: Sendable, Hashable, CustomStringConvertible {
    public enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    public var components: [Component]

    public init(_ components: [Component] = []) { self.components = components }

    public static let root = DocumentPath()

    public func appending(_ component: Component) -> DocumentPath {
        DocumentPath(components + [component])
    }

    public func appending(_ other: DocumentPath) -> DocumentPath {
        DocumentPath(components + other.components)
    }

    public var description: String {
        if components.isEmpty { return "$" }
        var out = ""
        for component in components {
            switch component {
            case .key(let key):
                if Self.isPlainKey(key) {
                    if !out.isEmpty { out += "." }
                    out += key
                } else {
                    out += "[\"" + key.replacingOccurrences(of: "\"", with: "\\\"") + "\"]"
                }
            case .index(let index):
                out += "[\(index)]"
            }
        }
        return out
    }

    private static func isPlainKey(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first, !(first >= "0" && first <= "9") else { return false }
        return key.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isAlphabetic || ($0 >= "0" && $0 <= "9") }
    }

    /// The node at this path, or nil when some component is missing.
    public func resolve(in root: Node) -> Node? {
        var node = root
        for component in components {
            guard let next = Self.step(node, component) else { return nil }
            node = next
        }
        return node
    }

    /// The deepest node that exists along this path: where a finding about a missing field points.
    public func deepestExisting(in root: Node) -> Node {
        var node = root
        for component in components {
            guard let next = Self.step(node, component) else { break }
            node = next
        }
        return node
    }

    static func step(_ node: Node, _ component: Component) -> Node? {
        switch component {
        case .key(let key): return node.mapping?[key]
        case .index(let index):
            guard let items = node.sequence, index >= 0, index < items.count else { return nil }
            return items[index]
        }
    }
}
