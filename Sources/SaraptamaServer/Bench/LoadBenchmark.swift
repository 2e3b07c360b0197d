import Foundation

/// `saraptama bench --serve`: N clients, each on its own thread, upload documents to a running
/// server for a fixed time, alternately checking them (`POST /api/v1/check`, nothing stored) and
/// recording them (`POST /api/v1/examinations`, one registry row each). Counts every answer
/// that is not the expected status as an error, and the rows the server said it recorded.
public struct LoadBenchmark: Sendable {
    public struct Upload: Sendable {
        public let name: String
        public let bytes: [UInt8]
        public init(name: String, bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
        }
    }

    public struct Result: Sendable {
        public let seconds: Double
        public let requests: Int
        public let errors: Int
        /// Seconds per request, sorted.
        public let latencies: [Double]
        /// Examinations the server answered 201 for: the rows the registry must hold.
        public let recorded: Int
        /// The first few errors, for the report.
        public let errorSamples: [String]

        public func percentile(_ p: Double) -> Double {
            guard !latencies.isEmpty else { return 0 }
            return latencies[min(latencies.count - 1, Int((Double(latencies.count) * p).rounded(.up)) - 1)]
        }
    }

    public let host: String
    public let port: Int
    public let uploads: [Upload]
    public let clients: Int
    public let seconds: Double
    public let account: (name: String, password: String)

    public init(host: String, port: Int, uploads: [Upload], clients: Int, seconds: Double, account: (name: String, password: String)) {
        self.host = host
        self.port = port
        self.uploads = uploads
        self.clients = clients
        self.seconds = seconds
        self.account = account
    }

    /// Signs every client in, then runs them until the time is up.
    public func run() throws(ServiceError) -> Result {
        let session = try signIn()
        let collector = Collector()
        let deadline = Date().addingTimeInterval(seconds)
        let started = Date()
        let group = DispatchGroup()
        for client in 0..<clients {
            let thread = Thread { [self] in
                var index = client
                var iteration = 0
                while Date() < deadline {
                    let upload = uploads[index % uploads.count]
                    // Each client alternates; half the clients start with a recording.
                    let record = (iteration + client) % 2 == 1
                    iteration += 1
                    let form = BenchClient.multipart(
                        fields: record ? [("incoming_number", "BENCH-\(client)-\(index)"), ("lang", "ru")] : [("lang", "ru")],
                        files: [(upload.name, upload.bytes)])
                    var headers = [("Content-Type", form.type)]
                    if record { headers += [("Cookie", session.cookie), ("X-CSRF-Token", session.csrf)] }
                    let begin = Date()
                    do {
                        let answer = try BenchClient.send(host: host, port: port, method: "POST", path: record ? "/api/v1/examinations" : "/api/v1/check", headers: headers, body: form.body)
                        let elapsed = Date().timeIntervalSince(begin)
                        let expected = record ? 201 : 200
                        if answer.status == expected {
                            collector.add(latency: elapsed, recorded: record ? 1 : 0, error: nil)
                        } else {
                            collector.add(latency: elapsed, recorded: 0, error: "\(upload.name): \(answer.status) \(String(decoding: answer.body.prefix(200), as: UTF8.self))")
                        }
                    } catch {
                        collector.add(latency: Date().timeIntervalSince(begin), recorded: 0, error: "\(upload.name): \(error)")
                    }
                    index += clients
                }
                group.leave()
            }
            thread.stackSize = 1 << 20
            group.enter()
            thread.start()
        }
        group.wait()
        return collector.result(seconds: Date().timeIntervalSince(started))
    }

    private func signIn() throws(ServiceError) -> (cookie: String, csrf: String) {
        let body = Array("name=\(account.name)&password=\(account.password.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")".utf8)
        let answer: BenchClient.Answer
        do {
            answer = try BenchClient.send(host: host, port: port, method: "POST", path: "/api/v1/session", headers: [("Content-Type", "application/x-www-form-urlencoded")], body: body)
        } catch { throw ServiceError("bench.sign-in", error.description) }
        guard answer.status == 200,
            let object = try? JSONSerialization.jsonObject(with: Data(answer.body)) as? [String: Any], let csrf = object["csrf_token"] as? String
        else { throw ServiceError("bench.sign-in", "signing in answered \(answer.status)") }
        let cookie = answer.headers.filter { $0.0 == "set-cookie" }.compactMap { $0.1.split(separator: ";").first.map(String.init) }.joined(separator: "; ")
        return (cookie, csrf)
    }

    private final class Collector: @unchecked Sendable {
        private let lock = NSLock()
        private var latencies: [Double] = []
        private var errors = 0
        private var recorded = 0
        private var samples: [String] = []

        func add(latency: Double, recorded: Int, error: String?) {
            lock.withLock {
                latencies.append(latency)
                self.recorded += recorded
                if let error {
                    errors += 1
                    if samples.count < 5 { samples.append(error) }
                }
            }
        }

        func result(seconds: Double) -> Result {
            lock.withLock {
                Result(seconds: seconds, requests: latencies.count, errors: errors, latencies: latencies.sorted(), recorded: recorded, errorSamples: samples)
            }
        }
    }
}
