#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a whole file with the POSIX API, so that a failure carries the operating system's own
/// reason ("No such file or directory", "Permission denied", "Is a directory") and so that an
/// oversized file is rejected without reading it all.
enum FileReader {
    enum Failure: Error {
        /// The OS reason.
        case unreadable(String)
        /// The file is larger than the limit; its size when known (regular files).
        case tooLarge(size: Int?)
    }

    static func contents(of path: String, limit: Int) -> Result<[UInt8], Failure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.unreadable(reason(errno))) }
        defer { close(descriptor) }
        var info = stat()
        var expected = 0
        if fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG {
            let size = Int(info.st_size)
            if size > limit { return .failure(.tooLarge(size: size)) }
            expected = size
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(expected + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(reason(errno)))
            }
            if count == 0 { return .success(bytes) }
            bytes.append(contentsOf: chunk[0..<count])
            // Files that do not report a size (pipes, devices) are cut off at the limit.
            if bytes.count > limit { return .failure(.tooLarge(size: nil)) }
        }
    }

    private static func reason(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }
}
