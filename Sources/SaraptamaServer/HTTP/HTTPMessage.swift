import Foundation

/// A file part of a multipart upload, as the client sent it. Its `name` is what the client
/// called it and is only ever shown (escaped) or used for its extension: never as a path.
struct UploadedFile: Sendable {
    var field: String
    var name: String
    var contentType: String?
    var bytes: [UInt8]
}

/// One request after its body has been read: what the handlers see. No C type in it.
struct HTTPRequest: Sendable {
    var method: String
    /// The path without the query string, percent-decoded by libmicrohttpd.
    var path: String
    var query: [String: String]
    /// Header names in lower case.
    var headers: [String: String]
    /// Form fields (urlencoded or multipart), each name with its values in order.
    var fields: [String: [String]]
    var files: [UploadedFile]
    /// A non-form body (at most the upload limit).
    var body: [UInt8]
    /// Why the body was not read in full, when it was not.
    var refusal: BodyRefusal?

    func field(_ name: String) -> String? { fields[name]?.first }

    func header(_ name: String) -> String? { headers[name.lowercased()] }

    /// The cookies of the `Cookie` header.
    var cookies: [String: String] {
        var result: [String: String] = [:]
        for part in (header("cookie") ?? "").split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { continue }
            result[pair[0].trimmingCharacters(in: .whitespaces)] = pair[1].trimmingCharacters(in: .whitespaces)
        }
        return result
    }
}

/// Why a request body was refused while it was read.
enum BodyRefusal: Sendable, Equatable {
    case tooLarge
    case tooManyFiles
    case malformed
}

/// A response: status, headers and body bytes.
struct HTTPResponse: Sendable {
    var status: Int
    var headers: [(String, String)]
    var body: [UInt8]

    init(status: Int, contentType: String, body: [UInt8], headers: [(String, String)] = []) {
        self.status = status
        self.body = body
        self.headers = [("Content-Type", contentType)] + headers
    }

    static func html(_ text: String, status: Int = 200) -> HTTPResponse {
        HTTPResponse(status: status, contentType: "text/html; charset=utf-8", body: Array(text.utf8))
    }

    static func json(_ text: String, status: Int = 200) -> HTTPResponse {
        HTTPResponse(status: status, contentType: "application/json; charset=utf-8", body: Array(text.utf8))
    }

    static func redirect(_ location: String, headers: [(String, String)] = []) -> HTTPResponse {
        HTTPResponse(status: 303, contentType: "text/plain; charset=utf-8", body: Array("See \(location)\n".utf8), headers: [("Location", location)] + headers)
    }

    func adding(_ name: String, _ value: String) -> HTTPResponse {
        var copy = self
        copy.headers.append((name, value))
        return copy
    }
}
