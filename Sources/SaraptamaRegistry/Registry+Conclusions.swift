/// The issued conclusion kept with its examination: the Word document the expert was given to
/// sign (`check --record --output docx=PATH`), one per examination.
extension Registry {
    /// An issued conclusion as stored.
    public struct StoredConclusion: Sendable, Equatable {
        public let format: String
        public let number: String?
        public let content: [UInt8]
    }

    /// Keeps `content` (a .docx) as the conclusion of examination `id`, replacing an earlier one.
    public func storeConclusion(examinationID id: Int64, number: String?, content: [UInt8]) throws(RegistryError) {
        try mapErrors(file: path) {
            try connection.transaction(.immediate) {
                try connection.run(
                    "INSERT OR REPLACE INTO conclusions (examination_id, format, number, size, content) VALUES (?, 'docx', ?, ?, ?)",
                    [.integer(id), .text(number), .integer(Int64(content.count)), .blob(content)])
            }
        }
    }

    /// The conclusion issued for examination `id`, or nil when none was kept.
    public func conclusion(examinationID id: Int64) throws(RegistryError) -> StoredConclusion? {
        try mapErrors(file: path) {
            try connection.query("SELECT format, number, content FROM conclusions WHERE examination_id = ?", [.integer(id)]) { row throws(SQLiteError) in
                StoredConclusion(format: row.text(at: 0), number: row.optionalText(at: 1), content: row.blob(at: 2))
            }.first
        }
    }
}
