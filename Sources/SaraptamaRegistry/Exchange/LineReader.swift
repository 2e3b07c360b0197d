import Foundation

/// Reads a file line by line (LF), each line at most `maxLineBytes`, with a fixed buffer.
final class LineReader {
    enum Next {
        case line([UInt8])
        case end
        case tooLong
        case failed(String)
    }

    private let descriptor: Int32
    private let maxLineBytes: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var finished = false

    init?(path: String, maxLineBytes: Int) {
        descriptor = path == "-" ? dup(STDIN_FILENO) : open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        self.maxLineBytes = maxLineBytes
    }

    deinit { close(descriptor) }

    func next() -> Next {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                let line = Array(buffer[start..<newline])
                start = newline + 1
                return .line(line)
            }
            if buffer.count - start > maxLineBytes { return .tooLong }
            if finished {
                guard start < buffer.count else { return .end }
                let line = Array(buffer[start...])
                start = buffer.count
                return .line(line)
            }
            // Drop what was consumed, then read another chunk.
            buffer.removeFirst(start)
            start = 0
            var chunk = [UInt8](repeating: 0, count: 1 << 20)
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failed(String(cString: strerror(errno)))
            }
            if count == 0 { finished = true } else { buffer.append(contentsOf: chunk[0..<count]) }
        }
    }
}
