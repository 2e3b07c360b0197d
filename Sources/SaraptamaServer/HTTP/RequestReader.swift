import CMicroHTTPD
import Foundation

/// The state of one request while libmicrohttpd delivers its body: headers, query, and the
/// form parts that MHD's post processor decodes (multipart and urlencoded). It counts bytes
/// and files against the limits, and once a limit is passed it keeps nothing more.
final class RequestReader {
    let method: String
    let path: String
    var headers: [String: String] = [:]
    var query: [String: String] = [:]
    var fields: [String: [String]] = [:]
    var files: [UploadedFile] = []
    var body: [UInt8] = []
    var refusal: BodyRefusal?
    var received = 0
    let limits: ServiceLimits
    private var postProcessor: OpaquePointer?
    /// True for the part being decoded when it is a file (false: a plain field).
    private var currentIsFile = false
    var responded = false
    /// A refused body is still read (and thrown away) up to this many bytes, so that the client,
    /// which is still sending, gets the answer: closing on a client that is sending makes the
    /// kernel reset the connection, and the answer is lost. Past it, the connection is closed.
    var discardLimit: Int { limits.maximumUploadBytes * 4 }
    /// The announced length is beyond `discardLimit`: answer before reading anything.
    var announcedBeyondDiscard = false
    var pastDiscardLimit: Bool { received > discardLimit }

    init(method: String, path: String, limits: ServiceLimits) {
        self.method = method
        self.path = path
        self.limits = limits
    }

    deinit {
        if let postProcessor { MHD_destroy_post_processor(postProcessor) }
    }

    /// Reads the headers and the query, and sets up the post processor for form bodies.
    func begin(_ connection: OpaquePointer) {
        let context = Unmanaged.passUnretained(self).toOpaque()
        MHD_get_connection_values(connection, saraptama_mhd_header_kind, { cls, _, key, value in
            guard let cls, let key else { return saraptama_mhd_yes }
            let reader = Unmanaged<RequestReader>.fromOpaque(cls).takeUnretainedValue()
            reader.headers[String(cString: key).lowercased()] = value.map { String(cString: $0) } ?? ""
            return saraptama_mhd_yes
        }, context)
        MHD_get_connection_values(connection, saraptama_mhd_get_argument_kind, { cls, _, key, value in
            guard let cls, let key else { return saraptama_mhd_yes }
            let reader = Unmanaged<RequestReader>.fromOpaque(cls).takeUnretainedValue()
            reader.query[String(cString: key)] = value.map { String(cString: $0) } ?? ""
            return saraptama_mhd_yes
        }, context)
        if let length = headers["content-length"].flatMap(Int.init), length > limits.maximumUploadBytes {
            refusal = .tooLarge
            announcedBeyondDiscard = length > discardLimit
        }
        let type = (headers["content-type"] ?? "").lowercased()
        if method == "POST", type.hasPrefix("multipart/form-data") || type.hasPrefix("application/x-www-form-urlencoded") {
            postProcessor = MHD_create_post_processor(connection, 65_536, { cls, _, key, filename, contentType, _, data, offset, size in
                guard let cls else { return saraptama_mhd_no }
                let reader = Unmanaged<RequestReader>.fromOpaque(cls).takeUnretainedValue()
                return reader.part(
                    key: key.map { String(cString: $0) } ?? "", filename: filename.map { String(cString: $0) },
                    contentType: contentType.map { String(cString: $0) }, data: data, offset: offset, size: size) ? saraptama_mhd_yes : saraptama_mhd_no
            }, context)
            if postProcessor == nil { refusal = refusal ?? .malformed }
        }
    }

    /// One chunk of the body.
    func consume(_ data: UnsafePointer<CChar>, count: Int) {
        received += count
        guard refusal == nil else { return }
        if received > limits.maximumUploadBytes { refusal = .tooLarge; return }
        if let postProcessor {
            if MHD_post_process(postProcessor, data, count) != saraptama_mhd_yes, refusal == nil { refusal = .malformed }
        } else {
            data.withMemoryRebound(to: UInt8.self, capacity: count) { body.append(contentsOf: UnsafeBufferPointer(start: $0, count: count)) }
        }
    }

    /// One piece of a form part from the post processor; false stops the decoding.
    private func part(key: String, filename: String?, contentType: String?, data: UnsafePointer<CChar>?, offset: UInt64, size: Int) -> Bool {
        let bytes = data.map { pointer in
            pointer.withMemoryRebound(to: UInt8.self, capacity: size) { Array(UnsafeBufferPointer(start: $0, count: size)) }
        } ?? []
        if let filename {
            if offset == 0 {
                guard files.count < limits.maximumFiles else { refusal = .tooManyFiles; return false }
                files.append(UploadedFile(field: key, name: filename, contentType: contentType, bytes: []))
                currentIsFile = true
            }
            files[files.count - 1].bytes += bytes
        } else {
            let text = String(decoding: bytes, as: UTF8.self)
            if offset == 0 || currentIsFile {
                fields[key, default: []].append(text)
            } else if var values = fields[key], !values.isEmpty {
                values[values.count - 1] += text
                fields[key] = values
            }
            currentIsFile = false
        }
        return true
    }

    var request: HTTPRequest {
        HTTPRequest(method: method, path: path, query: query, headers: headers, fields: fields, files: files, body: body, refusal: refusal)
    }
}
