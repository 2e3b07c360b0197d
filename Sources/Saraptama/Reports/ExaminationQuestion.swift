/// The questions the examination answers (the service integrator's examination of a TA, IP or FEJ:
/// the e-government architecture, the approved architecture of the state body, the typical
/// e-akimat architecture, standard solutions), plus information security and budget, which the
/// conclusion also covers. The rule set defines each (`questions.yaml`: title, kinds, which rules
/// answer it, what it needs); the engine reports each as examined or not.
public enum ExaminationQuestion: String, Sendable, CaseIterable, Codable {
    case egovArchitecture = "egov_architecture"
    case approvedArchitecture = "approved_architecture"
    case eAkimatArchitecture = "e_akimat_architecture"
    case standardSolutions = "standard_solutions"
    case informationSecurity = "information_security"
    case budget
    /// Everything else the rules check: composition of the document, classification, lifecycle.
    case other

    /// The title of `other`, for a rule set that defines no questions.
    static let otherTitle = LocalizedText(
        ru: "Иные требования (состав документа, классификация, жизненный цикл)",
        kk: "Өзге талаптар (құжат құрамы, сыныптау, өмірлік цикл)",
        en: "Other requirements (document composition, classification, lifecycle)")

}
