import Foundation
import Saraptama
import SaraptamaRegistry

/// What a handler knows about the one asking: language, visitor id (for CSRF), session.
struct RequestContext {
    let request: HTTPRequest
    let language: Language
    let visitor: String
    /// True when the visitor id was made for this request and its cookie must be set.
    let newVisitor: Bool
    let sessionToken: String?
    var session: SessionStore.Session?
    let csrfToken: String
    let secureCookies: Bool

    static let visitorCookie = "sp_visitor"
    static let sessionCookie = "sp_session"
    static let languageCookie = "sp_lang"

    init(_ request: HTTPRequest, sessions: SessionStore, csrf: CSRFTokens, secureCookies: Bool) {
        self.request = request
        let cookies = request.cookies
        let asked = request.query["lang"] ?? request.field("lang")
        if let asked, let language = Language(rawValue: asked) {
            self.language = language
        } else if let saved = cookies[Self.languageCookie].flatMap(Language.init(rawValue:)) {
            language = saved
        } else {
            let accept = (request.header("accept-language") ?? "").lowercased()
            language = accept.hasPrefix("kk") ? .kk : accept.hasPrefix("en") ? .en : .ru
        }
        if let visitor = cookies[Self.visitorCookie], visitor.count == 64, visitor.allSatisfy(\.isHexDigit) {
            self.visitor = visitor
            newVisitor = false
        } else {
            visitor = Hex.encode(PasswordHash.randomBytes(32))
            newVisitor = true
        }
        sessionToken = cookies[Self.sessionCookie]
        session = sessions.session(sessionToken)
        csrfToken = csrf.token(for: visitor)
        self.secureCookies = secureCookies
    }

    /// A page word in this request's language, escaped for HTML.
    func t(_ key: String, _ values: [String: String] = [:]) -> String {
        Escape.html(PageText.get(key, language, values))
    }

    /// A `Set-Cookie` value: HttpOnly and SameSite=Strict always, Secure behind HTTPS.
    func cookie(_ name: String, _ value: String, maxAge: Int? = nil) -> String {
        var text = "\(name)=\(value); Path=/; HttpOnly; SameSite=Strict"
        if let maxAge { text += "; Max-Age=\(maxAge)" }
        if secureCookies { text += "; Secure" }
        return text
    }

    /// Adds the cookies this request needs to set (a new visitor id, a chosen language).
    func finish(_ response: HTTPResponse) -> HTTPResponse {
        var response = response
        if newVisitor { response.headers.append(("Set-Cookie", cookie(Self.visitorCookie, visitor))) }
        if request.query["lang"] != nil { response.headers.append(("Set-Cookie", cookie(Self.languageCookie, language.rawValue, maxAge: 31_536_000))) }
        return response
    }
}
