extension Severity {
    /// The severity as the reports name it in `language` («ошибка», «қате», "error").
    public func name(_ language: Language) -> String { ReportLabels(language: language).severity(self) }
}

extension DocumentKind {
    /// The kind's abbreviation in `language`: ТЗ / ИП / ФЭО, ТТ / ИҰ / ҚЭН, TA / IP / FEJ.
    public func abbreviation(_ language: Language) -> String {
        switch (self, language) {
        case (.technicalAssignment, .ru): "ТЗ"
        case (.technicalAssignment, .kk): "ТТ"
        case (.technicalAssignment, .en): "TA"
        case (.investmentProposal, .ru): "ИП"
        case (.investmentProposal, .kk): "ИҰ"
        case (.investmentProposal, .en): "IP"
        case (.feasibilityStudy, .ru): "ФЭО"
        case (.feasibilityStudy, .kk): "ҚЭН"
        case (.feasibilityStudy, .en): "FEJ"
        }
    }
}
