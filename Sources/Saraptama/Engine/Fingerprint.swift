import Foundation
import SaraptamaLoading
import Synchronization

/// Stable finding fingerprints, so that a finding can be followed across rounds of resubmission
/// (`diff`, baselines, waivers, the registry).
///
/// A fingerprint hashes the rule id, the document id, the finding's path with list indices
/// generalized to `[*]`, and the content of the node the finding concerns (positions excluded).
/// Inserting an unrelated item before it, or re-indenting the file, keeps the fingerprint; editing
/// the offending content changes it.
public enum Fingerprint {
    /// 32 hex digits (128 bits of SHA-256).
    public static func of(ruleID: String, documentID: String, path: DocumentPath, node: Node?) -> String {
        var bytes: [UInt8] = []
        bytes += Array(ruleID.utf8) + [0]
        bytes += Array(documentID.utf8) + [0]
        bytes += Array(generalized(path).utf8) + [0]
        // The root's content is the whole document: hashing it would make every edit a new finding.
        if let node, !path.components.isEmpty { canonical(node, into: &bytes) } else { bytes.append(0xff) }
        return String(SHA256.hex(of: bytes).prefix(32))
    }

    /// The path with every index replaced by `[*]`.
    static func generalized(_ path: DocumentPath) -> String {
        DocumentPath(path.components.map { component in
            if case .index = component { return .key("[*]") }
            return component
        }).description
    }

    /// A position-free serialization of a node: the same content always gives the same bytes.
    static func canonical(_ node: Node, into bytes: inout [UInt8]) {
        switch node.content {
        case .scalar(let scalar, _):
            switch scalar {
            case .null: bytes.append(0x01)
            case .bool(let value): bytes += [0x02, value ? 1 : 0]
            case .int(let value): bytes.append(0x03); bytes += Array(String(value).utf8)
            case .double(let value): bytes.append(0x04); bytes += Array(String(value).utf8)
            case .string(let value): bytes.append(0x05); bytes += Array(value.utf8)
            }
            bytes.append(0)
        case .sequence(let items):
            bytes.append(0x06)
            for item in items { canonical(item, into: &bytes) }
            bytes.append(0x07)
        case .mapping(let mapping):
            bytes.append(0x08)
            for entry in mapping.entries {
                bytes += Array(entry.key.utf8) + [0]
                canonical(entry.value, into: &bytes)
            }
            bytes.append(0x09)
        }
    }
}

/// A fingerprint computed when first read, then remembered. Findings are shared between
/// threads (a batch renders them elsewhere), so the first read takes a lock.
final class PendingFingerprint: Sendable {
    private let ruleID: String
    private let documentID: String
    private let path: DocumentPath
    private let node: Node?
    /// The hash once computed. A `Mutex` rather than an `NSLock`: it lives inside this object,
    /// where an `NSLock` is an allocation of its own for every finding.
    private let computed = Mutex<String?>(nil)

    init(ruleID: String, documentID: String, path: DocumentPath, node: Node?) {
        self.ruleID = ruleID
        self.documentID = documentID
        self.path = path
        // The root is never hashed (see `Fingerprint.of`); not keeping it keeps the whole
        // document from living as long as the finding.
        self.node = path.components.isEmpty ? nil : node
    }

    var value: String {
        computed.withLock { computed in
            if let computed { return computed }
            let value = Fingerprint.of(ruleID: ruleID, documentID: documentID, path: path, node: node)
            computed = value
            return value
        }
    }
}
