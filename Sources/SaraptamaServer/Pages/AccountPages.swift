import Foundation
import Saraptama
import SaraptamaRegistry

/// Signing in: the form, and checking the password against the account's Argon2id hash.
enum AccountPages {
    static func signIn(_ context: RequestContext, failed: Bool) -> HTTPResponse {
        var body = failed ? "<div class=\"notice error\" role=\"alert\" id=\"signin-failed\"><p>\(context.t("signin.failed"))</p></div>" : ""
        body += """
            <form method="post" action="/signin">
            \(Layout.csrfField(context))
            <label for="name">\(context.t("signin.name"))</label>
            <input id="name" name="name" autocomplete="username" required>
            <label for="password">\(context.t("signin.password"))</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required>
            <p><button type="submit">\(context.t("signin.submit"))</button></p>
            </form>
            """
        return Layout.page(context, title: context.t("signin.title"), body: body, status: failed ? 401 : 200)
    }

    static func signIn(_ context: RequestContext, service: Service) -> HTTPResponse {
        guard let account = authenticate(context.request.field("name"), context.request.field("password"), service: service) else {
            return signIn(context, failed: true)
        }
        let token = service.sessions.open(account: account.name, role: account.role)
        return context.finish(.redirect("/examinations", headers: [("Set-Cookie", context.cookie(RequestContext.sessionCookie, token))]))
    }

    /// The enabled account whose password this is; nil otherwise (without saying which part was wrong).
    static func authenticate(_ name: String?, _ password: String?, service: Service) -> Account? {
        guard let name, let password, !name.isEmpty, password.utf8.count <= 1024 else { return nil }
        guard let account = try? service.registry.with({ registry throws(RegistryError) in try registry.account(named: name) }), !account.disabled else {
            // Verify against a dummy hash anyway, so an unknown name takes as long as a wrong password.
            _ = PasswordHash.verify(password, hash: dummyHash)
            return nil
        }
        return PasswordHash.verify(password, hash: account.passwordHash) ? account : nil
    }

    private static let dummyHash = PasswordHash.make("saraptama-no-such-account") ?? ""
}
