/// The questions the service integrator's examination answers (Law 418-V art. 12 sub. 10;
/// NORMS.md §1), plus information security and budget, which the conclusion also covers. The
/// expert conclusion groups its remarks under them.
public enum ExaminationQuestion: String, Sendable, CaseIterable {
    case egovArchitecture = "egov_architecture"
    case approvedArchitecture = "approved_architecture"
    case eAkimatArchitecture = "e_akimat_architecture"
    case standardSolutions = "standard_solutions"
    case informationSecurity = "information_security"
    case budget
    /// Everything else the rules check: composition of the document, classification, lifecycle.
    case other

    /// The one table that maps rules to questions: a rule's tags are tried first (in question
    /// order), then its pack. Adding a pack or a tag to the rule set means adding it here.
    static let table: [(question: ExaminationQuestion, tags: Set<String>, packs: Set<String>)] = [
        (.egovArchitecture, ["gateway", "master-data", "egov-architecture"], ["infrastructure", "data"]),
        (.approvedArchitecture, ["approved-architecture"], ["architecture"]),
        (.eAkimatArchitecture, ["e-akimat", "akimat"], ["akimat", "e_akimat"]),
        (.standardSolutions, ["standard-solutions"], ["standard_solutions"]),
        (.informationSecurity, ["security", "is-testing", "information-security"], ["security"]),
        (.budget, ["budget", "costs"], ["budget"]),
    ]

    /// The question a rule's findings answer.
    public static func of(pack: String, tags: [String]) -> ExaminationQuestion {
        for row in table where row.tags.contains(where: tags.contains) { return row.question }
        for row in table where row.packs.contains(pack) { return row.question }
        return .other
    }

    /// The question as the conclusion words it.
    public func title(_ language: Language) -> String {
        switch self {
        case .egovArchitecture:
            LocalizedText(
                ru: "Соответствие требованиям по развитию архитектуры «электронного правительства»",
                kk: "«Электрондық үкімет» сәулетін дамыту жөніндегі талаптарға сәйкестігі",
                en: "Compliance with the requirements for developing the e-government architecture")[language]
        case .approvedArchitecture:
            LocalizedText(
                ru: "Соответствие утвержденной архитектуре государственного органа",
                kk: "Мемлекеттік органның бекітілген сәулетіне сәйкестігі",
                en: "Compliance with the approved architecture of the state body")[language]
        case .eAkimatArchitecture:
            LocalizedText(
                ru: "Соответствие типовой архитектуре «электронного акимата»",
                kk: "«Электрондық әкімдіктің» үлгілік сәулетіне сәйкестігі",
                en: "Compliance with the typical architecture of the e-akimat")[language]
        case .standardSolutions:
            LocalizedText(
                ru: "Возможность использования типовых решений",
                kk: "Үлгілік шешімдерді пайдалану мүмкіндігі",
                en: "Possibility of using standard solutions")[language]
        case .informationSecurity:
            LocalizedText(
                ru: "Требования информационной безопасности",
                kk: "Ақпараттық қауіпсіздік талаптары",
                en: "Information security requirements")[language]
        case .budget:
            LocalizedText(
                ru: "Расчет затрат (бюджет)",
                kk: "Шығындар есебі (бюджет)",
                en: "Cost calculation (budget)")[language]
        case .other:
            LocalizedText(
                ru: "Иные требования (состав документа, классификация, жизненный цикл)",
                kk: "Өзге талаптар (құжат құрамы, сыныптау, өмірлік цикл)",
                en: "Other requirements (document composition, classification, lifecycle)")[language]
        }
    }
}
