import Saraptama

/// The command line's own sentences (usage errors, the lines it prints on stderr) in Russian,
/// Kazakh and English, rendered in `Console.language`.
///
/// A table of its own rather than entries of `DiagnosticCatalogue`: these sentences have no
/// stable code (the catalogue is keyed by diagnostic codes, and its tests check that every code
/// has an entry), and they belong to this executable, not to the libraries. The placeholder
/// syntax is the catalogue's: `{name}`, filled from `name.<language>` (words) or `name`
/// (a value: a path, a number, an option); counts carry their noun through `CountedNoun`.
/// Machine-read parts stay outside the sentences: every line still starts with `saraptama: `,
/// and `error: <code>: ` before a sentence is not translated.
enum CLIMessages {
    struct Entry {
        let ru: String
        let kk: String
        let en: String
        func text(_ language: Language) -> String {
            switch language {
            case .ru: ru
            case .kk: kk
            case .en: en
            }
        }
    }

    /// The sentence `key` in `language` with its placeholders filled. An unknown key or a
    /// missing argument is a programming error, caught by the table's tests; the key is shown.
    static func text(_ key: String, _ arguments: [String: String] = [:], language: Language = Console.language) -> String {
        guard let entry = entries[key] else { return key }
        return fill(entry.text(language), arguments, language: language)
    }

    /// `count` with its noun in `language` ("3 ошибки", "1 error").
    static func counted(_ count: Int, _ noun: CountedNoun, language: Language = Console.language) -> String {
        noun.counted(count, in: language)
    }

    static func fill(_ template: String, _ arguments: [String: String], language: Language) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            out += arguments[name + "." + language.rawValue] ?? arguments[name] ?? "{\(name)}"
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// The placeholder names of `template`, in order.
    static func placeholders(_ template: String) -> [String] {
        template.split(separator: "{", omittingEmptySubsequences: false).dropFirst().compactMap { part in
            part.firstIndex(of: "}").map { String(part[..<$0]) }
        }
    }

    /// A list of names in `language`: "a, b or c" / "a, b или c" / "a, b немесе c".
    static func either(_ names: [String], language: Language = Console.language) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        let word = language == .ru ? "или" : language == .kk ? "немесе" : "or"
        return names.dropLast().joined(separator: ", ") + " \(word) " + names.last!
    }

    static let byte = CountedNoun(ru: ("байт", "байта", "байт"), kk: "байт", en: ("byte", "bytes"))
    static let client = CountedNoun(ru: ("клиент", "клиента", "клиентов"), kk: "клиент", en: ("client", "clients"))
    static let copy = CountedNoun(ru: ("сохранённая копия", "сохранённые копии", "сохранённых копий"), kk: "сақталған көшірме", en: ("stored copy", "stored copies"))
    static let testCase = CountedNoun(ru: ("случай", "случая", "случаев"), kk: "жағдай", en: ("case", "cases"))

    /// One entry per sentence, by key.
    static let entries: [String: Entry] = [
        // The frame of every usage error.
        "usage.word": Entry(ru: "ИСПОЛЬЗОВАНИЕ:", kk: "ҚОЛДАНУ:", en: "USAGE:"),
        "usage.see": Entry(ru: "Все параметры: '{help}'.", kk: "Барлық параметрлер: '{help}'.", en: "See '{help}' for the options."),
        // Arguments.
        "args.needsValue": Entry(ru: "параметру {option} нужно значение", kk: "{option} параметріне мән керек", en: "option {option} needs a value"),
        "args.unknownOption": Entry(ru: "неизвестный параметр '{option}'", kk: "белгісіз параметр '{option}'", en: "unknown option '{option}'"),
        "args.didYouMean": Entry(ru: "; возможно, имелось в виду '{guess}'?", kk: "; '{guess}' болуы мүмкін бе?", en: "; did you mean '{guess}'?"),
        "args.choice": Entry(ru: "{option} принимает одно из значений {choices}, а не '{value}'", kk: "{option} мәні {choices} мәндерінің бірі болуы керек, '{value}' емес", en: "{option} must be one of {choices}, not '{value}'"),
        "args.unknownCommand": Entry(ru: "неизвестная команда '{command}'", kk: "белгісіз команда '{command}'", en: "unknown command '{command}'"),
        "args.unknownAction": Entry(ru: "неизвестное действие '{action}'", kk: "белгісіз әрекет '{action}'", en: "unknown action '{action}'"),
        "args.positive": Entry(ru: "параметру {option} нужно положительное число", kk: "{option} параметріне оң сан керек", en: "{option} needs a positive number"),
        "args.wholeNumber": Entry(ru: "параметру {option} нужно целое число не меньше {minimum}, а не '{value}'", kk: "{option} параметріне {minimum} немесе одан көп бүтін сан керек, '{value}' емес", en: "{option} needs a whole number of {minimum} or more, not '{value}'"),
        "args.date": Entry(ru: "параметру {option} нужна дата в виде YYYY-MM-DD, а не '{value}'", kk: "{option} мәні YYYY-MM-DD түріндегі күн болуы керек, '{value}' емес", en: "{option} must be a date written YYYY-MM-DD, not '{value}'"),
        "args.noOperand": Entry(ru: "{command} не принимает операндов", kk: "{command} операнд қабылдамайды", en: "{command} takes no operand"),
        "args.onlyWithRecord": Entry(ru: "{option} используется только с --record", kk: "{option} тек --record параметрімен қолданылады", en: "{option} is for --record"),
        // Usage errors of the commands.
        "check.noDocument": Entry(ru: "документ не указан", kk: "құжат көрсетілмеген", en: "no document given"),
        "check.noneFound": Entry(ru: "в {paths} не найдено ни одного документа (YAML, JSON, Markdown или DOCX)", kk: "{paths} ішінен құжат (YAML, JSON, Markdown немесе DOCX) табылмады", en: "no document (YAML, JSON, Markdown or DOCX) found in {paths}"),
        "lint.noneFound": Entry(ru: "в {paths} не найдено ни одного документа YAML или JSON", kk: "{paths} ішінен YAML немесе JSON құжаты табылмады", en: "no YAML or JSON document found in {paths}"),
        "diff.twoReports": Entry(ru: "укажите два отчёта JSON: OLD.json NEW.json", kk: "екі JSON есебін көрсетіңіз: OLD.json NEW.json", en: "give two JSON reports: OLD.json NEW.json"),
        "rules.action": Entry(ru: "укажите действие: {actions}", kk: "әрекетті көрсетіңіз: {actions}", en: "say {actions}"),
        "rules.showOne": Entry(ru: "rules show принимает один идентификатор правила", kk: "rules show бір ереже сәйкестендіргішін қабылдайды", en: "rules show takes one rule id"),
        "rules.validateOne": Entry(ru: "rules validate принимает не более одной папки", kk: "rules validate ең көбі бір қалтаны қабылдайды", en: "rules validate takes at most one folder"),
        "rules.unknownAction": Entry(ru: "неизвестное действие '{action}': укажите {actions}", kk: "белгісіз әрекет '{action}': {actions} көрсетіңіз", en: "unknown action '{action}': say {actions}"),
        "rules.noRule": Entry(ru: "правила '{id}' нет", kk: "'{id}' ережесі жоқ", en: "no rule '{id}'"),
        "rules.noRequirements": Entry(ru: "в '{folder}' нет requirements.yaml: для таблицы трассируемости нужен перечень требований", kk: "'{folder}' ішінде requirements.yaml жоқ: трассалау кестесіне талаптар тізбесі керек", en: "'{folder}' has no requirements.yaml: the traceability table needs the list of requirements"),
        "test.noCaseFolder": Entry(ru: "в '{folder}' нет ни одной папки случая (с expected.yaml)", kk: "'{folder}' ішінде жағдай қалтасы (expected.yaml бар) жоқ", en: "no case folder (with expected.yaml) under '{folder}'"),
        "test.noCases": Entry(ru: "в './Cases' нет папок случаев: выполнены только примеры правил", kk: "'./Cases' ішінде жағдай қалталары жоқ: тек ережелердің мысалдары орындалды", en: "no case folder under './Cases': only the rules' examples were run"),
        "record.oneReport": Entry(ru: "укажите один сохранённый отчёт JSON", kk: "бір сақталған JSON есебін көрсетіңіз", en: "give one saved JSON report"),
        "eval.one": Entry(ru: "укажите ровно одно выражение (в кавычках)", kk: "дәл бір өрнек көрсетіңіз (тырнақшаға алып)", en: "give exactly one expression (quote it)"),
        "serve.port": Entry(ru: "параметру --port нужно число от 0 до 65535", kk: "--port параметріне 0-ден 65535-ке дейінгі сан керек", en: "--port needs a number 0 to 65535"),
        "bench.noRule": Entry(ru: "--rule: в наборе правил нет правила {rules}", kk: "--rule: ережелер жиынтығында {rules} ережесі жоқ", en: "--rule: no rule {rules} in the rule set"),
        "stats.fromAfterTo": Entry(ru: "дата --from позже даты --to", kk: "--from күні --to күнінен кейін", en: "--from is after --to"),
        "stats.kind": Entry(ru: "--kind принимает {kinds}, а не '{value}'", kk: "--kind мәні {kinds} болуы керек, '{value}' емес", en: "--kind must be {kinds}, not '{value}'"),
        "serveBench.positive": Entry(ru: "параметрам --clients и --seconds нужны положительные числа", kk: "--clients және --seconds параметрлеріне оң сандар керек", en: "--clients and --seconds need positive numbers"),
        "serveBench.noCase": Entry(ru: "не найдено ни одного случая, который доходит до заключения", kk: "қорытындыға жететін бірде-бір жағдай табылмады", en: "no case that reaches a conclusion was found"),
        "read.oneDocument": Entry(ru: "укажите один документ", kk: "бір құжат көрсетіңіз", en: "give one document"),
        "explain.arguments": Entry(ru: "укажите идентификатор правила и один документ", kk: "ереже сәйкестендіргішін және бір құжатты көрсетіңіз", en: "give a rule id and one document"),
        "new.kind": Entry(ru: "new принимает один вид документа: {kinds}", kk: "new құжаттың бір түрін қабылдайды: {kinds}", en: "new takes one kind: {kinds}"),
        "new.docxStdout": Entry(ru: "файл .docx нельзя вывести в stdout: укажите файл в --output", kk: ".docx файлын stdout ағынына шығаруға болмайды: --output арқылы файл атын көрсетіңіз", en: "a .docx cannot go to stdout: name a file with --output"),
        "registry.action": Entry(ru: "укажите действие: {actions}", kk: "әрекетті көрсетіңіз: {actions}", en: "say {actions}"),
        "registry.showID": Entry(ru: "registry show принимает один номер экспертизы (число)", kk: "registry show бір сараптама нөмірін (сан) қабылдайды", en: "registry show takes one examination id (a number)"),
        "registry.exportNoOperand": Entry(ru: "registry export не принимает операндов (используйте --output FILE)", kk: "registry export операнд қабылдамайды (--output FILE қолданыңыз)", en: "registry export takes no operand (use --output FILE)"),
        "registry.exportFormat": Entry(ru: "для registry export нужен --format {formats}", kk: "registry export үшін --format {formats} керек", en: "registry export needs --format {formats}"),
        "registry.importOne": Entry(ru: "registry import принимает один файл CSV", kk: "registry import бір CSV файлын қабылдайды", en: "registry import takes one CSV file"),
        "report.outputSpec": Entry(ru: "--output принимает FORMAT=PATH, где FORMAT — одно из {formats}, а не '{value}'", kk: "--output мәні FORMAT=PATH түрінде болуы керек, мұнда FORMAT — {formats} мәндерінің бірі, '{value}' емес", en: "--output takes FORMAT=PATH with FORMAT one of {formats}, not '{value}'"),
        "users.action": Entry(ru: "укажите {actions}", kk: "{actions} көрсетіңіз", en: "give {actions}"),
        "users.unknownAction": Entry(ru: "неизвестное действие '{action}'; укажите {actions}", kk: "белгісіз әрекет '{action}'; {actions} көрсетіңіз", en: "unknown action '{action}'; give {actions}"),
        "users.nameRule": Entry(ru: "укажите одно имя пользователя (буквы, цифры, . _ @ -, не более 64)", kk: "бір пайдаланушы атын көрсетіңіз (әріптер, цифрлар, . _ @ -, 64-тен аспайтын)", en: "give one user name (letters, digits, . _ @ -, at most 64)"),
        "users.oneName": Entry(ru: "укажите одно имя пользователя", kk: "бір пайдаланушы атын көрсетіңіз", en: "give one user name"),
        "users.role": Entry(ru: "--role принимает {roles}", kk: "--role мәні {roles} болуы керек", en: "--role must be {roles}"),
        "users.password": Entry(ru: "в пароле (первой строке стандартного ввода) должно быть не менее 10 символов", kk: "құпиясөзде (стандартты енгізудің бірінші жолында) кемінде 10 таңба болуы керек", en: "the password (first line of standard input) needs at least 10 characters"),
        "init.noArguments": Entry(ru: "init не принимает аргументов", kk: "init аргумент қабылдамайды", en: "init takes no arguments"),
        // Lines on stderr.
        "config.problems": Entry(ru: "в файле настроек '{file}' есть ошибки; ничего не сделано", kk: "'{file}' баптау файлында қателер бар; ештеңе орындалмады", en: "the configuration file '{file}' has problems; nothing was done"),
        "ruleSet.errors": Entry(ru: "в наборе правил {errors}; ничего не проверено", kk: "ережелер жиынтығында {errors} бар; ештеңе тексерілмеді", en: "the rule set has {errors}; nothing was checked"),
        "architecture.missing": Entry(ru: "папки архитектур '{folder}' нет", kk: "'{folder}' архитектура қалтасы жоқ", en: "no architecture folder at '{folder}'"),
        "waivers.problems": Entry(ru: "в файле согласованных исключений есть ошибки; ничего не проверено", kk: "келісілген ерекшеліктер файлында қателер бар; ештеңе тексерілмеді", en: "the waivers file has problems; nothing was checked"),
        "io.cannotWrite": Entry(ru: "не удалось записать '{path}': {reason}", kk: "'{path}' жазу мүмкін болмады: {reason}", en: "cannot write '{path}': {reason}"),
        "io.cannotWriteFile": Entry(ru: "не удалось записать файл", kk: "файлды жазу мүмкін болмады", en: "cannot write the file"),
        "io.cannotWriteFileBecause": Entry(ru: "не удалось записать файл: {reason}", kk: "файлды жазу мүмкін болмады: {reason}", en: "cannot write the file: {reason}"),
        "io.wrote": Entry(ru: "записан файл {path}", kk: "{path} файлы жазылды", en: "wrote {path}"),
        "init.exists": Entry(ru: "'{path}' уже существует (чтобы перезаписать, укажите --force)", kk: "'{path}' бұрыннан бар (қайта жазу үшін --force көрсетіңіз)", en: "'{path}' already exists (use --force to overwrite it)"),
        "init.wrote": Entry(ru: "записан файл {path}; заполните организацию и подписантов", kk: "{path} файлы жазылды; ұйымды және қол қоюшыларды толтырыңыз", en: "wrote {path}; fill in the organisation and the signatories"),
        "bench.corpusUnwritable": Entry(ru: "не удалось записать корпус в {folder}: {reason}", kk: "корпусты {folder} қалтасына жазу мүмкін болмады: {reason}", en: "cannot write the corpus to {folder}: {reason}"),
        "bench.memoryProbe": Entry(ru: "замер памяти не удался (документов в корпусе: {count})", kk: "жадты өлшеу сәтсіз аяқталды (корпустағы құжаттар: {count})", en: "the memory probe for {count} documents failed"),
        "bench.coldStart": Entry(ru: "не удалось выполнить замер холодного запуска", kk: "суық іске қосуды өлшеу мүмкін болмады", en: "the cold-start check could not be run"),
        "bench.hostileKilled": Entry(ru: "прогон с враждебными входными данными '{name}' прерван", kk: "'{name}' зиянды кіріс деректерімен іске қосу тоқтатылды", en: "the hostile-input run '{name}' was killed"),
        "record.notRecorded": Entry(ru: "не записано в реестр: {file}: {reason}", kk: "тізілімге жазылмады: {file}: {reason}", en: "not recorded: {file}: {reason}"),
        "record.notRecordedSuffix": Entry(ru: " — не записано в реестр", kk: " — тізілімге жазылмады", en: " — not recorded"),
        "record.didNotLoad": Entry(ru: "документ не загрузился", kk: "құжат жүктелмеді", en: "the document did not load"),
        "record.inconclusive": Entry(ru: "документ не удалось проверить полностью (нет вывода)", kk: "құжатты толық тексеру мүмкін болмады (тұжырым жоқ)", en: "the document could not be fully checked (inconclusive)"),
        "record.recorded": Entry(ru: "записан {document}, раунд {round} ({verdict}), экспертиза {id} в {registry}{copy}", kk: "{document}, {round}-кезең ({verdict}), {id} сараптамасы {registry} тізіліміне жазылды{copy}", en: "recorded {document} round {round} ({verdict}) as examination {id} in {registry}{copy}"),
        "record.copyHash": Entry(ru: ", копия sha256 {hash}…", kk: ", көшірме sha256 {hash}…", en: ", copy sha256 {hash}…"),
        "record.noCopyUnreadable": Entry(ru: "; копия не сохранена (файл нельзя прочитать снова)", kk: "; көшірме сақталмады (файлды қайта оқу мүмкін емес)", en: "; no copy stored (the file cannot be read again)"),
        "record.keptConclusion": Entry(ru: "выданное заключение ({bytes}) сохранено при экспертизе {id}", kk: "берілген қорытынды ({bytes}) {id} сараптамасымен бірге сақталды", en: "kept the issued conclusion ({bytes}) with examination {id}"),
        "record.noCopyStdin": Entry(ru: "копия не сохранена (документ прочитан из стандартного ввода)", kk: "көшірме сақталмады (құжат стандартты енгізуден оқылды)", en: "no copy stored (the document was read from standard input)"),
        "record.noCopyMissing": Entry(ru: "копия не сохранена ({file} не найден)", kk: "көшірме сақталмады ({file} табылмады)", en: "no copy stored ({file} not found)"),
        "record.noCopyLarge": Entry(ru: "копия не сохранена ({file} нельзя прочитать, или он больше допустимого размера документа)", kk: "көшірме сақталмады ({file} оқылмайды немесе құжаттың рұқсат етілген көлемінен үлкен)", en: "no copy stored ({file} cannot be read, or is larger than a document may be)"),
        "record.noCopyChanged": Entry(ru: "копия не сохранена (в {file} больше нет документа {document})", kk: "көшірме сақталмады ({file} ішінде {document} құжаты енді жоқ)", en: "no copy stored ({file} no longer holds document {document})"),
        "registry.noExamination": Entry(ru: "экспертизы {id} нет (см. 'saraptama registry list')", kk: "{id} сараптамасы жоқ ('saraptama registry list' қараңыз)", en: "no examination {id} (see 'saraptama registry list')"),
        "registry.noCopy": Entry(ru: "у экспертизы {id} нет сохранённой копии", kk: "{id} сараптамасының сақталған көшірмесі жоқ", en: "examination {id} has no stored copy"),
        "registry.noIssued": Entry(ru: "у экспертизы {id} нет сохранённого выданного заключения", kk: "{id} сараптамасының сақталған берілген қорытындысы жоқ", en: "examination {id} has no issued conclusion kept"),
        "registry.wroteCopy": Entry(ru: "сохранённая копия ({bytes}, sha256 {hash}) записана в {path}", kk: "сақталған көшірме ({bytes}, sha256 {hash}) {path} файлына жазылды", en: "wrote the stored copy ({bytes}, sha256 {hash}) to {path}"),
        "registry.wroteIssued": Entry(ru: "выданное заключение{number} ({bytes}) записано в {path}", kk: "берілген қорытынды{number} ({bytes}) {path} файлына жазылды", en: "wrote the issued conclusion{number} ({bytes}) to {path}"),
        "registry.number": Entry(ru: " № {number}", kk: " № {number}", en: " No. {number}"),
        "registry.exported": Entry(ru: "в {path} выгружено: {examinations}", kk: "{path} файлына шығарылды: {examinations}", en: "exported {examinations} to {path}"),
        "registry.imported": Entry(ru: "из {file} в {registry} импортировано: {examinations}", kk: "{file} файлынан {registry} тізіліміне импортталды: {examinations}", en: "imported {examinations} from {file} into {registry}"),
        "registry.restored": Entry(ru: "из {file} в {registry} восстановлено: {examinations}, {findings}, {copies}", kk: "{file} файлынан {registry} тізіліміне қалпына келтірілді: {examinations}, {findings}, {copies}", en: "restored {examinations}, {findings} and {copies} from {file} into {registry}"),
        "registry.notUTF8": Entry(ru: "файл не является текстом UTF-8; ничего не импортировано", kk: "файл UTF-8 мәтіні емес; ештеңе импортталмады", en: "the file is not UTF-8 text; nothing was imported"),
        "registry.dumped": Entry(ru: "полная копия реестра {registry} записана в {path}", kk: "{registry} тізілімінің толық көшірмесі {path} файлына жазылды", en: "wrote the lossless dump of {registry} to {path}"),
        "serveBench.prepare": Entry(ru: "не удалось подготовить замер: {reason}", kk: "өлшеуді дайындау мүмкін болмады: {reason}", en: "cannot prepare the benchmark: {reason}"),
        "serveBench.start": Entry(ru: "не удалось запустить сервер: {reason}", kk: "серверді іске қосу мүмкін болмады: {reason}", en: "cannot start the server: {reason}"),
        "serveBench.didNotStart": Entry(ru: "сервер не запустился: '{line}'", kk: "сервер іске қосылмады: '{line}'", en: "the server did not start: '{line}'"),
        "serveBench.running": Entry(ru: "сервер (pid {pid}) на порту {port}; {clients} в течение {seconds} с, {cases}", kk: "сервер (pid {pid}), порт {port}; {clients}, {seconds} с, {cases}", en: "server pid {pid} on port {port}; {clients} for {seconds} s over {cases}"),
        "serveBench.errorSample": Entry(ru: "пример ошибки: {sample}", kk: "қате үлгісі: {sample}", en: "error sample: {sample}"),
        "serve.stopping": Entry(ru: "остановка (сигнал {signal})", kk: "тоқтату (сигнал {signal})", en: "stopping (signal {signal})"),
        "stats.wrote": Entry(ru: "статистика ({format}, {examinations}) записана в {path}", kk: "статистика ({format}, {examinations}) {path} файлына жазылды", en: "wrote {format} statistics of {examinations} to {path}"),
        "users.hash": Entry(ru: "не удалось вычислить хеш пароля (не хватает памяти?)", kk: "құпиясөз хешін есептеу мүмкін болмады (жад жетпей ме?)", en: "cannot hash the password (out of memory?)"),
        "users.added": Entry(ru: "в {registry} добавлена учётная запись {name} ({role})", kk: "{registry} тізіліміне {name} ({role}) есептік жазбасы қосылды", en: "added {name} ({role}) to {registry}"),
        "users.noAccount": Entry(ru: "в {registry} нет учётной записи '{name}'", kk: "{registry} ішінде '{name}' есептік жазбасы жоқ", en: "no account '{name}' in {registry}"),
        "users.disabled": Entry(ru: "учётная запись {name} отключена", kk: "{name} есептік жазбасы өшірілді", en: "disabled {name}"),
        "users.enabled": Entry(ru: "учётная запись {name} включена", kk: "{name} есептік жазбасы қосылды", en: "enabled {name}"),
    ]
}

/// The language of the CLI's messages before a command has parsed its options: `--lang X` or
/// `--lang=X` anywhere on the command line (before a `--`), else the configuration file's
/// `language` for a command that takes `--lang`, else Russian.
enum EarlyLanguage {
    static let commandsWithLanguage: Set<String> = ["check", "lint", "diff", "explain", "read", "rules", "registry", "stats", "new", "record"]

    static func of(_ argv: [String]) -> Language {
        var index = 0
        var found: Language?
        while index < argv.count {
            let argument = argv[index]
            if argument == "--" { break }
            if argument == "--lang", index + 1 < argv.count {
                found = Language(rawValue: argv[index + 1]) ?? found
                index += 1
            } else if argument.hasPrefix("--lang=") {
                found = Language(rawValue: String(argument.dropFirst("--lang=".count))) ?? found
            }
            index += 1
        }
        if let found { return found }
        guard let command = argv.first, commandsWithLanguage.contains(command) else { return .ru }
        return ConfigurationDefaults.current?.language ?? .ru
    }
}
