/// A request's method and path segments, matched against patterns like `examinations/*/copy`
/// (`*` is one segment, returned in order).
struct Route {
    let method: String
    let parts: [String]

    init(method: String, path: String, dropping prefix: String = "") {
        self.method = method
        parts = path.dropFirst(prefix.count).split(separator: "/").map(String.init)
    }

    func match(_ method: String, _ pattern: String) -> [String]? {
        guard method == self.method || (method == "GET" && self.method == "HEAD") else { return nil }
        let wanted = pattern.split(separator: "/").map(String.init)
        guard wanted.count == parts.count else { return nil }
        var captures: [String] = []
        for (want, part) in zip(wanted, parts) {
            if want == "*" { captures.append(part) } else if want != part { return nil }
        }
        return captures
    }
}
