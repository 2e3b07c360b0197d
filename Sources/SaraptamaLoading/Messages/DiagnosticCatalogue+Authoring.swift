extension DiagnosticCatalogue {
    /// What a rule author, an expert keeping waivers or a configuration meets: rule files
    /// (`rule-…`, `question-…`, `requirement-…`, `ruleset-…`), expressions (`expr-…`), reference
    /// data and architectures (`ref-…`, `arch-…`), schemas, reading vocabularies (`extraction.…`),
    /// waivers, baselines, cases and the configuration. Most of these sites still build their
    /// sentence in English: other languages show the summary here, then the English details.
    static let authoring: [String: Entry] = [
        "rule-wrong-type": Entry("в файле правил значение не того типа", "ереже файлында мәннің түрі қате", "a value of the wrong type in a rule file"),
        // The field reader's sentences, for rule files, waivers, the configuration and the other
        // files of a rule set; the English names the part of the file, the caret shows it in all.
        "rule-wrong-type.mapping": Entry(
            "здесь должен быть словарь, а не {kind}", "мұнда сөздік болуы керек, {kind} емес", "{context} must be a mapping, found {kind}"),
        "rule-wrong-type.string": Entry(
            "«{key}» должно быть строкой, а не {kind}", "«{key}» жол болуы керек, {kind} емес", "'{key}' of {context} must be a string, found {kind}"),
        "rule-wrong-type.strings": Entry(
            "«{key}» должно быть списком строк, а не {kind}", "«{key}» жолдар тізімі болуы керек, {kind} емес", "'{key}' of {context} must be a list of strings, found {kind}"),
        "rule-wrong-type.item": Entry(
            "элементы «{key}» должны быть строками, а не {kind}", "«{key}» элементтері жол болуы керек, {kind} емес", "items of '{key}' must be strings, found {kind}"),
        "rule-missing-field.key": Entry(
            "нет обязательного поля «{key}»", "міндетті «{key}» өрісі жоқ", "{context} has no '{key}' field"),
        "rule-missing-language.absent": Entry(
            "нет текста на языке «{code}»: каждый текст нужен на ru, kk и en", "«{code}» тіліндегі мәтін жоқ: әр мәтін ru, kk және en тілдерінде қажет",
            "{context} has no '{code}' text: every text needs ru, kk and en"),
        "rule-missing-language.empty": Entry(
            "текст на языке «{code}» должен быть непустой строкой", "«{code}» тіліндегі мәтін бос емес жол болуы керек",
            "the '{code}' text of {context} must be a non-empty string"),
        "rule-unknown-field.key": Entry(
            "неизвестное поле «{key}»{suggestion}", "белгісіз «{key}» өрісі{suggestion}", "unknown field '{key}' in {context}{suggestion}"),
        // The rule compiler's sentences (RuleCompiler.swift). Field names and fixed values are
        // placeholders, so that the Russian and Kazakh texts quote them without English words.
        "rule-wrong-type.rules": Entry(
            "«{key}» должно быть списком правил, а не {kind}", "«{key}» ережелер тізімі болуы керек, {kind} емес", "'{key}' must be a list of rules, found {kind}"),
        "rule-bad-id.format": Entry(
            "идентификатор правила «{id}» должен иметь вид {pattern} (заглавные латинские буквы, дефис, цифры), например {example}",
            "«{id}» ереже сәйкестендіргіші {pattern} түрінде болуы керек (бас латын әріптері, сызықша, цифрлар), мысалы {example}",
            "rule id '{id}' must look like {pattern} (capital letters, a dash, digits), e.g. {example}"),
        "rule-bad-requirement.id": Entry(
            "«{id}» — не идентификатор требования ({ranges})", "«{id}» — талап сәйкестендіргіші емес ({ranges})",
            "'{id}' is not a requirement id of requirements.yaml ({ranges})"),
        "rule-unknown-field.removed": Entry(
            "«{key}» больше не поле правила: правило действует, пока действует одна из записей его основания (даты редакции каждой записи заданы в наборе правил; запись может сузить их полями «{from}» и «{until}»)",
            "«{key}» енді ереже өрісі емес: ереже негіздемесінің жазбаларының бірі күшінде болғанда күшінде болады (әр жазба редакциясының күндері ережелер жинағында берілген; жазба оларды «{from}» және «{until}» өрістерімен тарылта алады)",
            "'{key}' is no longer a rule field: a rule is in force while one of its basis entries is (each entry's edition has its dates in ruleset.yaml; an entry may narrow them with '{from}'/'{until}')"),
        "rule-dossier-field.document": Entry(
            "«{key}» — поле правил комплекта документов ({scope})", "«{key}» — құжаттар жиынтығы ережелерінің өрісі ({scope})",
            "'{key}' is for dossier rules ({scope})"),
        "rule-dossier-field.related": Entry(
            "«{key}» — путь в другом документе комплекта: назовите виды этого документа в «{with}»",
            "«{key}» — жиынтықтың басқа құжатындағы жол: сол құжаттың түрлерін «{with}» өрісінде атаңыз",
            "'{key}' is a path in the '{other}' document: name its kinds in '{with}'"),
        "rule-bad-scope.value": Entry(
            "«{key}» — «{a}» или «{b}», а не «{found}»{suggestion}", "«{key}» — «{a}» немесе «{b}», «{found}» емес{suggestion}",
            "{key} must be '{a}' or '{b}', found '{found}'{suggestion}"),
        "rule-bad-severity.value": Entry(
            "«{key}» — error, warning или info, а не «{found}»", "«{key}» — error, warning немесе info, «{found}» емес",
            "{key} must be error, warning or info, found '{found}'"),
        "rule-bad-kind.unknown": Entry(
            "неизвестный вид документа «{found}»{suggestion}", "белгісіз «{found}» құжат түрі{suggestion}", "unknown document kind '{found}'{suggestion}"),
        "rule-bad-kind.empty": Entry(
            "«{key}» должно называть хотя бы один вид документа", "«{key}» кемінде бір құжат түрін атауы керек", "'{key}' must name at least one document kind"),
        "rule-bad-kind.dossier-example": Entry(
            "неизвестный вид документа «{found}» в примере правила комплекта документов", "құжаттар жиынтығы ережесінің мысалындағы белгісіз «{found}» құжат түрі",
            "unknown document kind '{found}' in a dossier example"),
        "rule-wrong-type.basis": Entry(
            "«{key}» должно быть списком записей {fields}, по одной на каждую редакцию акта, который выражает правило, а не {kind}",
            "«{key}» {fields} жазбаларының тізімі болуы керек, ереже білдіретін актінің әр редакциясына біреуден, {kind} емес",
            "'{key}' must be a list of entries {fields}, one per edition of the act the rule encodes; found {kind}"),
        "rule-wrong-type.basis-empty": Entry(
            "«{key}» должно называть хотя бы одну редакцию акта", "«{key}» актінің кемінде бір редакциясын атауы керек", "'{key}' must name at least one edition"),
        "rule-wrong-type.expression": Entry(
            "выражение должно быть строкой, а не {kind}", "өрнек жол болуы керек, {kind} емес", "an expression must be a string, found {kind}"),
        "rule-wrong-type.dossier-example": Entry(
            "пример правила комплекта документов сопоставляет видам документов сами документы, а здесь {kind}",
            "құжаттар жиынтығы ережесінің мысалы құжат түрлеріне құжаттарды сәйкестендіреді, ал мұнда {kind}",
            "a dossier example maps document kinds to documents, found {kind}"),
        "rule-bad-confidence.value": Entry(
            "«{key}» — «{a}» или «{b}», а не «{found}»", "«{key}» — «{a}» немесе «{b}», «{found}» емес", "{key} must be '{a}' or '{b}', found '{found}'"),
        "rule-bad-edition.unknown": Entry(
            "«{name}» — не редакция акта из набора правил{suggestion}", "«{name}» — ережелер жинағындағы акт редакциясы емес{suggestion}",
            "'{name}' is not an edition of ruleset.yaml{suggestion}"),
        "rule-bad-edition.title": Entry(
            "на редакцию «{name}» ссылается основание правила, поэтому в наборе правил нужно её название {languages}",
            "«{name}» редакциясына ереже негіздемесі сілтейді, сондықтан ережелер жинағында оның атауы {languages} қажет",
            "edition '{name}' is cited by a basis, so ruleset.yaml must give its title {languages}"),
        "rule-bad-date.never": Entry(
            "эта запись основания никогда не действует: она заканчивается раньше, чем начинается",
            "бұл негіздеме жазбасы ешқашан күшінде болмайды: ол басталмай тұрып аяқталады",
            "this basis entry is never in force: it ends before it begins"),
        "rule-bad-date.kind": Entry(
            "ожидалась дата ГГГГ-ММ-ДД или название редакции, а не {kind}", "ЖЖЖЖ-АА-КК күні немесе редакция атауы күтілген, {kind} емес",
            "expected a date YYYY-MM-DD or an edition name, found {kind}"),
        "rule-bad-date.value": Entry(
            "«{found}» — ни дата ГГГГ-ММ-ДД, ни редакция с датой из набора правил{suggestion}",
            "«{found}» — ЖЖЖЖ-АА-КК күні де, ережелер жинағындағы күні бар редакция да емес{suggestion}",
            "'{found}' is neither a date YYYY-MM-DD nor an edition of ruleset.yaml with a date{suggestion}"),
        "rule-clause-language.citation": Entry(
            "пункт «{clause}» — не ссылка вида «{example}» или «{unknown}»: задайте его текстами {languages}",
            "«{clause}» тармағы — «{example}» немесе «{unknown}» түріндегі сілтеме емес: оны {languages} мәтіндерімен беріңіз",
            "clause '{clause}' is not a citation such as '{example}' or '{unknown}': give it as {languages}"),
        "rule-basis-gap.span": Entry(
            "записи основания оставляют правило без силы с {from} по {to}: добавьте редакцию, действовавшую в этот промежуток",
            "негіздеме жазбалары ережені {from} бастап {to} дейін күшсіз қалдырады: осы аралықта күшінде болған редакцияны қосыңыз",
            "the basis entries leave the rule out of force from {from} to {to}: add the edition in force in between"),
        "rule-bad-path.star": Entry(
            "«{key}» указывает одно место: «[*]» в нём недопустимо", "«{key}» бір орынды көрсетеді: онда «[*]» болмайды", "'{key}' names one node: it cannot contain '[*]'"),
        "rule-missing-examples.empty": Entry(
            "«{key}» должно быть непустым списком: у каждого правила есть примеры, проходящие и не проходящие проверку",
            "«{key}» бос емес тізім болуы керек: әр ереженің тексеруден өтетін және өтпейтін мысалдары бар",
            "'{key}' must be a non-empty list: every rule has passing and failing examples"),
        "rule-missing-examples.findings": Entry(
            "непроходящий пример перечисляет пути замечаний, которые он должен дать", "өтпейтін мысал өзі беруге тиіс ескертпелердің жолдарын тізеді",
            "a failing example lists the paths of the findings it must produce"),
        // The questions', requirements' and rule set manifest's parsers.
        "rule-wrong-type.list": Entry("«{key}» должно быть списком", "«{key}» тізім болуы керек", "'{key}' must be a list"),
        "rule-wrong-type.list-found": Entry("«{key}» должно быть списком, а не {kind}", "«{key}» тізім болуы керек, {kind} емес", "'{key}' must be a list, found {kind}"),
        "rule-wrong-type.index-names": Entry(
            "«{key}» должно быть словарём с названиями указателей", "«{key}» индекс атаулары бар сөздік болуы керек", "'{key}' must be a mapping of index names"),
        "rule-wrong-type.edition-names": Entry(
            "«{key}» должно быть словарём с названиями редакций", "«{key}» редакция атаулары бар сөздік болуы керек", "'{key}' must be a mapping of edition names"),
        "question-duplicate.id": Entry("вопрос экспертизы «{id}» определён дважды", "«{id}» сараптама сұрағы екі рет анықталған", "question '{id}' is defined twice"),
        "question-missing.id": Entry(
            "вопрос экспертизы «{id}» не определён: каждому вопросу экспертизы нужно определение", "«{id}» сараптама сұрағы анықталмаған: сараптаманың әр сұрағына анықтама қажет",
            "question '{id}' is not defined: every question of the examination needs a definition"),
        "question-unknown.id": Entry(
            "«{id}» — не вопрос экспертизы{suggestion}", "«{id}» — сараптама сұрағы емес{suggestion}", "'{id}' is not a question of the examination{suggestion}"),
        "question-ended.reason": Entry(
            "вопрос с «{until}» должен сказать, почему утрачивает силу («{key}»: {languages})", "«{until}» бар сұрақ неге күшін жоятынын айтуы керек («{key}»: {languages})",
            "a question with '{until}' says why it ends ('{key}': {languages})"),
        "question-applies.reason": Entry(
            "вопрос с «{applies}» должен сказать, почему может не применяться («{key}»: {languages})", "«{applies}» бар сұрақ неге қолданылмауы мүмкін екенін айтуы керек («{key}»: {languages})",
            "a question with '{applies}' says why it may not apply ('{key}': {languages})"),
        "rule-bad-date.edition-or-date": Entry(
            "«{found}» — ни дата, ни редакция с датой", "«{found}» — күн де, күні бар редакция да емес", "'{found}' is neither a date nor an edition with a date"),
        "rule-bad-date.edition": Entry(
            "редакции «{name}» нужна дата ГГГГ-ММ-ДД, а здесь «{found}»", "«{name}» редакциясына ЖЖЖЖ-АА-КК күні қажет, ал мұнда «{found}»",
            "edition '{name}' needs a date YYYY-MM-DD, found '{found}'"),
        "rule-bad-date.until": Entry(
            "редакция «{name}»: «{key}» «{found}» — ни дата ГГГГ-ММ-ДД, ни редакция с датой{suggestion}",
            "«{name}» редакциясы: «{key}» «{found}» — ЖЖЖЖ-АА-КК күні де, күні бар редакция да емес{suggestion}",
            "edition '{name}': {key} '{found}' is neither a date YYYY-MM-DD nor an edition with a date{suggestion}"),
        "rule-bad-date.ends": Entry(
            "редакция «{name}» заканчивается раньше, чем начинается", "«{name}» редакциясы басталмай тұрып аяқталады", "edition '{name}' ends before it begins"),
        "rule-bad-path.collection": Entry(
            "«{key}» должно быть путём без подстановочных знаков, например {example}", "«{key}» қойылмалы таңбаларсыз жол болуы керек, мысалы {example}",
            "'{key}' must be a path without wildcards, e.g. {example}"),
        "requirement-duplicate-id.line": Entry(
            "требование «{id}» уже указано в строке {line}", "«{id}» талабы {line}-жолда бұрыннан көрсетілген", "requirement '{id}' is already listed at line {line}"),
        "rule-bad-requirement.format": Entry(
            "«{id}» — не идентификатор требования: буква {letters} или {last} и две цифры, например {example}",
            "«{id}» — талап сәйкестендіргіші емес: {letters} немесе {last} әрпі және екі цифр, мысалы {example}",
            "'{id}' is not a requirement id: a letter {letters} or {last} and two digits, e.g. {example}"),
        "requirement-bad-status.value": Entry(
            "«{key}» — «{a}» или «{b}», а не «{found}»", "«{key}» — «{a}» немесе «{b}», «{found}» емес", "{key} must be '{a}' or '{b}', found '{found}'"),
        // Reference catalogues, the rule set loader and a rule file's defaults.
        "ref-bad-confidence.value": Entry(
            "«{key}» — {a}, {b} или {c}, а не «{found}»", "«{key}» — {a}, {b} немесе {c}, «{found}» емес", "{key} must be {a}, {b} or {c}, found '{found}'"),
        "rule-wrong-type.entry": Entry("каждая запись должна быть словарём, а не {kind}", "әр жазба сөздік болуы керек, {kind} емес", "each entry must be a mapping, found {kind}"),
        "rule-wrong-type.stems": Entry(
            "«{key}» должно быть строкой или списком строк: это указатель по основам слов", "«{key}» жол немесе жолдар тізімі болуы керек: бұл сөз түбірлерінің индексі",
            "'{key}' must be a string or a list of strings: it is a stem index"),
        "ruleset-not-found.directory": Entry("нет каталога набора правил «{directory}»", "«{directory}» ережелер жинағының каталогы жоқ", "no rule set directory at '{directory}'"),
        "ruleset-not-found.manifest": Entry(
            "в «{directory}» нет описания набора правил ({manifest})", "«{directory}» ішінде ережелер жинағының сипаттамасы ({manifest}) жоқ", "'{directory}' has no {manifest} manifest"),
        "ref-duplicate-catalogue.file": Entry(
            "справочник «{name}» уже задан в {file}", "«{name}» анықтамалығы {file} файлында бұрыннан берілген", "catalogue '{name}' is already defined in {file}"),
        "rule-duplicate-id.place": Entry(
            "идентификатор правила «{id}» уже использован в {place}", "«{id}» ереже сәйкестендіргіші {place} орнында бұрыннан қолданылған", "rule id '{id}' is already used at {place}"),
        "rule-wrong-type.defaults": Entry(
            "«{key}» должно быть словарём из {fields} и {last}, общих для правил файла, а не {kind}",
            "«{key}» файл ережелеріне ортақ {fields} және {last} сөздігі болуы керек, {kind} емес",
            "'{key}' must be a mapping of {fields} and {last} shared by the file's rules, found {kind}"),
        "rule-defaults-field.key": Entry(
            "«{key}» нельзя задать по умолчанию: можно только {fields} и {last}; укажите его в каждом правиле",
            "«{key}» әдепкі ретінде берілмейді: тек {fields} және {last} болады; оны әр ережеде көрсетіңіз",
            "'{key}' cannot be a pack default: only {fields} and {last} can; state it in each rule"),
        "rule-missing-field": Entry("в правиле нет обязательного поля", "ережеде міндетті өріс жоқ", "a rule lacks a required field"),
        "rule-unknown-field": Entry("неизвестное поле в правиле", "ережедегі белгісіз өріс", "an unknown field in a rule"),
        "rule-missing-language": Entry("текст правила дан не на всех языках (ru, kk, en)", "ереже мәтіні барлық тілде берілмеген (ru, kk, en)", "a rule's text lacks a language (ru, kk, en)"),
        "rule-missing-examples": Entry("у правила нет примеров", "ереженің мысалдары жоқ", "a rule has no examples"),
        "rule-bad-id": Entry("неверный идентификатор правила", "ереже сәйкестендіргіші қате", "a malformed rule id"),
        "rule-duplicate-id": Entry("идентификатор правила повторяется", "ереже сәйкестендіргіші қайталанады", "a rule id is used twice"),
        "rule-bad-kind": Entry("неверный вид документа в правиле", "ережедегі құжат түрі қате", "a wrong document kind in a rule"),
        "rule-bad-severity": Entry("неверная важность правила", "ереже маңыздылығы қате", "a wrong severity in a rule"),
        "rule-bad-scope": Entry("неверная область применения правила", "ереженің қолданылу аясы қате", "a wrong scope in a rule"),
        "rule-bad-path": Entry("неверный путь в правиле", "ережедегі жол қате", "a malformed path in a rule"),
        "rule-bad-date": Entry("неверная дата в правиле", "ережедегі күн қате", "a malformed date in a rule"),
        "rule-bad-edition": Entry("неизвестная редакция акта в правиле", "ережедегі актінің белгісіз редакциясы", "an unknown edition in a rule"),
        "rule-bad-confidence": Entry("неверная степень уверенности в правиле", "ережедегі сенімділік дәрежесі қате", "a wrong confidence in a rule"),
        "rule-bad-requirement": Entry("правило ссылается на неизвестное требование", "ереже белгісіз талапқа сілтейді", "a rule refers to an unknown requirement"),
        "rule-bad-template": Entry("неверный шаблон сообщения правила", "ереже хабарламасының үлгісі қате", "a malformed message template in a rule"),
        "rule-bad-variable": Entry("неверная переменная правила", "ереже айнымалысы қате", "a malformed variable in a rule"),
        "rule-clause-language": Entry("пункт основания дан не на всех языках", "негіздеме тармағы барлық тілде берілмеген", "a basis clause lacks a language"),
        "rule-basis-gap": Entry("у правила нет нормативного основания", "ереженің нормативтік негіздемесі жоқ", "a rule has no normative basis"),
        "rule-dossier-field": Entry("неверное поле правила комплекта документов", "құжаттар жиынтығы ережесінің өрісі қате", "a wrong field in a dossier rule"),
        "ruleset-not-found": Entry("набор правил не найден", "ережелер жинағы табылмады", "the rule set was not found"),
        "question-applies": Entry("неверное условие применимости вопроса экспертизы", "сараптама сұрағының қолданылу шарты қате", "a wrong applicability of a question"),
        "question-duplicate": Entry("вопрос экспертизы повторяется", "сараптама сұрағы қайталанады", "a question is given twice"),
        "question-ended": Entry("вопрос экспертизы утратил силу", "сараптама сұрағының күші жойылған", "a question has ended"),
        "question-missing": Entry("не хватает вопроса экспертизы", "сараптама сұрағы жетіспейді", "a question is missing"),
        "question-not-examined": Entry("вопрос экспертизы не рассмотрен", "сараптама сұрағы қаралмады", "a question of the examination was not examined"),
        "question-unknown": Entry("неизвестный вопрос экспертизы", "белгісіз сараптама сұрағы", "an unknown question"),
        "requirement-bad-status": Entry("неверный статус требования", "талап мәртебесі қате", "a wrong requirement status"),
        "requirement-duplicate-id": Entry("идентификатор требования повторяется", "талап сәйкестендіргіші қайталанады", "a requirement id is used twice"),
        "expr-syntax": Entry("синтаксическая ошибка в выражении правила", "ереже өрнегіндегі синтаксистік қате", "a syntax error in a rule's expression"),
        "expr-type": Entry("в выражении правила значения не тех типов", "ереже өрнегіндегі мәндердің түрі қате", "a type error in a rule's expression"),
        "expr-arity": Entry("функции передано не столько аргументов, сколько нужно", "функцияға қажет санды аргумент берілмеген", "a function is given the wrong number of arguments"),
        "expr-unknown-function": Entry("неизвестная функция в выражении правила", "ереже өрнегіндегі белгісіз функция", "an unknown function in a rule's expression"),
        "expr-unknown-identifier": Entry("неизвестное имя в выражении правила", "ереже өрнегіндегі белгісіз атау", "an unknown name in a rule's expression"),
        "expr-unknown-identifier.name": Entry(
            "неизвестное имя «{name}»{suggestion}", "белгісіз «{name}» атауы{suggestion}", "unknown identifier '{name}'{suggestion}"),
        "expr-unknown-function.name": Entry(
            "неизвестная функция «{name}»{suggestion}", "белгісіз «{name}» функциясы{suggestion}", "unknown function '{name}'{suggestion}"),
        "expr-unknown-catalogue.name": Entry(
            "неизвестный справочник «{name}»{suggestion}", "белгісіз «{name}» анықтамалығы{suggestion}", "unknown catalogue '{name}'{suggestion}"),
        "expr-unknown-index.name": Entry(
            "неизвестный указатель архитектуры «{name}»{suggestion}", "архитектураның белгісіз «{name}» индексі{suggestion}", "unknown architecture index '{name}'{suggestion}"),
        "expr-unknown-index": Entry("неизвестный указатель справочника в выражении", "өрнектегі анықтамалықтың белгісіз индексі", "an unknown index in a rule's expression"),
        "expr-unknown-catalogue": Entry("неизвестный справочник в выражении правила", "ереже өрнегіндегі белгісіз анықтамалық", "an unknown catalogue in a rule's expression"),
        "expr-too-deep": Entry("выражение правила вложено слишком глубоко", "ереже өрнегі тым терең кірістірілген", "a rule's expression nests too deep"),
        "expr-too-long": Entry("выражение правила слишком длинное", "ереже өрнегі тым ұзын", "a rule's expression is too long"),
        "expr-map-key-type": Entry("неверный тип ключа словаря в выражении", "өрнектегі сөздік кілтінің түрі қате", "a wrong map key type in a rule's expression"),
        "expr-bad-regex": Entry("неверный шаблон текста в выражении правила", "ереже өрнегіндегі мәтін үлгісі қате", "an invalid text pattern in a rule's expression"),
        // The expression checker's type errors (SaraptamaExpressions/Checker.swift); `{type}`
        // is the expression language's own type name (int, string, list, map, bool, dyn).
        "expr-type.select": Entry(
            "нельзя выбрать поле «{field}» у значения типа {type}", "{type} түріндегі мәннен «{field}» өрісін таңдауға болмайды",
            "cannot select field '{field}' of {type}"),
        "expr-type.has": Entry(
            "{function} не может проверить поле «{field}» у значения типа {type}", "{function} {type} түріндегі мәннің «{field}» өрісін тексере алмайды",
            "{function} cannot test field '{field}' of {type}"),
        "expr-map-key-type.literal": Entry(
            "ключи словаря должны быть строками, целыми числами или логическими значениями, а не {type}",
            "сөздік кілттері жол, бүтін сан немесе логикалық мән болуы керек, {type} емес",
            "map keys must be strings, ints or bools, found {type}"),
        "expr-type.bool": Entry(
            "{what}: нужно логическое значение (bool), а не {type}", "{what}: логикалық мән (bool) қажет, {type} емес", "{what} must be bool, found {type}"),
        "expr-type.index": Entry(
            "значение типа {type} нельзя индексировать", "{type} түріндегі мәнді индекстеуге болмайды", "cannot index a value of type {type}"),
        "expr-type.list-index": Entry(
            "индекс списка должен быть целым числом (int), а не {type}", "тізім индексі бүтін сан (int) болуы керек, {type} емес",
            "a list index must be an int, found {type}"),
        "expr-type.map-key": Entry(
            "ключ словаря должен быть строкой, целым числом или логическим значением, а не {type}",
            "сөздік кілті жол, бүтін сан немесе логикалық мән болуы керек, {type} емес",
            "a map key must be a string, int or bool, found {type}"),
        "expr-type.overload": Entry(
            "операция «{op}» не определена для ({types})", "«{op}» амалы ({types}) үшін анықталмаған", "no matching overload for '{op}' applied to ({types})"),
        "expr-type.in": Entry(
            "справа от «{op}» нужен список или словарь, а не {type}", "«{op}» оң жағында тізім немесе сөздік қажет, {type} емес",
            "'{op}' needs a list or map on its right, found {type}"),
        "expr-type.argument": Entry(
            "{what} функции «{name}» должен быть типа {expected}, а не {type}", "«{name}» функциясының {what} {expected} түрінде болуы керек, {type} емес",
            "{what} of '{name}' must be {expected}, found {type}"),
        "expr-type.range": Entry(
            "{function}() перебирает список или словарь, а не {type}", "{function}() тізімді немесе сөздікті аралайды, {type} емес",
            "{function}() iterates over a list or map, found {type}"),
        "expr-unknown-function.style": Entry(
            "«{name}» вызывается так: {synopsis}", "«{name}» былай шақырылады: {synopsis}", "'{name}' must be called as {synopsis}"),
        "expr-arity.count": Entry(
            "«{name}» принимает {count}, а дано {got}: {synopsis}", "«{name}» {count} қабылдайды, ал {got} берілген: {synopsis}",
            "'{name}' expects {count}, got {got}: {synopsis}"),
        // The expression lexer's and parser's syntax errors (Lexer.swift, Parser.swift).
        "expr-syntax.unexpected": Entry(
            "ожидается: {expected}; найдено: {found}", "күтіледі: {expected}; табылды: {found}", "expected {expected}, found {found}"),
        "expr-syntax.quoted-character": Entry(
            "«{found}» не может стоять в имени поля в обратных кавычках", "кері тырнақшадағы өріс атауында «{found}» болмайды",
            "'{found}' cannot appear in a back-quoted field name"),
        "expr-syntax.quoted-name": Entry(
            "имени поля в обратных кавычках нужны закрывающая «{quote}» и хотя бы один символ", "кері тырнақшадағы өріс атауына жабатын «{quote}» және кемінде бір таңба қажет",
            "a back-quoted field name needs a closing '{quote}' and at least one character"),
        "expr-syntax.quoted-call": Entry(
            "имя в обратных кавычках выбирает поле; его нельзя вызвать", "кері тырнақшадағы атау өрісті таңдайды; оны шақыруға болмайды",
            "a back-quoted name selects a field; it cannot be called"),
        "expr-syntax.bytes": Entry("байтовые строки не поддерживаются", "байт жолдары қолданылмайды", "bytes literals are not supported"),
        "expr-syntax.int-range": Entry("целое число вне допустимого диапазона", "бүтін сан рұқсат етілген ауқымнан тыс", "integer literal out of range"),
        "expr-syntax.number-range": Entry("число вне допустимого диапазона", "сан рұқсат етілген ауқымнан тыс", "number literal out of range"),
        "expr-syntax.hex": Entry(
            "после «{prefix}» ожидаются шестнадцатеричные цифры", "«{prefix}» кейін он алтылық цифрлар күтіледі", "expected hexadecimal digits after '{prefix}'"),
        "expr-syntax.exponent": Entry(
            "в показателе степени числа ожидаются цифры", "сан дәрежесінің көрсеткішінде цифрлар күтіледі", "expected digits in the exponent of a number"),
        "expr-syntax.unsigned": Entry(
            "беззнаковые целые числа не поддерживаются", "таңбасыз бүтін сандар қолданылмайды", "unsigned integer literals are not supported"),
        "expr-syntax.number": Entry("неверная запись числа", "санның жазылуы қате", "invalid number literal"),
        "expr-syntax.unterminated": Entry("строка в кавычках не закрыта", "тырнақшадағы жол жабылмаған", "unterminated string literal"),
        "expr-syntax.unterminated-line": Entry(
            "строка в кавычках не закрыта (такая строка не переносится на другую строку; используйте {quotes})",
            "тырнақшадағы жол жабылмаған (мұндай жол келесі жолға ауыспайды; {quotes} қолданыңыз)",
            "unterminated string literal (a quoted string cannot span lines; use {quotes})"),
        "expr-syntax.escape-code": Entry("неверная экранирующая последовательность «{escape}»", "«{escape}» экрандау тізбегі қате", "invalid escape sequence '{escape}'"),
        "expr-syntax.escape": Entry("неверная экранирующая последовательность", "экрандау тізбегі қате", "invalid escape sequence"),
        "expr-syntax.code-point": Entry(
            "экранирующая последовательность не задаёт допустимый символ Юникода", "экрандау тізбегі жарамды Юникод таңбасын бермейді",
            "escape sequence is not a valid Unicode code point"),
        "expr-syntax.single": Entry(
            "неожиданный символ «{found}»; возможно, имелось в виду «{meant}»?", "күтілмеген «{found}» таңбасы; мүмкін, «{meant}» деген болар?",
            "unexpected '{found}'; did you mean '{meant}'?"),
        "expr-syntax.character": Entry("недопустимый символ «{found}»", "рұқсат етілмеген «{found}» таңбасы", "unexpected character '{found}'"),
        "expr-syntax.construction": Entry(
            "построение объектов вида «{example}» не поддерживается", "«{example}» түріндегі нысандарды құру қолданылмайды",
            "message construction ('{example}') is not supported"),
        "expr-syntax.reserved": Entry(
            "«{name}» — зарезервированное слово; чтобы прочитать такой ключ, пишите x['{name}']",
            "«{name}» — резервтелген сөз; мұндай кілтті оқу үшін x['{name}'] деп жазыңыз",
            "'{name}' is a reserved word; write x['{name}'] to read such a key"),
        "expr-syntax.has": Entry(
            "{function} нужен выбор поля, например {example}", "{function} өрісті таңдауды қажет етеді, мысалы {example}",
            "{function} needs a field selection, such as {example}"),
        "expr-syntax.macro-variable": Entry(
            "первый аргумент {name}() должен быть именем переменной, как в {example}", "{name}() бірінші аргументі айнымалы атауы болуы керек, мысалы {example}",
            "the first argument of {name}() must be a variable name, as in {example}"),
        "expr-too-long.length": Entry(
            "выражение длиной {length} символов, а предел — {limit}", "өрнек ұзындығы {length} таңба, ал шегі — {limit}",
            "expression is {length} characters long; the limit is {limit}"),
        "expr-too-deep.levels": Entry(
            "выражение вложено слишком глубоко (более {limit} уровней)", "өрнек тым терең кірістірілген ({limit} деңгейден артық)",
            "expression nested too deeply (more than {limit} levels)"),
        "ref-duplicate-catalogue": Entry("справочник задан дважды", "анықтамалық екі рет берілген", "a catalogue is given twice"),
        "ref-bad-confidence": Entry("неверная степень уверенности в справочнике", "анықтамалықтағы сенімділік дәрежесі қате", "a wrong confidence in a catalogue"),
        "arch-missing-name": Entry("у утверждённой архитектуры нет названия", "бекітілген архитектураның атауы жоқ", "an approved architecture has no name"),
        "arch-missing-body": Entry("у утверждённой архитектуры нет содержания", "бекітілген архитектураның мазмұны жоқ", "an approved architecture has no body"),
        "arch-duplicate-body": Entry("утверждённая архитектура задана дважды", "бекітілген архитектура екі рет берілген", "an approved architecture is given twice"),
        "schema-bad-value": Entry("неверное значение в схеме документа", "құжат схемасындағы мән қате", "a wrong value in a document schema"),
        "schema-bad-reference": Entry("неверная ссылка в схеме документа", "құжат схемасындағы сілтеме қате", "a wrong reference in a document schema"),
        "schema-unsupported-keyword": Entry("неподдерживаемое слово схемы документа", "құжат схемасының қолданылмайтын сөзі", "an unsupported keyword in a document schema"),
        // The document schemas' compiler (SchemaCompiler.swift).
        "schema-bad-value.schema": Entry("схема — словарь (или true), а не {kind}", "схема — сөздік (немесе true), {kind} емес", "a schema is a mapping (or true), found {kind}"),
        "schema-unsupported-keyword.key": Entry(
            "проверка схем не понимает слово «{key}»{suggestion}", "схема тексерушісі «{key}» сөзін түсінбейді{suggestion}",
            "the validator does not understand the keyword '{key}' (see {type}){suggestion}"),
        "schema-bad-value.ref": Entry("«{key}» должно иметь вид «{form}»", "«{key}» «{form}» түрінде болуы керек", "'{key}' must be '{form}'"),
        "schema-bad-value.type": Entry("«{key}» должно называть типы JSON ({types})", "«{key}» JSON түрлерін атауы керек ({types})", "'{key}' must name JSON types ({types})"),
        "schema-bad-value.scalars": Entry("«{key}» должно быть списком скалярных значений", "«{key}» скаляр мәндер тізімі болуы керек", "'{key}' must be a list of scalars"),
        "schema-bad-value.scalar": Entry("«{key}» должно быть скалярным значением", "«{key}» скаляр мән болуы керек", "'{key}' must be a scalar"),
        "schema-bad-value.schemas": Entry("«{key}» должно быть непустым списком схем", "«{key}» схемалардың бос емес тізімі болуы керек", "'{key}' must be a non-empty list of schemas"),
        "schema-bad-value.mapping": Entry("«{key}» должно быть словарём", "«{key}» сөздік болуы керек", "'{key}' must be a mapping"),
        "schema-bad-value.keys": Entry("«{key}» должно быть списком имён ключей", "«{key}» кілт атауларының тізімі болуы керек", "'{key}' must be a list of key names"),
        "schema-bad-value.regex": Entry("это не регулярное выражение", "бұл тұрақты өрнек емес", "not a regular expression"),
        "schema-bad-reference.undefined": Entry(
            "«{key}» ссылается на «{target}», которое не определено", "«{key}» анықталмаған «{target}» нысанына сілтейді", "'{key}' names '{target}', which is not defined"),
        "extraction.not-a-mapping": Entry("утверждение словаря чтения должно быть словарём", "оқу сөздігінің тұжырымы сөздік болуы керек", "a reading statement must be a mapping"),
        "extraction.unknown-field": Entry("неизвестное поле в словаре чтения", "оқу сөздігіндегі белгісіз өріс", "an unknown field in a reading vocabulary"),
        "extraction.missing-field": Entry("в словаре чтения нет обязательного поля", "оқу сөздігінде міндетті өріс жоқ", "a reading vocabulary lacks a required field"),
        "extraction.duplicate-id": Entry("идентификатор в словаре чтения повторяется", "оқу сөздігіндегі сәйкестендіргіш қайталанады", "an id is used twice in a reading vocabulary"),
        "extraction.duplicate-synonym": Entry("заголовок столбца назван в профиле таблицы дважды", "кесте профилінде баған тақырыбы екі рет аталған", "a column header is named twice in a table profile"),
        "extraction.not-a-list": Entry("в словаре чтения ожидался список", "оқу сөздігінде тізім күтілген", "a reading vocabulary expected a list"),
        "extraction.unknown-key": Entry("неизвестный ключ в профиле таблицы", "кесте профиліндегі белгісіз кілт", "an unknown key in a table profile"),
        "extraction.unknown-language": Entry("неизвестный язык в словаре чтения (ожидаются ru, kk, en)", "оқу сөздігіндегі белгісіз тіл (ru, kk, en күтіледі)", "an unknown language in a reading vocabulary (ru, kk, en expected)"),
        "extraction.unknown-value-kind": Entry("неизвестный вид значения столбца в профиле таблицы", "кесте профиліндегі баған мәнінің белгісіз түрі", "an unknown kind of column value in a table profile"),
        // The statement patterns' parser (StatementPatternParser.swift).
        "extraction.not-a-mapping.statement": Entry("утверждение должно быть словарём ({fields})", "тұжырым сөздік болуы керек ({fields})", "a statement must be a mapping ({fields})"),
        "extraction.unknown-field.known": Entry("неизвестное поле «{key}» (известные: {known})", "белгісіз «{key}» өрісі (белгілілері: {known})", "unknown field '{key}' (known: {known})"),
        "extraction.missing-field.id": Entry("у утверждения нет поля «{key}»", "тұжырымда «{key}» өрісі жоқ", "a statement needs an '{key}'"),
        "extraction.duplicate-id.statement": Entry(
            "идентификатор утверждения «{id}» использован дважды", "«{id}» тұжырым сәйкестендіргіші екі рет қолданылған", "statement id '{id}' is used twice"),
        "extraction.missing-field.fact": Entry(
            "утверждению «{id}» нужно поле «{key}» (путь через точку, например {example})", "«{id}» тұжырымына «{key}» өрісі қажет (нүкте арқылы жол, мысалы {example})",
            "statement '{id}' needs a '{key}' (a dotted path such as {example})"),
        "extraction.missing-field.value": Entry("утверждению «{id}» нужно поле «{key}»", "«{id}» тұжырымына «{key}» өрісі қажет", "statement '{id}' needs a '{key}'"),
        "extraction.missing-field.match": Entry("утверждению «{id}» нужны шаблоны «{key}»", "«{id}» тұжырымына «{key}» үлгілері қажет", "statement '{id}' needs '{key}' patterns"),
        "extraction.bad-value.as": Entry("«{key}» — одно из: {values}", "«{key}» — мыналардың бірі: {values}", "'{key}' is one of {values}"),
        "extraction.bad-value.regex-strings": Entry(
            "«{key}» содержит регулярные выражения в виде строк", "«{key}» тұрақты өрнектерді жол түрінде сақтайды", "'{key}' holds regular expressions as strings"),
        "extraction.bad-value.kinds": Entry("неизвестный вид документа в «{key}»", "«{key}» ішіндегі белгісіз құжат түрі", "unknown document kind in '{key}'"),
        "extraction.bad-value.sections": Entry("«{key}» перечисляет номера разделов (1–9)", "«{key}» бөлім нөмірлерін тізеді (1–9)", "'{key}' lists section numbers (1–9)"),
        "extraction.bad-example.text": Entry("примеру нужно поле «{key}»", "мысалға «{key}» өрісі қажет", "an example needs a '{key}'"),
        "extraction.bad-example.value": Entry(
            "пример указывает значение «{key}», которое нужно прочитать, или «{none}»", "мысал оқылуға тиіс «{key}» мәнін немесе «{none}» көрсетеді",
            "an example gives the '{key}' it must read, or '{none}'"),
        "extraction.missing-examples.statement": Entry(
            "утверждению «{id}» нужен хотя бы один пример, где факт читается, и один, где нет",
            "«{id}» тұжырымына факт оқылатын кемінде бір мысал және оқылмайтын бір мысал қажет",
            "statement '{id}' needs at least one example that reads the fact and one that does not"),
        // Value vocabularies, cases' expected findings, approved architectures, renamed terms.
        "extraction.bad-value.values": Entry(
            "«{key}» сопоставляет виду значения список {fields}", "«{key}» мән түріне {fields} тізімін сәйкестендіреді", "'{key}' maps a kind of value to a list of {fields}"),
        "extraction.bad-value.entry": Entry(
            "записи «{list}» нужны «{code}» и «{phrases}»", "«{list}» жазбасына «{code}» және «{phrases}» қажет", "an entry of '{list}' needs a '{code}' and '{phrases}'"),
        "case-bad-expected.findings": Entry("в {file} нужен список «{key}»", "{file} ішінде «{key}» тізімі қажет", "{file} needs a '{key}' list"),
        "case-bad-expected.entry": Entry(
            "каждому ожидаемому замечанию нужны «{rule}» и «{path}»", "әр күтілетін ескертпеге «{rule}» және «{path}» қажет", "each expected finding needs '{rule}' and '{path}'"),
        "arch-duplicate-body.other": Entry(
            "у государственного органа «{body}» уже есть архитектура в {other}", "«{body}» мемлекеттік органының архитектурасы {other} ішінде бұрыннан бар",
            "state body '{body}' already has an architecture in {other}"),
        "arch-missing-body.id": Entry("в файле архитектуры нужно поле «{key}»", "архитектура файлында «{key}» өрісі қажет", "an architecture file needs '{key}'"),
        "rule-wrong-type.pair": Entry(
            "каждый переименованный термин — пара {pair} непустых текстов", "әр қайта аталған термин — бос емес мәтіндердің {pair} жұбы",
            "each renamed term is a pair {pair} of non-empty texts"),
        "rule-wrong-type.lower": Entry("старую форму пишите строчными буквами: «{old}»", "ескі түрін кіші әріптермен жазыңыз: «{old}»", "write the old form in lower case: '{old}'"),
        "rule-defaults-field": Entry("это поле нельзя задать по умолчанию для файла правил", "бұл өрісті ережелер файлы үшін әдепкі ретінде беруге болмайды", "this field cannot be a rule file's default"),
        "extraction.bad-value": Entry("неверное значение в словаре чтения", "оқу сөздігіндегі мән қате", "a wrong value in a reading vocabulary"),
        "extraction.bad-pattern": Entry("неверный шаблон текста в словаре чтения", "оқу сөздігіндегі мәтін үлгісі қате", "an invalid text pattern in a reading vocabulary"),
        "extraction.bad-example": Entry("неверный пример в словаре чтения", "оқу сөздігіндегі мысал қате", "a wrong example in a reading vocabulary"),
        "extraction.missing-examples": Entry("в словаре чтения не хватает примеров", "оқу сөздігінде мысалдар жетіспейді", "a reading vocabulary lacks examples"),
        "waiver-bad-path": Entry("неверный путь в исключении", "ерекшелік жолы қате", "a malformed path in a waiver"),
        "waiver-bad-date": Entry("неверная дата в исключении", "ерекшеліктегі күн қате", "a malformed date in a waiver"),
        "waiver-bad-fingerprint": Entry("неверный отпечаток в исключении", "ерекшеліктегі із қате", "a malformed fingerprint in a waiver"),
        "waiver-wrong-type.list": Entry(
            "«waivers» должно быть списком, а не {kind}", "«waivers» тізім болуы керек, {kind} емес", "'waivers' must be a list, found {kind}"),
        "waiver-missing-field.empty": Entry(
            "поле «{key}» исключения {number} не должно быть пустым", "{number}-ерекшеліктің «{key}» өрісі бос болмауы керек",
            "'{key}' of waiver {number} must not be empty"),
        "waiver-bad-path.star": Entry(
            "путь исключения {number} должен указывать одно место: «[*]» не допускается", "{number}-ерекшеліктің жолы бір орынды көрсетуі керек: «[*]» қолданылмайды",
            "the path of waiver {number} must name one node: '[*]' is not allowed"),
        "waiver-bad-date.expires": Entry(
            "«expires» исключения {number} — дата в виде ГГГГ-ММ-ДД, а здесь «{found}»", "{number}-ерекшеліктің «expires» өрісі — ЖЖЖЖ-АА-КК түріндегі күн, ал мұнда «{found}»",
            "'expires' of waiver {number} must be a date written YYYY-MM-DD, found '{found}'"),
        "waiver-bad-fingerprint.digits": Entry(
            "«fingerprint» исключения {number} — 32 шестнадцатеричные цифры отпечатка замечания (см. отчёт JSON), а здесь «{found}»{hint}",
            "{number}-ерекшеліктің «fingerprint» өрісі — ескертпе ізінің 32 он алтылық цифры (JSON есебін қараңыз), ал мұнда «{found}»{hint}",
            "'fingerprint' of waiver {number} must be the finding's 32 hex digits (see the JSON report), found '{found}'{hint}"),
        "waiver-expired": Entry("срок исключения истёк", "ерекшелік мерзімі өтті", "a waiver has expired"),
        "waiver-stale": Entry("исключение относится к изменившемуся месту документа", "ерекшелік құжаттың өзгерген жеріне қатысты", "a waiver refers to a place that changed"),
        "waiver-unused": Entry("исключение ни к чему не применилось", "ерекшелік ештеңеге қолданылмады", "a waiver matched nothing"),
        "waiver-unused.document": Entry(
            "исключение по правилу {rule} для «{path}» больше не относится ни к одному замечанию документа {document}; удалите его",
            "{rule} ережесі бойынша «{path}» үшін ерекшелік {document} құжатының ешбір ескертпесіне енді қатысты емес; оны жойыңыз",
            "the waiver of {rule} at {path} matches no finding of {document} any more; remove it"),
        "waiver-expired.document": Entry(
            "срок исключения по правилу {rule} для «{path}» в документе {document} истёк {expires} (утвердил: {approver}); замечание снова учитывается: исправьте документ или продлите исключение",
            "{document} құжатындағы «{path}» үшін {rule} ережесі бойынша ерекшеліктің мерзімі {expires} өтті (бекіткен: {approver}); ескертпе қайта есептеледі: құжатты түзетіңіз немесе ерекшелікті ұзартыңыз",
            "the waiver of {rule} at {path} in {document} expired on {expires} (approved by {approver}); the finding counts again: fix the document or renew the waiver"),
        "waiver-stale.document": Entry(
            "исключение по правилу {rule} для «{path}» в документе {document} утверждено для другого содержания (отпечаток {fingerprint}, сейчас {now}); замечание снова учитывается: проверьте изменённое содержание и продлите исключение с новым отпечатком",
            "{document} құжатындағы «{path}» үшін {rule} ережесі бойынша ерекшелік басқа мазмұнға бекітілген (ізі {fingerprint}, қазір {now}); ескертпе қайта есептеледі: өзгерген мазмұнды тексеріп, ерекшелікті жаңа ізбен ұзартыңыз",
            "the waiver of {rule} at {path} in {document} was approved for other content (fingerprint {fingerprint}, now {now}); the finding counts again: review the changed content and renew the waiver with the new fingerprint"),
        "baseline-not-a-report": Entry("файл базовой линии не является отчётом", "базалық сызық файлы есеп емес", "the baseline is not a report"),
        "baseline-bad-field": Entry("неверное поле в отчёте базовой линии", "базалық сызық есебіндегі өріс қате", "a wrong field in the baseline report"),
        "baseline-unsupported-version": Entry("неподдерживаемая версия отчёта базовой линии", "базалық сызық есебінің қолданылмайтын нұсқасы", "an unsupported version of the baseline report"),
        "case-bad-expected": Entry("неверный файл ожидаемых замечаний случая", "жағдайдың күтілетін ескертпелер файлы қате", "a malformed expected findings file of a case"),
        // The field reader's `rule-…` problems, renamed for the waivers file and the configuration.
        "waiver-wrong-type": Entry("в файле исключений значение не того типа", "ерекшеліктер файлында мәннің түрі қате", "a value of the wrong type in the waivers file"),
        "waiver-missing-field": Entry("в исключении нет обязательного поля", "ерекшелікте міндетті өріс жоқ", "a waiver lacks a required field"),
        "waiver-unknown-field": Entry("неизвестное поле в исключении", "ерекшеліктегі белгісіз өріс", "an unknown field in a waiver"),
        "waiver-missing-language": Entry("текст исключения дан не на всех языках", "ерекшелік мәтіні барлық тілде берілмеген", "a waiver's text lacks a language"),
        "config-wrong-type": Entry("в файле настроек значение не того типа", "баптаулар файлында мәннің түрі қате", "a value of the wrong type in the configuration file"),
        "config-missing-field": Entry("в файле настроек нет обязательного поля", "баптаулар файлында міндетті өріс жоқ", "the configuration file lacks a required field"),
        "config-unknown-field": Entry("неизвестное поле в файле настроек", "баптаулар файлындағы белгісіз өріс", "an unknown field in the configuration file"),
        "config-missing-language": Entry("текст в файле настроек дан не на всех языках", "баптаулар файлындағы мәтін барлық тілде берілмеген", "a text of the configuration file lacks a language"),
        "config-bad-value": Entry("неверное значение в файле настроек", "баптаулар файлындағы мән қате", "a wrong value in the configuration file"),
        "config-bad-value.language": Entry(
            "язык — ru, kk или en, а не «{found}»", "тіл — ru, kk немесе en, «{found}» емес", "language must be ru, kk or en, not '{found}'"),
        "config-bad-value.template": Entry(
            "«{key}» — документ Word (.docx) с бланком и стилями, а не «{found}»", "«{key}» — бланкі мен стильдері бар Word құжаты (.docx), «{found}» емес",
            "{key} must be a Word document (.docx) with the letterhead and styles, not '{found}'"),
        "config-bad-value.number": Entry(
            "«{key}» — целое число от {from} до {to}, а не «{found}»", "«{key}» — {from} пен {to} аралығындағы бүтін сан, «{found}» емес",
            "{key} must be a whole number from {from} to {to}, not '{found}'"),
        "config-bad-value.bool": Entry("«{key}» — true или false", "«{key}» — true немесе false", "{key} must be true or false"),
        "config-bad-value.fail-on": Entry(
            "порог «fail_on» — error, warning, info или never, а не «{found}»", "«fail_on» шегі — error, warning, info немесе never, «{found}» емес",
            "fail_on must be error, warning, info or never, not '{found}'"),
    ]
}
