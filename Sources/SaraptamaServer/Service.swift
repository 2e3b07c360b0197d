import Foundation
import Saraptama
import SaraptamaRegistry

/// `saraptama serve`: one engine loaded at start and shared by every request, the registry,
/// the sessions, and the HTTP daemon that hands requests to `route`.
public final class Service: @unchecked Sendable {
    let configuration: ServiceConfiguration
    let checker: UploadCheck
    let registry: RegistryGate
    let sessions: SessionStore
    let csrf: CSRFTokens
    let calendarPath: String
    private var daemon: HTTPDaemon?

    /// The port listened on.
    public var port: Int { daemon?.port ?? 0 }

    /// Starts serving with an engine the caller loaded (the CLI loads it and reports rule-set
    /// problems the way `check` does).
    public init(configuration: ServiceConfiguration, engine: Engine) throws(ServiceError) {
        self.configuration = configuration
        checker = UploadCheck(engine: engine, slots: DispatchSemaphore(value: configuration.limits.concurrentChecks), waitSeconds: configuration.limits.checkWaitSeconds)
        do { registry = try RegistryGate(path: configuration.registry) } catch {
            throw ServiceError("serve.registry", error.description)
        }
        sessions = SessionStore(minutes: configuration.sessionMinutes, registry: registry)
        do {
            csrf = CSRFTokens(key: try registry.with { registry throws(RegistryError) in try registry.serviceKey("csrf") { PasswordHash.randomBytes(32) } })
        } catch {
            throw ServiceError("serve.registry", error.description)
        }
        calendarPath = engine.ruleSet.directory + "/" + WorkingCalendarParser.defaultRelativePath
        daemon = try HTTPDaemon(host: configuration.host, port: configuration.port, limits: configuration.limits) { [unowned self] request in
            self.handle(request)
        }
    }

    /// Stops listening after the requests under way are answered.
    public func stop() {
        daemon?.stop()
        daemon = nil
    }

    // The daemon's threads reach `self` unowned: stop them (MHD waits for them) before it goes.
    deinit { stop() }

    func handle(_ request: HTTPRequest) -> HTTPResponse {
        var context = RequestContext(request, sessions: sessions, csrf: csrf, secureCookies: configuration.secureCookies)
        // A disabled account's sessions end at its next request.
        if let session = context.session {
            let account = try? registry.with { registry throws(RegistryError) in try registry.account(named: session.account) }
            if account == nil || account!.disabled {
                sessions.closeAll(account: session.account)
                context.session = nil
            }
        }
        if request.path.hasPrefix("/api/") { return APIRoutes.route(context, service: self) }
        return PageRoutes.route(context, service: self)
    }

    /// Today, as the conclusion's date.
    var today: String { CalendarDay.format(RegistryClock.today()) }

    /// Why an upload was refused while its body was read, as a page word key.
    func refusalKey(_ refusal: BodyRefusal) -> (status: Int, key: String, code: String) {
        switch refusal {
        case .tooLarge: (413, "error.tooLarge", "upload.too-large")
        case .tooManyFiles: (413, "error.tooMany", "upload.too-many-files")
        case .malformed: (400, "error.malformed", "upload.malformed")
        }
    }

    var limitValues: [String: String] {
        ["mb": String(configuration.limits.maximumUploadBytes / (1024 * 1024)), "files": String(configuration.limits.maximumFiles)]
    }

    /// Checks the uploaded files and, for an expert, records each document with a conclusion.
    func record(_ files: [UploadedFile], context: RequestContext, incoming: String?, received: Int64?, round: Int?) throws(RecordFailure) -> [Examination] {
        let report: ReviewedReport
        do { report = try checker.check(files, language: context.language) } catch { throw .check(error) }
        let ruleSet = checker.engine.ruleSet
        let stamp = RuleSetStamp(name: ruleSet.name, version: ruleSet.version, hash: ruleSet.hash)
        var stored: [Examination] = []
        for document in report.documents {
            let today = RegistryClock.today()
            guard var examination = Examination(
                result: document.result, ruleSet: stamp, engineVersion: SaraptamaVersion.current, received: received, concluded: max(today, received ?? today),
                origin: .check)
            else {
                throw .notRecorded(document.result.header == nil ? "\(document.result.file): the document did not load" : "\(document.result.file): the document could not be fully checked (inconclusive)")
            }
            examination.round = round
            examination.sourceFile = document.result.file
            // The copy is the uploaded file the document was read from (named as in the report).
            let copy = files.first { (try? UploadCheck.displayName($0.name)) == document.result.file }?.bytes
            do {
                let intake = Intake(incomingNumber: incoming, recordedBy: context.session?.account)
                stored.append(try registry.with { registry throws(RegistryError) in try registry.record(examination, copy: copy, intake: intake) })
            } catch {
                throw .notRecorded(error.message)
            }
        }
        return stored
    }

    enum RecordFailure: Error {
        case check(UploadCheck.Failure)
        case notRecorded(String)
    }
}
