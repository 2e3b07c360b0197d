import CMicroHTTPD
import Foundation

/// An HTTP server on GNU libmicrohttpd: MHD parses HTTP and multipart, this class turns each
/// finished request into an `HTTPRequest`, calls the handler, and sends its `HTTPResponse`.
/// One thread per connection (MHD's), so a long check never holds up a page; how many checks
/// run at once is bounded by the service, not here.
final class HTTPDaemon: @unchecked Sendable {
    typealias Handler = @Sendable (HTTPRequest) -> HTTPResponse

    /// What the C callbacks reach through their context pointer.
    final class Context: @unchecked Sendable {
        let handler: Handler
        let limits: ServiceLimits
        init(handler: @escaping Handler, limits: ServiceLimits) {
            self.handler = handler
            self.limits = limits
        }
    }

    private var daemon: OpaquePointer?
    private let context: Context
    /// The port listened on (the system's pick when 0 was asked for).
    let port: Int

    /// Starts listening; throws when the address cannot be bound.
    init(host: String, port: Int, limits: ServiceLimits, handler: @escaping Handler) throws(ServiceError) {
        context = Context(handler: handler, limits: limits)
        let pointer = Unmanaged.passUnretained(context).toOpaque()
        guard let started = saraptama_mhd_start(
            host, UInt16(clamping: port), UInt32(limits.requestTimeoutSeconds), UInt32(limits.maximumConnections),
            Self.access, pointer, Self.completed, pointer)
        else {
            throw ServiceError("serve.cannot-listen", "cannot listen on \(host):\(port) (address in use, or not an IPv4 address of this machine)")
        }
        daemon = started
        self.port = Int(saraptama_mhd_port(started))
    }

    /// Stops accepting, finishes the requests under way, and closes the socket.
    func stop() {
        if let daemon { MHD_stop_daemon(daemon) }
        daemon = nil
    }

    deinit { stop() }

    private static let access: MHD_AccessHandlerCallback = { cls, connection, url, method, _, uploadData, uploadSize, state in
        guard let cls, let connection, let state, let uploadSize else { return saraptama_mhd_no }
        let context = Unmanaged<Context>.fromOpaque(cls).takeUnretainedValue()
        let reader: RequestReader
        if let existing = state.pointee {
            reader = Unmanaged<RequestReader>.fromOpaque(existing).takeUnretainedValue()
        } else {
            reader = RequestReader(
                method: method.map { String(cString: $0) } ?? "GET", path: url.map { String(cString: $0) } ?? "/", limits: context.limits)
            state.pointee = Unmanaged.passRetained(reader).toOpaque()
            reader.begin(connection)
            // An upload announced as far too large is refused before its body is read.
            if reader.announcedBeyondDiscard { return respond(connection, reader, context) }
            return saraptama_mhd_yes
        }
        if uploadSize.pointee > 0 {
            if let uploadData { reader.consume(uploadData, count: uploadSize.pointee) }
            uploadSize.pointee = 0
            // Far past the limit, answer now: MHD sends the answer and closes the connection
            // instead of reading the rest of a huge upload (see `RequestReader.discardLimit`).
            if reader.refusal != nil, reader.pastDiscardLimit, !reader.responded { return respond(connection, reader, context) }
            return saraptama_mhd_yes
        }
        if reader.responded { return saraptama_mhd_yes }
        return respond(connection, reader, context)
    }

    private static func respond(_ connection: OpaquePointer, _ reader: RequestReader, _ context: Context) -> MHD_Result {
        reader.responded = true
        let response = context.handler(reader.request)
        let body = response.body
        guard let handle = body.withUnsafeBytes({ buffer in
            MHD_create_response_from_buffer(buffer.count, UnsafeMutableRawPointer(mutating: buffer.baseAddress), saraptama_mhd_must_copy)
        }) else { return saraptama_mhd_no }
        defer { MHD_destroy_response(handle) }
        for (name, value) in response.headers + SecurityHeaders.all {
            MHD_add_response_header(handle, name, value)
        }
        return MHD_queue_response(connection, UInt32(response.status), handle)
    }

    private static let completed: MHD_RequestCompletedCallback = { _, _, state, _ in
        guard let state, let pointer = state.pointee else { return }
        Unmanaged<RequestReader>.fromOpaque(pointer).release()
        state.pointee = nil
    }
}

/// Headers on every response: no framing, no sniffing, no referrer leaks, and scripts from
/// nowhere (the pages need none).
enum SecurityHeaders {
    static let all: [(String, String)] = [
        ("X-Content-Type-Options", "nosniff"),
        ("X-Frame-Options", "DENY"),
        ("Referrer-Policy", "no-referrer"),
        ("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
        ("Cache-Control", "no-store"),
    ]
}
