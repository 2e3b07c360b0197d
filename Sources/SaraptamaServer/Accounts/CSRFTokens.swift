import Saraptama

/// CSRF tokens: every visitor has a random id in an HttpOnly cookie, and each form carries a
/// MAC of that id under the server's secret. A page of another site can neither read the
/// cookie nor compute the MAC, so it cannot make a form post that passes. Stateless: nothing
/// is kept per visitor; the key itself is kept in the registry, so tokens outlive a restart.
struct CSRFTokens: Sendable {
    private let key: [UInt8]

    /// With `key`, or a random one (for a service without a registry, and tests).
    init(key: [UInt8] = PasswordHash.randomBytes(32)) { self.key = key }

    func token(for visitor: String) -> String {
        Hex.encode(PasswordHash.mac(Array(visitor.utf8), key: key))
    }

    func verify(_ token: String?, visitor: String?) -> Bool {
        guard let token, let visitor, !visitor.isEmpty else { return false }
        return PasswordHash.constantTimeEqual(Array(token.utf8), Array(self.token(for: visitor).utf8))
    }
}
