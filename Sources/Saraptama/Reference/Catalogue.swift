import SaraptamaExpressions
import SaraptamaLoading

/// One reference catalogue of `Rules/reference/` (reference databases, standard solutions,
/// classifier…), indexed once at load so that `lookup()` is a hash lookup.
public struct Catalogue: Sendable {
    public let name: String
    public let title: LocalizedText?
    /// Where the content comes from, as the file states it.
    public let provenance: String
    public let confidence: String
    public let entries: [Node]
    public let file: String
    let index: [LookupKey: [Value]]
    /// The keyword-stem index, when the catalogue declares `stems: field`.
    let stems: StemIndex?

    /// The catalogue with its keys also indexed in the other wording of `terms`.
    func addingVariants(_ terms: RenamedTerms) -> Catalogue {
        Catalogue(
            name: name, title: title, provenance: provenance, confidence: confidence, entries: entries, file: file,
            index: IndexSpec.addingVariants(to: index, terms: terms), stems: stems)
    }
}

/// All reference catalogues, by name.
public struct ReferenceData: Sendable {
    public let catalogues: [String: Catalogue]

    public init(catalogues: [String: Catalogue] = [:]) { self.catalogues = catalogues }

    public func lookup(catalogue: String, key: String) -> [Value] {
        catalogues[catalogue]?.index[LookupKey(key)] ?? []
    }

    public func stemLookup(catalogue: String, text: String) -> [Value] {
        catalogues[catalogue]?.stems?.entries(containedIn: text) ?? []
    }
}

/// The lookups of one document: reference data plus its state body's approved architecture.
struct DocumentLookups: LookupProvider {
    let reference: ReferenceData
    let architecture: Architecture?

    func lookup(catalogue: String, key: String) -> [Value] { reference.lookup(catalogue: catalogue, key: key) }

    func architectureLookup(index: String, key: String) -> [Value] {
        architecture?.indexes[index]?[LookupKey(key)] ?? []
    }

    func stemLookup(catalogue: String, text: String) -> [Value] { reference.stemLookup(catalogue: catalogue, text: text) }
}
