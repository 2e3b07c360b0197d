import Foundation
import Saraptama
import SaraptamaRegistry

/// The HTML pages: maps each request to a page, checking the CSRF token of every form post
/// and the session and role of every expert page.
enum PageRoutes {
    static func route(_ context: RequestContext, service: Service) -> HTTPResponse {
        let request = context.request
        if let refusal = request.refusal {
            let (status, key, _) = service.refusalKey(refusal)
            return Layout.error(context, status: status, message: context.t(key, service.limitValues))
        }
        if request.method == "POST", !service.csrf.verify(request.field("csrf_token"), visitor: context.newVisitor ? nil : context.visitor) {
            return Layout.error(context, status: 403, message: context.t("error.csrf"))
        }
        let route = Route(method: request.method, path: request.path)
        if route.match("GET", "") != nil { return CheckPages.form(context, limits: service.configuration.limits) }
        if route.match("POST", "check") != nil { return check(context, service: service) }
        if route.match("GET", "signin") != nil { return AccountPages.signIn(context, failed: false) }
        if route.match("POST", "signin") != nil { return AccountPages.signIn(context, service: service) }
        if route.match("POST", "signout") != nil {
            service.sessions.close(context.sessionToken)
            return .redirect("/", headers: [("Set-Cookie", context.cookie(RequestContext.sessionCookie, "", maxAge: 0))])
        }
        if route.parts.first == "examinations" || route.parts == ["statistics"] {
            guard let session = context.session else { return .redirect("/signin") }
            return ExaminationPages.route(context, session: session, route: route, service: service)
        }
        return Layout.error(context, status: 404, message: context.t("error.notFound"))
    }

    private static func check(_ context: RequestContext, service: Service) -> HTTPResponse {
        do {
            let report = try service.checker.check(context.request.files.filter { !$0.name.isEmpty || !$0.bytes.isEmpty }, language: context.language)
            return CheckPages.result(context, report: report, today: service.today, ruleSetDirectory: service.checker.engine.ruleSet.directory)
        } catch {
            return checkFailure(context, error, service: service)
        }
    }

    static func checkFailure(_ context: RequestContext, _ failure: UploadCheck.Failure, service: Service, back: String = "/") -> HTTPResponse {
        switch failure {
        case .noFile: Layout.error(context, status: 400, message: context.t("error.noFile"), back: back)
        case .unsupported(let name): Layout.error(context, status: 415, message: context.t("error.unsupported", ["name": name]), back: back)
        case .busy: Layout.error(context, status: 503, message: context.t("error.busy"), back: back)
        }
    }
}
