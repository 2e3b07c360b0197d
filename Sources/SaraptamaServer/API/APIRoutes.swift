import Foundation
import Saraptama
import SaraptamaRegistry

/// `/api/v1/`: the same operations as the pages, in JSON (described by `OpenAPIDocument`).
/// Checking is open; the registry needs a session, and every change the CSRF token in the
/// `X-CSRF-Token` header.
enum APIRoutes {
    static func route(_ context: RequestContext, service: Service) -> HTTPResponse {
        let request = context.request
        guard request.path.hasPrefix("/api/v1/") else { return error(404, "api.not-found", "no such endpoint") }
        if let refusal = request.refusal {
            let (status, key, code) = service.refusalKey(refusal)
            return error(status, code, PageText.get(key, .en, service.limitValues))
        }
        let route = Route(method: request.method, path: request.path, dropping: "/api/v1")
        if route.match("GET", "openapi.json") != nil { return .json(OpenAPIDocument.json) }
        if route.match("POST", "check") != nil { return check(context, service: service) }
        if route.match("POST", "session") != nil { return signIn(context, service: service) }
        guard ["session", "examinations", "statistics"].contains(route.parts.first ?? "") else {
            return error(404, "api.not-found", "no such endpoint: \(request.method) \(request.path)")
        }
        guard let session = context.session else { return error(401, "api.no-session", "sign in first: POST /api/v1/session") }
        if request.method != "GET", !service.csrf.verify(request.header("x-csrf-token"), visitor: context.newVisitor ? nil : context.visitor) {
            return error(403, "api.csrf", "the X-CSRF-Token header is missing or does not match the session")
        }
        return registry(context, session: session, route: route, service: service)
    }

    static func error(_ status: Int, _ code: String, _ message: String) -> HTTPResponse {
        .json(JSONValue.object([("error", .object([("code", .string(code)), ("message", .string(message))]))]).text() + "\n", status: status)
    }

    static func checkError(_ failure: UploadCheck.Failure) -> HTTPResponse {
        switch failure {
        case .noFile: error(400, "api.no-file", "send at least one file in the multipart field 'file'")
        case .unsupported(let name): error(415, "api.unsupported-type", "'\(name)' is not DOCX, Markdown, YAML or JSON")
        case .busy: error(503, "api.busy", "every check slot is taken; retry later")
        }
    }

    private static func check(_ context: RequestContext, service: Service) -> HTTPResponse {
        do {
            let report = try service.checker.check(context.request.files, language: context.language)
            return .json(JSONReport.render(report, options: RenderOptions(today: service.today)))
        } catch {
            return checkError(error)
        }
    }

    private static func signIn(_ context: RequestContext, service: Service) -> HTTPResponse {
        guard let account = AccountPages.authenticate(context.request.field("name"), context.request.field("password"), service: service) else {
            return error(401, "api.wrong-credentials", "wrong user name or password")
        }
        let token = service.sessions.open(account: account.name, role: account.role)
        let body = JSONValue.object([("account", .string(account.name)), ("role", .string(account.role.rawValue)), ("csrf_token", .string(context.csrfToken))])
        return context.finish(.json(body.text() + "\n").adding("Set-Cookie", context.cookie(RequestContext.sessionCookie, token)))
    }

    private static func registry(_ context: RequestContext, session: SessionStore.Session, route: Route, service: Service) -> HTTPResponse {
        let request = context.request
        do {
            if route.match("DELETE", "session") != nil {
                service.sessions.close(context.sessionToken)
                return .json("{\"ok\": true}\n")
            }
            if route.match("GET", "examinations") != nil {
                let rows = try ExaminationPages.filtered(request.query, service: service)
                return .json(JSONValue.object([("examinations", .array(rows.map { APIJSON.examination($0.0, intake: $0.1, findings: false) }))]).text() + "\n")
            }
            if route.match("POST", "examinations") != nil {
                guard session.role.mayRecord else { return error(403, "api.forbidden", "a viewer cannot record examinations") }
                let received = request.field("received").flatMap { $0.isEmpty ? nil : CalendarDay.parse($0) }
                if let text = request.field("received"), !text.isEmpty, received == nil { return error(400, "api.bad-date", "received must be YYYY-MM-DD") }
                let round = request.field("round").flatMap(Int.init)
                do {
                    let stored = try service.record(request.files, context: context, incoming: request.field("incoming_number"), received: received, round: round)
                    let intake = Intake(incomingNumber: request.field("incoming_number"), recordedBy: session.account)
                    return .json(JSONValue.object([("examinations", .array(stored.map { APIJSON.examination($0, intake: intake, findings: true) }))]).text() + "\n", status: 201)
                } catch {
                    switch error {
                    case .check(let failure): return checkError(failure)
                    case .notRecorded(let message): return APIRoutes.error(422, "api.not-recorded", message)
                    }
                }
            }
            if let id = route.match("GET", "examinations/*")?.first {
                guard let number = Int64(id), let found = try service.registry.with({ registry throws(RegistryError) -> (Examination, Intake?, [Examination])? in
                    guard let examination = try registry.examination(id: number) else { return nil }
                    return (examination, try registry.intake(examinationID: number), try registry.rounds(of: examination.documentID))
                }) else { return error(404, "api.not-found", "no examination \(id)") }
                return .json(APIJSON.detail(found.0, intake: found.1, rounds: found.2).text() + "\n")
            }
            if let id = route.match("POST", "examinations/*/approve")?.first {
                guard session.role.mayApprove else { return error(403, "api.forbidden", "only a head of department approves conclusions") }
                guard let number = Int64(id), try service.registry.with({ registry throws(RegistryError) in try registry.examination(id: number) }) != nil else {
                    return error(404, "api.not-found", "no examination \(id)")
                }
                try service.registry.with { registry throws(RegistryError) in try registry.approve(examinationID: number, by: session.account) }
                return .json("{\"ok\": true}\n")
            }
            if route.match("GET", "statistics") != nil {
                return .json(StatisticsJSON.render(try StatisticsPage.statistics(request.query, service: service)))
            }
            return error(404, "api.not-found", "no such endpoint")
        } catch {
            return APIRoutes.error(500, "api.registry", error.message)
        }
    }
}

/// Examinations as the API writes them.
enum APIJSON {
    static func examination(_ examination: Examination, intake: Intake?, findings: Bool) -> JSONValue {
        func text(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
        var members: [(String, JSONValue)] = [
            ("id", .int(examination.id ?? 0)), ("document_id", .string(examination.documentID)), ("kind", .string(examination.kind.rawValue)),
            ("title", text(examination.title)), ("state_body_id", text(examination.stateBodyID)), ("round", .int(Int64(examination.round ?? 1))),
            ("received", .string(CalendarDay.format(examination.received))), ("concluded", .string(CalendarDay.format(examination.concluded))),
            ("verdict", .string(examination.verdict.rawValue)),
            ("counts", .object([("errors", .int(Int64(examination.counts.errors))), ("warnings", .int(Int64(examination.counts.warnings))), ("infos", .int(Int64(examination.counts.infos)))])),
            ("incoming_number", text(intake?.incomingNumber)), ("recorded_by", text(intake?.recordedBy)), ("approved_by", text(intake?.approvedBy)),
            ("document_sha256", text(examination.documentSHA256)),
        ]
        if findings { members.append(("findings", .array(examination.findings.map(finding)))) }
        return .object(members)
    }

    static func finding(_ finding: RecordedFinding) -> JSONValue {
        func text(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
        return .object([
            ("rule_id", .string(finding.ruleID)), ("pack", text(finding.pack)), ("severity", .string(finding.severity.rawValue)),
            ("path", text(finding.path)), ("fingerprint", text(finding.fingerprint)),
        ])
    }

    static func detail(_ examination: Examination, intake: Intake?, rounds: [Examination]) -> JSONValue {
        let compared = RoundView.compare(rounds.sorted { ($0.round ?? 0) < ($1.round ?? 0) })
        return .object([
            ("examination", self.examination(examination, intake: intake, findings: true)),
            ("rounds", .array(compared.map { comparison in
                func of(_ status: String) -> JSONValue { .array(comparison.lines.filter { $0.0 == status }.map { finding($0.1) }) }
                return .object([
                    ("round", .int(Int64(comparison.examination.round ?? 1))), ("examination_id", .int(comparison.examination.id ?? 0)),
                    ("new", of("new")), ("open", of("open")), ("resolved", of("resolved")),
                ])
            })),
        ])
    }
}
