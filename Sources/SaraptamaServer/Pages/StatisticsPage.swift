import Foundation
import Saraptama
import SaraptamaRegistry

/// The throughput dashboard: the same figures and charts as `saraptama stats --format html`
/// (its page's body and style, inside the service's frame), with filters by year, kind, body.
enum StatisticsPage {
    static func statistics(_ query: [String: String], service: Service) throws(RegistryError) -> Statistics {
        var filter = StatisticsQuery()
        if let year = query["year"].flatMap(Int64.init) {
            filter.from = CalendarDay.parse("\(year)-01-01")
            filter.to = CalendarDay.parse("\(year)-12-31")
        }
        if let kind = query["kind"], !kind.isEmpty {
            filter.kind = DocumentKind(rawValue: kind) ?? DocumentKind.allCases.first { $0.abbreviation == kind.uppercased() }
        }
        if let body = query["body"], !body.isEmpty { filter.body = body }
        let calendar = try WorkingCalendarParser.load(path: service.calendarPath)
        let examinations = try service.registry.with { registry throws(RegistryError) in try registry.examinations() }
        return Statistics.compute(examinations, query: filter, calendar: calendar)
    }

    static func render(_ context: RequestContext, service: Service) throws(RegistryError) -> HTTPResponse {
        let e = Escape.html
        let query = context.request.query
        let page = StatisticsHTML.render(try statistics(query, service: service), language: context.language)
        let style = between(page, "<style>", "</style>") ?? ""
        var content = between(page, "<body>", "</body>") ?? ""
        // The dashboard's own heading gives way to the frame's.
        if let end = content.range(of: "</h1>") { content = String(content[end.upperBound...]) }
        var body = "<style>\(style)</style><form method=\"get\" action=\"/statistics\">"
        body += "<label for=\"s-year\">\(context.t("exams.year"))</label><input id=\"s-year\" name=\"year\" inputmode=\"numeric\" value=\"\(e(query["year"] ?? ""))\">"
        body += "<label for=\"s-kind\">\(context.t("exams.kind"))</label><select id=\"s-kind\" name=\"kind\"><option value=\"\">\(context.t("exams.any"))</option>"
        body += DocumentKind.allCases.map { "<option value=\"\($0.rawValue)\"\(query["kind"] == $0.rawValue ? " selected" : "")>\($0.abbreviation)</option>" }.joined() + "</select>"
        body += "<label for=\"s-body\">\(context.t("exams.body"))</label><input id=\"s-body\" name=\"body\" value=\"\(e(query["body"] ?? ""))\">"
        body += "<p><button type=\"submit\">\(context.t("exams.apply"))</button></p></form><div id=\"dashboard\" lang=\"en\">\(content)</div>"
        return Layout.page(context, title: context.t("stats.title"), body: body)
    }

    private static func between(_ text: String, _ start: String, _ end: String) -> String? {
        guard let from = text.range(of: start), let to = text.range(of: end, range: from.upperBound..<text.endIndex) else { return nil }
        return String(text[from.upperBound..<to.lowerBound])
    }
}
