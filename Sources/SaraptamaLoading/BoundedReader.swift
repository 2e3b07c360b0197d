#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one way saraptama reads an input: a file, standard input (`-`), an upload or a stored
/// report. It reads with the POSIX API, so that a failure carries the operating system's own
/// reason ("No such file or directory", "Permission denied", "Is a directory"), and it applies
/// the size limit while reading: a regular file larger than the limit is refused from its size
/// without reading a byte, and a pipe or device is cut off as soon as it passes the limit, so
/// memory stays below the limit plus one chunk whatever arrives (3 GB on standard input used to
/// be read whole and crash the process).
public enum BoundedReader {
    /// Why an input could not be read.
    public enum Failure: Error, Sendable, Equatable {
        /// The OS reason.
        case unreadable(String)
        /// The input is larger than the limit; its size when known (regular files).
        case tooLarge(size: Int?)

        /// The stable code: `io-unreadable` or `io-too-large`.
        public var code: String {
            if case .tooLarge = self { "io-too-large" } else { "io-unreadable" }
        }

        /// The diagnostic of this failure for `file`.
        public func diagnostic(file: String, limit: Int, limitName: String = "LoadOptions.maxBytes", code: String? = nil, mark: Mark? = nil) -> Diagnostic {
            // The sentences are the `io-…` ones; the loader reuses them under `yaml-too-large`.
            let (variant, arguments): (String, [String: String]) = switch self {
            case .unreadable(let reason): ("io-unreadable.reason", ["reason": reason])
            case .tooLarge(let size?): ("io-too-large.size", ["size": "\(size)", "limit": "\(limit)", "limitName": limitName])
            case .tooLarge(nil): ("io-too-large.unknown", ["limit": "\(limit)", "limitName": limitName])
            }
            return Diagnostic(.error, code: code ?? self.code, template: variant, arguments: arguments, file: file, mark: mark)
        }

        /// A sentence for a diagnostic: "cannot read the file: …" or "the input is N bytes, more
        /// than the limit of L bytes (what)".
        public func message(limit: Int, limitName: String) -> String {
            switch self {
            case .unreadable(let reason): return "cannot read the file: \(reason)"
            case .tooLarge(let size):
                let what = size.map { "the input is \($0) bytes" } ?? "the input is larger"
                return "\(what), more than the limit of \(limit) bytes (\(limitName))"
            }
        }
    }

    /// The path that means standard input.
    public static let standardInput = "-"

    /// The bytes of the file at `path` (standard input for `-`), at most `limit` of them.
    public static func contents(of path: String, limit: Int) -> Result<[UInt8], Failure> {
        if path == standardInput { return contents(descriptor: STDIN_FILENO, limit: limit) }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.unreadable(reason(errno))) }
        defer { close(descriptor) }
        return contents(descriptor: descriptor, limit: limit)
    }

    /// The bytes of an open descriptor, at most `limit` of them (the descriptor stays open).
    public static func contents(descriptor: Int32, limit: Int) -> Result<[UInt8], Failure> {
        var info = stat()
        var expected = 0
        if fstat(descriptor, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFDIR { return .failure(.unreadable(reason(EISDIR))) }
            if info.st_mode & S_IFMT == S_IFREG {
                let size = Int(info.st_size)
                if size > limit { return .failure(.tooLarge(size: size)) }
                expected = size
            }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(expected, limit) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            // Never ask for more than one byte past the limit: that byte is enough to refuse.
            let wanted = min(chunk.count, limit + 1 - bytes.count)
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, wanted) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(reason(errno)))
            }
            if count == 0 { return .success(bytes) }
            bytes.append(contentsOf: chunk[0..<count])
            // Files that do not report a size (pipes, devices), or that grew, are cut off here.
            if bytes.count > limit { return .failure(.tooLarge(size: nil)) }
        }
    }

    /// The bytes of `path` (standard input for `-`), or a diagnostic: `io-unreadable` with the OS
    /// reason, or `io-too-large` naming the limit. `display` is the path shown in it.
    public static func read(
        _ path: String, limit: Int, display: String? = nil, limitName: String = "LoadOptions.maxBytes"
    ) throws(DiagnosticError) -> [UInt8] {
        switch contents(of: path, limit: limit) {
        case .success(let bytes): return bytes
        case .failure(let failure): throw DiagnosticError([failure.diagnostic(file: display ?? path, limit: limit, limitName: limitName)])
        }
    }

    /// The bytes of `path` within `limit`, or nil when it cannot be read or is larger (for
    /// callers that only need to know whether there is something to use).
    public static func bytes(of path: String, limit: Int = LoadOptions().maxBytes) -> [UInt8]? {
        try? contents(of: path, limit: limit).get()
    }

    /// The C library's read(2), named apart from `read(_:limit:...)` above.
    private static func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
            Glibc.read(descriptor, buffer, count)
        #elseif canImport(Musl)
            Musl.read(descriptor, buffer, count)
        #else
            Darwin.read(descriptor, buffer, count)
        #endif
    }

    private static func reason(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }
}
