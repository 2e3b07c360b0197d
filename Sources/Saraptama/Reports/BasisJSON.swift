extension JSONValue {
    /// Basis entries as JSON: one object per edition, in the report's language, with the days
    /// each entry is the basis for (`null`: open).
    static func basis(_ entries: [RuleBasis], language: Language) -> JSONValue {
        .array(entries.map { entry in
            .object([
                ("edition", .string(entry.editionKey)),
                ("act", .string(entry.act[language])),
                ("edition_text", .optional(entry.edition?[language])),
                ("clause", .string(entry.clause[language])),
                ("confidence", .string(entry.confidence.rawValue)),
                ("note", .optional(entry.note)),
                ("valid_from", .optional(entry.validFrom.map(CalendarDay.format))),
                ("valid_until", .optional(entry.validUntil.map(CalendarDay.format))),
            ])
        })
    }
}
