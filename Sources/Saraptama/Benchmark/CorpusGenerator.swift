/// Generates realistic synthetic documents for the benchmark: technical assignments, investment
/// proposals and FEJs of the Ministry of Healthcare (`mz`, whose approved architecture ships in
/// `Rules/architectures/`), 10–15 KB of YAML each, in the documented schema (Rules/documents.md),
/// with a share of them carrying the violations the rules look for (a missing GOST section, an IIN
/// kept as own data, a direct integration, a long trial operation, a budget that does not add up).
public struct CorpusGenerator: Sendable {
    public let seed: UInt64
    /// The share of documents with injected violations.
    public let violationShare: Double

    public init(seed: UInt64 = 42, violationShare: Double = 0.3) {
        self.seed = seed
        self.violationShare = violationShare
    }

    /// Document number `index` of the corpus; the same (seed, index) always gives the same text.
    public func document(_ index: Int) -> String {
        var random = SeededRandom(seed: seed &+ UInt64(index) &* 0x2545_F491_4F6C_DD1D)
        let faulty = random.chance(violationShare)
        let kind = random.pick(["technical_assignment", "technical_assignment", "technical_assignment", "investment_proposal", "feasibility_study"])
        let year = random.int(2022...2025)
        var out = Text()
        out.line("kind: \(kind)")
        out.line("id: \"BENCH-\(year)-\(index)\"")
        out.line("title: \"\(random.pick(Pool.titles)) № \(index)\"")
        out.line("state_body: {id: mz, name: \"Министерство здравоохранения Республики Казахстан\"}")
        out.line("object: {name: \"ИС «\(random.pick(Pool.systems))»\", class: \"\(random.pick(Pool.classes))\", system_id: null}")
        out.line("date: \"\(year)-0\(random.int(1...9))-1\(random.int(0...9))\"")
        out.line("language: ru")
        sections(&out, &random, faulty: faulty)
        compliance(&out)
        functions(&out, &random)
        data(&out, &random, faulty: faulty)
        integrations(&out, &random, faulty: faulty)
        infrastructure(&out, &random)
        budgetAndSchedule(&out, &random, year: year, faulty: faulty)
        return out.text
    }

    private func sections(_ out: inout Text, _ random: inout SeededRandom, faulty: Bool) {
        out.line("sections:")
        let skipped = faulty && random.chance(0.5) ? random.int(5...9) : 0
        for (number, title) in Pool.gostSections.enumerated() where number + 1 != skipped {
            out.line("  - number: \(number + 1)")
            out.line("    title: \"\(title)\"")
            out.line("    text: |")
            for _ in 0..<random.int(2...4) { out.line("      " + random.pick(Pool.sentences)) }
        }
    }

    private func compliance(_ out: inout Text) {
        out.line("compliance:")
        for key in ["egov_architecture", "approved_architecture", "uniform_requirements", "is_agreement", "architecture_portal"] {
            out.line("  \(key): {declared: true, reference: \"Архитектура МЗ РК на архитектурном портале\", text: \"Соответствует\"}")
        }
    }

    private func functions(_ out: inout Text, _ random: inout SeededRandom) {
        out.line("functions:")
        for _ in 0..<random.int(3...6) {
            let (code, name) = random.pick(Pool.functions)
            out.line("  - {code: \(code), name: \"\(name)\", domain: healthcare, change: new}")
        }
    }

    private func data(_ out: inout Text, _ random: inout SeededRandom, faulty: Bool) {
        out.line("data:")
        out.line("  entities:")
        for entity in 0..<random.int(3...5) {
            out.line("    - name: \"\(random.pick(Pool.entities))\"")
            out.line("      attributes:")
            for attribute in 0..<random.int(4...7) {
                let owned = faulty && entity == 0 && attribute == 0
                if attribute < 2 {
                    let name = attribute == 0 ? "ИИН" : "ФИО"
                    let source = owned ? "{kind: own}" : "{kind: integration, system: \"ГБД ФЛ\"}"
                    out.line("        - {name: \"\(name)\", type: \"string(12)\", source: \(source)}")
                } else {
                    out.line("        - {name: \"\(random.pick(Pool.attributes))\", type: \"string\", source: {kind: own}}")
                }
            }
        }
    }

    private func integrations(_ out: inout Text, _ random: inout SeededRandom, faulty: Bool) {
        out.line("integrations:")
        for index in 0..<random.int(2...4) {
            let via = faulty && index == 1 ? "direct" : "ШЭП"
            out.line("  - {system: \"\(random.pick(Pool.counterparts))\", counterpart: state, via: \(via), purpose_kind: data_exchange, purpose: \"\(random.pick(Pool.sentences))\"}")
        }
    }

    private func infrastructure(_ out: inout Text, _ random: inout SeededRandom) {
        out.line("hosting: {platform: ИКП ЭП, location: \"Республика Казахстан\", justification: \"Приоритетное размещение\"}")
        out.line("network: {transport: ЕТС ГО, internet_gateway: single, email_gateway: single}")
        out.line("security:")
        out.line("  backups: {periodicity: \"ежедневно\", retention: \"30 дней\", storage: \"ИКП ЭП\"}")
        out.line("  logging: {enabled: true, retention: \"3 года\", archiving: \"ежемесячно\"}")
        out.line("  monitoring_nccis: true")
        out.line("  soc: {provided: true, provider: service, budgeted: true}")
        out.line("  personal_data: {consent: true, egov_cabinet_notification: true}")
        out.line("  signatures: {provider: НУЦ РК}")
        out.line("standard_solutions:")
        out.line("  considered:")
        for (solution, function) in [("ЕСЭДО", "документооборот"), ("e-Otinish", "обращения граждан"), ("Е-қызмет", "кадровый учет")] {
            out.line("    - {solution: \(solution), function: \"\(function)\", decision: not_applicable, justification: \"\(random.pick(Pool.sentences))\"}")
        }
        out.line("software:")
        out.line("  - {name: PostgreSQL, purpose: \"СУБД\", license: free}")
        out.line("  - {name: Astra Linux, purpose: \"ОС\", license: proprietary, justification: \"Сертифицирована по требованиям ИБ\"}")
        out.line("languages: {interface: [kk, ru], documentation: [kk, ru], data: [kk, ru]}")
        out.line("accessibility: {provided: true, standard: \"WCAG 2.1 AA\"}")
    }

    private func budgetAndSchedule(_ out: inout Text, _ random: inout SeededRandom, year: Int, faulty: Bool) {
        let amounts = (0..<3).map { _ in random.int(100...900) * 1_000_000 }
        let total = amounts.reduce(0, +) + (faulty && random.chance(0.4) ? 50_000_000 : 0)
        out.line("budget:")
        out.line("  currency: KZT")
        out.line("  total: \(total)")
        out.line("  methodology: \"Приказ МЦРИАП № 140/НҚ от 27.06.2019\"")
        out.line("  years:")
        for (offset, amount) in amounts.enumerated() { out.line("    - {year: \(year + offset), amount: \(amount)}") }
        out.line("schedule:")
        out.line("  stages:")
        let trialEnd = faulty && random.chance(0.5) ? "\(year + 2)-06-30" : "\(year + 1)-09-30"
        out.line("    - {name: \"Разработка\", kind: development, start: \"\(year)-03-01\", end: \"\(year)-09-30\"}")
        out.line("    - {name: \"Опытная эксплуатация\", kind: trial_operation, start: \"\(year)-10-01\", end: \"\(trialEnd)\"}")
        out.line("    - {name: \"Испытания на соответствие требованиям ИБ\", kind: is_testing, start: \"\(year + 2)-07-01\", end: \"\(year + 2)-08-31\"}")
        out.line("    - {name: \"Ввод в промышленную эксплуатацию\", kind: commissioning, start: \"\(year + 2)-09-01\", end: \"\(year + 2)-09-30\"}")
        out.line("indicators:")
        out.line("  direct:")
        out.line("    - {name: \"Доля консультаций, проведенных дистанционно\", unit: \"%\", baseline: 5, target: 40, year: \(year + 2)}")
        out.line("  final:")
        out.line("    - {name: \"Среднее время ожидания консультации\", unit: \"дней\", baseline: 14, target: 3, year: \(year + 3)}")
        out.line("warranty: {months: 12, from: commissioning}")
        out.line("deliverables:")
        out.line("  - {name: \"Исходные коды\", kind: source_code, recipient: \"сервисный интегратор\"}")
    }
}

/// Accumulates lines of YAML.
private struct Text {
    var text = ""
    mutating func line(_ line: String) {
        text += line
        text += "\n"
    }
}
