import Saraptama

/// The frame of every page: language, skip link, navigation, main landmark. No script; the
/// pages work with the keyboard alone, and focus is always visible.
enum Layout {
    static func page(_ context: RequestContext, title: String, body: String, status: Int = 200) -> HTTPResponse {
        let language = context.language
        // After a form post the same address would post again: switch language on the front page.
        let path = context.request.method == "GET" ? Escape.html(context.request.path) : "/"
        var nav = "<li><a href=\"/\">\(context.t("nav.check"))</a></li>"
        if let session = context.session {
            nav += "<li><a href=\"/examinations\">\(context.t("nav.examinations"))</a></li>"
            nav += "<li><a href=\"/statistics\">\(context.t("nav.statistics"))</a></li>"
            nav += "<li><form method=\"post\" action=\"/signout\" class=\"inline\">\(csrfField(context))<button type=\"submit\">\(context.t("nav.signout")) (\(Escape.html(session.account)))</button></form></li>"
        } else {
            nav += "<li><a href=\"/signin\">\(context.t("nav.signin"))</a></li>"
        }
        let languages = Language.allCases.map { other in
            other == language
                ? "<li><span aria-current=\"true\" lang=\"\(other.rawValue)\">\(other.rawValue.uppercased())</span></li>"
                : "<li><a href=\"\(path)?lang=\(other.rawValue)\" lang=\"\(other.rawValue)\" hreflang=\"\(other.rawValue)\">\(other.rawValue.uppercased())</a></li>"
        }.joined()
        let html = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title) — \(context.t("app"))</title>
            <style>\(style)</style>
            </head>
            <body>
            <a class="skip" href="#main">\(context.t("skip"))</a>
            <header>
            <nav aria-label="\(context.t("app"))"><ul>\(nav)</ul></nav>
            <nav aria-label="\(context.t("nav.language"))"><ul class="languages">\(languages)</ul></nav>
            </header>
            <main id="main" tabindex="-1">
            <h1>\(title)</h1>
            \(body)
            </main>
            <footer><p>saraptama \(Escape.html(SaraptamaVersion.current))</p></footer>
            </body>
            </html>

            """
        return context.finish(.html(html, status: status))
    }

    static func csrfField(_ context: RequestContext) -> String {
        "<input type=\"hidden\" name=\"csrf_token\" value=\"\(context.csrfToken)\">"
    }

    /// A page that says what went wrong and how to go on; the server goes on.
    static func error(_ context: RequestContext, status: Int, message: String, back: String = "/") -> HTTPResponse {
        page(context, title: context.t("error.title"), body: """
            <div class="notice error" role="alert"><p>\(message)</p></div>
            <p><a href="\(Escape.html(back))">\(context.t("error.back"))</a></p>
            """, status: status)
    }

    // Contrast of at least 4.5:1 for text (WCAG 2.1 AA 1.4.3), a focus ring of 3px (2.4.7),
    // and verdict colours always with words (1.4.1).
    static let style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1a1a1a;background:#fff;line-height:1.5}
        header,main,footer{max-width:72rem;margin:0 auto;padding:0 1rem}
        header{display:flex;justify-content:space-between;flex-wrap:wrap;border-bottom:1px solid #8a8a8a}
        nav ul{list-style:none;display:flex;gap:1rem;padding:0;margin:.75rem 0;flex-wrap:wrap;align-items:center}
        a{color:#0b4f8a}
        a:focus,button:focus,input:focus,select:focus,main:focus{outline:3px solid #b35c00;outline-offset:2px}
        .skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;background:#fff;padding:.5rem}
        form.inline{display:inline}
        button{font:inherit;padding:.4rem 1rem;border:2px solid #0b4f8a;background:#0b4f8a;color:#fff;border-radius:4px;cursor:pointer}
        nav button{background:#fff;color:#0b4f8a}
        label,dt{display:block;font-weight:600;margin-top:.75rem}
        input,select{font:inherit;padding:.3rem;border:1px solid #555;border-radius:3px}
        .verdict{font-size:1.25rem;font-weight:700;padding:.5rem 1rem;border-left:6px solid}
        .verdict-positive{border-color:#1e6b2e;background:#eaf5ec}.verdict-negative{border-color:#a11b1b;background:#fbeaea}
        .verdict-inconclusive{border-color:#8a5a00;background:#fdf3e1}
        .notice{padding:.5rem 1rem;border-left:6px solid #8a5a00;background:#fdf3e1}.notice.error{border-color:#a11b1b;background:#fbeaea}
        table{border-collapse:collapse;margin:.5rem 0;width:100%}th,td{border:1px solid #8a8a8a;padding:.3rem .5rem;text-align:left;vertical-align:top}
        th{background:#eef1f4}
        .severity-error{color:#a11b1b;font-weight:700}.severity-warning{color:#8a5a00;font-weight:700}.severity-info{color:#444}
        .status-new{color:#a11b1b}.status-resolved{color:#1e6b2e}.status-open{color:#8a5a00}
        pre{white-space:pre-wrap;background:#f4f4f4;padding:.5rem}
        .rounds{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:1rem}
        """
}
