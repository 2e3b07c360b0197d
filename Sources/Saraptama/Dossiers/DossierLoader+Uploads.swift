import SaraptamaLoading

extension DossierLoader {
    /// A dossier of documents given as bytes (a web upload: no folder, no manifest): each is
    /// loaded under its `name`, which decides its format by extension and is shown in reports
    /// but never opened. The first document of each kind is a member; a second of a kind is
    /// checked on its own, as in a folder.
    /// `tables` are the rule set's table profiles (`RuleSet.tables`), for the prose documents.
    public static func load(uploads: [(name: String, bytes: [UInt8])], title: String? = nil, options: LoadOptions = LoadOptions(), tables: TableProfiles?) -> Dossier {
        var members: [Dossier.Member] = []
        var standalone: [Document] = []
        var failed: [DocumentResult] = []
        var problems: [Diagnostic] = []
        for upload in uploads {
            switch DocumentLoader.load(bytes: upload.bytes, path: upload.name, options: options, tables: tables) {
            case .failed(let result): failed.append(result)
            case .loaded(let document):
                if let first = members.first(where: { $0.document.header.kind == document.header.kind }) {
                    let kind = document.header.kind.abbreviation
                    problems.append(Dossier.duplicateKind(document, first: first.document, abbreviation: kind))
                    standalone.append(document)
                } else {
                    members.append(Dossier.Member(entry: upload.name, document: document))
                }
            }
        }
        if uploads.isEmpty { problems.append(Diagnostic(code: "dossier-empty", template: "dossier-empty.holds", file: "upload", mark: nil)) }
        return Dossier(
            path: "upload", manifest: nil, id: nil, title: title, route: Dossier.defaultRoute, members: Dossier.ordered(members),
            standalone: standalone, failed: failed, problems: problems)
    }
}
