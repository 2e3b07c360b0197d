import Foundation
import SaraptamaRegistry

/// The registry for every request: one connection, one request at a time. SQLite serializes
/// writers anyway, and registry operations are short next to a check.
final class RegistryGate: @unchecked Sendable {
    private let registry: Registry
    private let lock = NSLock()

    init(path: String) throws(RegistryError) {
        registry = try Registry(path: path, create: true)
    }

    func with<T>(_ body: (Registry) throws(RegistryError) -> T) throws(RegistryError) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(registry)
    }
}
