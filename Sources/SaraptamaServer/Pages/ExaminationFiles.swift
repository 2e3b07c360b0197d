import Foundation
import Saraptama
import SaraptamaRegistry

/// An examination's stored copy and the conclusion drawn from it, rendered again from the copy
/// with the engine that is running (the registry keeps the document, not the report).
enum ExaminationFiles {
    static func copy(_ context: RequestContext, id: String, service: Service) throws(RegistryError) -> HTTPResponse {
        guard let (examination, bytes) = try stored(id, service: service) else {
            return Layout.error(context, status: 404, message: context.t("error.notFound"), back: "/examinations")
        }
        let name = safeDownloadName(examination.sourceFile ?? "document")
        return HTTPResponse(status: 200, contentType: "application/octet-stream", body: bytes, headers: [("Content-Disposition", "attachment; filename=\"\(name)\"")])
    }

    static func conclusion(_ context: RequestContext, id: String, service: Service) throws(RegistryError) -> HTTPResponse {
        guard let (examination, bytes) = try stored(id, service: service) else {
            return Layout.error(context, status: 404, message: context.t("error.notFound"), back: "/examinations")
        }
        let file = UploadedFile(field: "file", name: examination.sourceFile ?? "document.yaml", contentType: nil, bytes: bytes)
        do {
            let report = try service.checker.check([file], language: context.language)
            return .html(HTMLConclusion.render(report, options: RenderOptions(today: CalendarDay.format(examination.concluded))))
        } catch {
            return PageRoutes.checkFailure(context, error, service: service, back: "/examinations/\(id)")
        }
    }

    private static func stored(_ id: String, service: Service) throws(RegistryError) -> (Examination, [UInt8])? {
        guard let number = Int64(id) else { return nil }
        return try service.registry.with { registry throws(RegistryError) in
            guard let examination = try registry.examination(id: number), let hash = examination.documentSHA256,
                let bytes = try registry.documentCopy(sha256: hash)
            else { return nil }
            return (examination, bytes)
        }
    }

    /// A file name for Content-Disposition: letters, digits, dot, dash and underscore only.
    static func safeDownloadName(_ name: String) -> String {
        let last = name.split(separator: "/").last.map(String.init) ?? "document"
        let kept = String(last.unicodeScalars.map { scalar in
            CharacterSet.alphanumerics.contains(scalar) && scalar.isASCII || ".-_".unicodeScalars.contains(scalar) ? Character(scalar) : "_"
        })
        return kept.isEmpty ? "document" : kept
    }
}
