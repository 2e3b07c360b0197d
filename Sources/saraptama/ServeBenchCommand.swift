import Foundation
import Saraptama
import SaraptamaRegistry
import SaraptamaServer

/// `saraptama bench --serve`: the load benchmark of the service. Starts `saraptama serve` as a
/// child process on a fresh registry, runs N concurrent clients uploading the shipped cases for
/// a fixed time, and prints requests/s, latency percentiles, errors, the server's peak RSS, and
/// the registry rows written against those the server confirmed.
enum ServeBenchCommand {
    static let usage = """
        USAGE: saraptama bench --serve [--clients N] [--seconds N] [--cases DIR] [--rules DIR] [--concurrent-checks N]

        Load benchmark of 'saraptama serve' (build in release mode first). Every client alternately checks
        (POST /api/v1/check) and records (POST /api/v1/examinations) one of the shipped cases that load and
        reach a conclusion. Errors (any other answer) must be 0 and the registry must hold exactly the rows
        the server confirmed; the exit code is 1 otherwise.

        OPTIONS:
          --clients N            concurrent clients (default 32)
          --seconds N            how long to run (default 60)
          --cases DIR            the cases folder (default ./Cases)
          --rules DIR            rule set (default: $SARAPTAMA_RULES, else ./Rules)
          --concurrent-checks N  the server's check slots (default: its default, the cores)
        """

    static func run(_ argv: [String]) throws(ExitRequest) -> ExitCode {
        let arguments: Arguments
        do { arguments = try Arguments(argv, options: ["--clients", "--seconds", "--cases", "--concurrent-checks"] + RuleSetOptions.names, flags: ["--help", "-h"]) } catch {
            throw usageFailure(error.message, usage: usage)
        }
        if arguments.has("--help") || arguments.has("-h") { Console.out(usage + "\n"); return .success }
        let clients = Int(arguments.value("--clients") ?? "32") ?? 0
        let seconds = Double(arguments.value("--seconds") ?? "60") ?? 0
        guard clients > 0, seconds > 0 else { throw usageFailure(CLIMessages.text("serveBench.positive"), usage: usage) }
        let rules = RuleSetOptions.directory(arguments)
        let uploads = try shippedCases(arguments.value("--cases") ?? "Cases", arguments: arguments)
        guard !uploads.isEmpty else { throw usageFailure(CLIMessages.text("serveBench.noCase"), usage: usage) }

        let folder = NSTemporaryDirectory() + "saraptama-bench-serve-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let registryPath = folder + "/bench.db"
        let password = "bench-" + UUID().uuidString
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let registry = try Registry(path: registryPath)
            try registry.addAccount(name: "bench", role: .expert, passwordHash: PasswordHash.make(password) ?? "")
            var config = "serve:\n  check_wait_seconds: 600\n  request_timeout_seconds: 600\n"
            if let slots = arguments.value("--concurrent-checks") { config += "  concurrent_checks: \(slots)\n" }
            try config.write(toFile: folder + "/saraptama.yaml", atomically: true, encoding: .utf8)
        } catch {
            Console.err("saraptama: error: " + CLIMessages.text("serveBench.prepare", ["reason": "\(error)"]))
            return .error
        }

        let server = Process()
        server.executableURL = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
        server.arguments = ["serve", "--config", folder + "/saraptama.yaml", "--port", "0", "--rules", rules, "--registry", registryPath]
        let output = Pipe()
        server.standardOutput = output
        do { try server.run() } catch {
            Console.err("saraptama: error: " + CLIMessages.text("serveBench.start", ["reason": "\(error)"]))
            return .error
        }
        defer {
            if server.isRunning { server.terminate() }
            server.waitUntilExit()
        }
        let line = String(decoding: readLine(output.fileHandleForReading), as: UTF8.self)
        guard let port = line.split(separator: ":").last.flatMap({ Int($0.trimmingCharacters(in: CharacterSet(charactersIn: "/\n"))) }) else {
            Console.err("saraptama: error: " + CLIMessages.text("serveBench.didNotStart", ["line": line]))
            return .error
        }
        Console.err("saraptama: " + CLIMessages.text("serveBench.running", ["pid": String(server.processIdentifier), "port": String(port), "clients": CLIMessages.counted(clients, CLIMessages.client), "seconds": String(Int(seconds)), "cases": CLIMessages.counted(uploads.count, CLIMessages.testCase)]))
        let benchmark = LoadBenchmark(host: "127.0.0.1", port: port, uploads: uploads, clients: clients, seconds: seconds, account: ("bench", password))
        let result: LoadBenchmark.Result
        do { result = try benchmark.run() } catch {
            Console.err("saraptama: \(error.description)")
            return .error
        }
        let peak = peakRSS(of: server.processIdentifier)
        server.terminate()
        server.waitUntilExit()
        let rows = (try? Registry(path: registryPath, create: false).counts().examinations) ?? -1
        func ms(_ value: Double) -> String { String(format: "%.1f ms", value * 1000) }
        Console.out("""
            clients            \(clients)
            duration           \(String(format: "%.1f", result.seconds)) s
            requests           \(result.requests) (\(result.requests - result.recorded - result.errors) checks, \(result.recorded) recordings)
            requests/s         \(String(format: "%.1f", Double(result.requests) / result.seconds))
            latency p50        \(ms(result.percentile(0.50)))
            latency p95        \(ms(result.percentile(0.95)))
            latency p99        \(ms(result.percentile(0.99)))
            errors             \(result.errors)
            server peak RSS    \(peak.map { String(format: "%.1f MiB", Double($0) / 1024) } ?? "unknown")
            registry rows      \(rows) written, \(result.recorded) expected

            """)
        for sample in result.errorSamples { Console.err("saraptama: " + CLIMessages.text("serveBench.errorSample", ["sample": sample])) }
        return result.errors == 0 && rows == result.recorded ? .success : .findings
    }

    /// The shipped single-document cases that load and reach a conclusion (so that recording
    /// them must succeed).
    private static func shippedCases(_ directory: String, arguments: Arguments) throws(ExitRequest) -> [LoadBenchmark.Upload] {
        let ruleSet = try RuleSetOptions.load(arguments)
        let engine = Engine(ruleSet: ruleSet, architectures: try RuleSetOptions.architectures(arguments, ruleSet: ruleSet))
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
        var uploads: [LoadBenchmark.Upload] = []
        for name in names {
            for file in ["document.yaml", "document.md"] {
                let path = directory + "/" + name + "/" + file
                guard let data = FileManager.default.contents(atPath: path) else { continue }
                guard case .loaded(let document) = DocumentLoader.load(bytes: Array(data), path: path, tables: ruleSet.tables),
                    engine.check(document, language: .ru).verdict != .inconclusive
                else { continue }
                uploads.append(LoadBenchmark.Upload(name: "\(name)-\(file)", bytes: Array(data)))
            }
        }
        return uploads
    }

    private static func readLine(_ handle: FileHandle) -> [UInt8] {
        var line: [UInt8] = []
        while true {
            let byte = handle.readData(ofLength: 1)
            guard let first = byte.first, first != 10 else { return line }
            line.append(first)
        }
    }

    /// VmHWM of a process, in KiB.
    private static func peakRSS(of pid: Int32) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ").dropFirst().first ?? "")
        }
        return nil
    }
}
