import SaraptamaLoading

/// The locator of a Markdown (or converted DOCX) document: line ranges of headings, paragraphs,
/// table rows and the header, each with its human label, searched by line.
public struct ProseLocator: PositionLocator {
    /// One labelled run of lines.
    struct Region: Sendable {
        let firstLine: Int
        let lastLine: Int
        /// The label of the lines themselves («§4.2 «…», ¶3»).
        let label: String
        /// The label of the section the lines are in, for blank lines after them.
        let section: String?
    }

    private let regions: [Region]
    /// Appended to every label (a DOCX says that line numbers are those of the converted text).
    private let suffix: String?

    init(regions: [Region], suffix: String? = nil) {
        self.regions = regions.sorted { $0.firstLine < $1.firstLine }
        self.suffix = suffix
    }

    /// The same regions with a note appended to every label.
    func noting(_ suffix: String) -> ProseLocator { ProseLocator(regions: regions, suffix: suffix) }

    public func locate(_ mark: Mark) -> String? {
        // The last region starting at or before the line.
        var low = 0
        var high = regions.count - 1
        var found: Region?
        while low <= high {
            let middle = (low + high) / 2
            if regions[middle].firstLine <= mark.line {
                found = regions[middle]
                low = middle + 1
            } else {
                high = middle - 1
            }
        }
        guard let found else { return nil }
        guard let label = mark.line <= found.lastLine ? found.label : found.section else { return nil }
        return suffix.map { "\(label); \($0)" } ?? label
    }
}
