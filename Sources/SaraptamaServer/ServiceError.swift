/// A failure of the service with a stable dotted code (`serve.cannot-listen`,
/// `serve.bad-configuration`, ...) and a message a person can act on.
public struct ServiceError: Error, CustomStringConvertible, Sendable {
    public let code: String
    public let message: String

    public init(_ code: String, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "error: \(code): \(message)" }
}
