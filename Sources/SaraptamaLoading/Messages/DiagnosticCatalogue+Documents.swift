extension DiagnosticCatalogue {
    /// What a document's author meets: its header and schema (`doc-…`), Markdown and Word reading
    /// (`prose-…`, `docx-…`, `reading.…`), inputs and dossiers, and rules that could not be
    /// evaluated on it (`eval-…`).
    static let documents: [String: Entry] = [
        // Header and schema.
        "doc-not-a-mapping": Entry("документ должен быть словарём с заголовком", "құжат тақырыбы бар сөздік болуы керек", "a document must be a mapping with a header"),
        "doc-not-a-mapping.found": Entry(
            "документ должен быть словарём с заголовком (kind, id, date, …), а здесь {kind}",
            "құжат тақырыбы бар сөздік болуы керек (kind, id, date, …), ал мұнда {kind}",
            "a document must be a mapping with a header (kind, id, date, ...), found {kind}"),
        "doc-missing-header": Entry("в заголовке документа нет обязательного поля", "құжат тақырыбында міндетті өріс жоқ", "a header field is missing"),
        "doc-missing-header.kind": Entry(
            "в заголовке нет поля «kind» — вида документа (одно из: {kinds})",
            "тақырыпта «kind» өрісі — құжат түрі жоқ (біреуі: {kinds})",
            "the header field 'kind' is missing (one of: {kinds})"),
        "doc-missing-header.id": Entry(
            "в заголовке нет поля «id» — номера документа", "тақырыпта «id» өрісі — құжат нөмірі жоқ", "the header field 'id' is missing"),
        "doc-missing-header.date": Entry(
            "в заголовке нет поля «date» — даты документа (ГГГГ-ММ-ДД): по ней выбираются действующие правила",
            "тақырыпта «date» өрісі — құжат күні жоқ (ЖЖЖЖ-АА-КК): қолданыстағы ережелер сол бойынша таңдалады",
            "the header field 'date' is missing (YYYY-MM-DD): rules are chosen by the document's date"),
        "doc-bad-kind": Entry("неизвестный вид документа", "белгісіз құжат түрі", "an unknown document kind"),
        "doc-bad-kind.found": Entry(
            "неизвестный вид документа «{found}»; ожидается одно из: {kinds}",
            "белгісіз құжат түрі «{found}»; мыналардың бірі күтіледі: {kinds}",
            "unknown document kind '{found}'; expected one of: {kinds}"),
        "doc-bad-header": Entry("неверное поле заголовка", "тақырып өрісі қате", "a header field is malformed"),
        "doc-bad-header.id": Entry(
            "поле «id» заголовка должно быть непустой строкой", "тақырыптың «id» өрісі бос емес жол болуы керек",
            "the header field 'id' must be a non-empty string"),
        "doc-bad-date": Entry("неверная дата документа", "құжат күні қате", "the document's date is malformed"),
        "doc-bad-date.found": Entry(
            "поле «date» заголовка должно быть датой в виде ГГГГ-ММ-ДД, а здесь «{found}»",
            "тақырыптың «date» өрісі ЖЖЖЖ-АА-КК түріндегі күн болуы керек, ал мұнда «{found}»",
            "the header field 'date' must be a date written YYYY-MM-DD, found '{found}'"),
        "doc-wrong-type": Entry("значение не того типа", "мәннің түрі қате", "a value of the wrong type"),
        "doc-wrong-type.found": Entry(
            "«{path}»: ожидается {expected}, а здесь {found}", "«{path}»: {expected} күтіледі, ал мұнда {found}",
            "'{path}' should be {expected}, found {found}"),
        "doc-bad-value": Entry("значение не из допустимых", "мән рұқсат етілгендердің қатарында емес", "a value that is not allowed"),
        "doc-bad-value.enum": Entry(
            "«{path}»: {found} — не из допустимых значений: {allowed}{suggestion}",
            "«{path}»: {found} — рұқсат етілген мәндердің қатарында емес: {allowed}{suggestion}",
            "'{path}' is {found}, which is not one of: {allowed}{suggestion}"),
        "doc-bad-value.form": Entry(
            "«{path}»: значение «{text}» не того вида, что ожидается ({expected})",
            "«{path}»: «{text}» мәні күтілген түрде емес ({expected})",
            "'{path}' is '{text}', which is not of the expected form ({expected})"),
        "doc-bad-value.alternatives": Entry(
            "«{path}»: {found} — не того вида, что ожидается ({expected})",
            "«{path}»: {found} — күтілген түрде емес ({expected})",
            "'{path}' is {found}, which is not of the expected form ({expected})"),
        "doc-missing-field": Entry("нет обязательного поля", "міндетті өріс жоқ", "a required field is missing"),
        "doc-missing-field.key": Entry("в «{path}» нет поля «{key}»", "«{path}» ішінде «{key}» өрісі жоқ", "'{path}' has no '{key}'"),
        "doc-unknown-key": Entry("неизвестный ключ: ни одно правило его не читает", "белгісіз кілт: оны ешбір ереже оқымайды", "an unknown key: no rule reads it"),
        "doc-unknown-key.top": Entry(
            "неизвестный ключ «{key}» на верхнем уровне документа: ни одно правило его не читает{suggestion}",
            "құжаттың жоғарғы деңгейіндегі белгісіз «{key}» кілті: оны ешбір ереже оқымайды{suggestion}",
            "unknown key '{key}' at the top level of the document: no rule reads it{suggestion}"),
        "doc-unknown-key.inside": Entry(
            "неизвестный ключ «{key}» в «{path}»: ни одно правило его не читает{suggestion}",
            "«{path}» ішіндегі белгісіз «{key}» кілті: оны ешбір ереже оқымайды{suggestion}",
            "unknown key '{key}' in '{path}': no rule reads it{suggestion}"),
        "doc-rule-not-evaluated": Entry(
            "правило не удалось применить: в документе значение не того типа",
            "ережені қолдану мүмкін болмады: құжатта мәннің түрі қате",
            "a rule could not be evaluated: the document has a value of the wrong type"),
        // The rule's place and the evaluator's English details are for the rule's author: the
        // Russian and Kazakh sentences leave them out.
        "doc-rule-not-evaluated.rule": Entry(
            "правило {rule} не удалось применить к «{path}»: здесь или в том, что читает правило, в документе значение не того типа (см. предупреждения о типе значений); исправьте документ",
            "{rule} ережесін «{path}» бөлігіне қолдану мүмкін болмады: мұнда немесе ереже оқитын жерде құжаттағы мәннің түрі қате (мән түрі туралы ескертулерді қараңыз); құжатты түзетіңіз",
            "rule {rule} could not be evaluated on '{path}': the document has a value of the wrong type here or in what the rule reads (see the doc-wrong-type warnings); fix the document. ({code} in {place}: {detail})"),
        "doc-rule-not-evaluated.question": Entry(
            "вопрос экспертизы не удалось решить: в документе значение не того типа (см. предупреждения о типе значений); исправьте документ",
            "сараптама сұрағын шешу мүмкін болмады: құжаттағы мәннің түрі қате (мән түрі туралы ескертулерді қараңыз); құжатты түзетіңіз",
            "a question of the examination could not be decided: the document has a value of the wrong type (see the doc-wrong-type warnings); fix the document. ({code}: {detail})"),
        // Markdown and Word.
        "prose-no-header": Entry("у документа нет заголовка", "құжаттың тақырыбы жоқ", "the document has no header"),
        "prose-no-header.start": Entry(
            "нет заголовка документа: документ Markdown начинается с блока YAML между строками «---» (kind, id, date, …), документ Word — с заголовка в блоке кода YAML",
            "құжат тақырыбы жоқ: Markdown құжаты «---» жолдарының арасындағы YAML блогынан басталады (kind, id, date, …), Word құжаты — YAML код блогындағы тақырыптан",
            "no document header: a Markdown document starts with YAML front matter between '---' lines (kind, id, date, ...); a DOCX starts with the header as a YAML code block"),
        "prose-front-matter-unterminated": Entry("блок заголовка не закрыт", "тақырып блогы жабылмаған", "the front matter is not closed"),
        "prose-front-matter-unterminated.line": Entry(
            "блок заголовка, открытый в строке 1, не закрыт строкой «---»",
            "1-жолда ашылған тақырып блогы «---» жолымен жабылмаған",
            "the front matter opened on line 1 has no closing '---' line"),
        "prose-header-not-mapping": Entry("заголовок должен быть словарём YAML", "тақырып YAML сөздігі болуы керек", "the header must be a YAML mapping"),
        "prose-header-not-mapping.found": Entry(
            "заголовок должен быть словарём YAML (kind, id, date, …), а здесь {kind}",
            "тақырып YAML сөздігі болуы керек (kind, id, date, …), ал мұнда {kind}",
            "the header must be a YAML mapping (kind, id, date, ...), found {kind}"),
        "prose-table-cells": Entry("в строке таблицы не столько ячеек, сколько в её шапке", "кесте жолындағы ұяшықтар саны оның басындағыдан өзгеше", "a table row has another number of cells than its header"),
        "prose-table-cells.delimiter": Entry(
            "в строке-разделителе таблицы ячеек: {count}, в шапке: {width}",
            "кестенің бөлгіш жолындағы ұяшықтар: {count}, басындағы: {width}",
            "the table's delimiter row has {count} cells, its header has {width}"),
        "prose-table-cells.row": Entry(
            "в строке {row} таблицы ячеек: {count}, в шапке: {width}",
            "кестенің {row}-жолындағы ұяшықтар: {count}, басындағы: {width}",
            "row {row} of the table has {count} cells, its header has {width}"),
        "prose-conflict": Entry("одно и то же сведение дано в двух местах", "бір мәлімет екі жерде берілген", "the same fact is given in two places"),
        "prose-conflict.table": Entry(
            "таблица даёт {target}, что уже дано в строке {line}; дайте это в одном месте (в таблице или в заголовке)",
            "кесте {target} береді, ол {line}-жолда берілген; оны бір жерде беріңіз (кестеде немесе тақырыпта)",
            "the {what} table gives {target}, which is already given at line {line}; give it in one place (table or front matter)"),
        "prose-conflict.header": Entry(
            "{what} даёт «{key}», что уже дано в заголовке в строке {line}; дайте это в одном месте",
            "{what} «{key}» береді, ол тақырыпта {line}-жолда берілген; оны бір жерде беріңіз",
            "the {what} gives '{key}', which the header already gives at line {line}; give it in one place"),
        "prose-bad-number": Entry("в ячейке не целое число", "ұяшықта бүтін сан емес", "a cell is not a whole number"),
        "prose-bad-number.cell": Entry(
            "«{text}» — не {expected}", "«{text}» — {expected} емес", "'{text}' is not {expected}"),
        "prose-bad-date": Entry("в ячейке не дата и не период", "ұяшықта күн де, кезең де емес", "a cell is not a date or a period"),
        "prose-bad-date.period": Entry(
            "«{text}» — не период в известной записи («I квартал 2026 г.», «март – май 2026 г.», «01.12.2026 – 31.01.2028», «до 31.12.2026»)",
            "«{text}» — белгілі жазылудағы кезең емес («I квартал 2026 г.», «март – май 2026 г.», «01.12.2026 – 31.01.2028», «31 желтоқсанға дейін»)",
            "'{text}' is not a period this reader knows («I квартал 2026 г.», «март – май 2026 г.», «01.12.2026 – 31.01.2028», «до 31.12.2026»)"),
        "prose-tables-not-recognised": Entry(
            "таблицы не распознаны: документ прочитан без профилей таблиц набора правил",
            "кестелер танылмады: құжат ережелер жиынтығының кесте профильдерінсіз оқылды",
            "tables not recognised: the document was read without the rule set's table profiles"),
        "prose-tables-not-recognised.count": Entry(
            "таблиц не распознано: {count}; документ прочитан без профилей таблиц набора правил",
            "танылмаған кестелер: {count}; құжат ережелер жиынтығының кесте профильдерінсіз оқылды",
            "{count} table(s) not recognised: they were read without the rule set's table profiles (Rules/extraction/tables.yaml)"),
        "prose-heading-too-deep": Entry("разделы вложены слишком глубоко", "бөлімдер тым терең кірістірілген", "sections nest too deep"),
        "prose-heading-too-deep.number": Entry(
            "в номере заголовка {number} частей: {parts}; разделы вкладываются не глубже {limit} уровней",
            "{number} тақырып нөміріндегі бөліктер: {parts}; бөлімдер {limit} деңгейден терең кірістірілмейді",
            "the heading number {number} has {parts} parts; sections nest at most {limit} deep"),
        "prose-heading-too-deep.nesting": Entry(
            "здесь разделы вложены глубже {limit} уровней; заголовок оставлен на уровне {limit}",
            "мұнда бөлімдер {limit} деңгейден терең кірістірілген; тақырып {limit}-деңгейде қалдырылды",
            "sections nest more than {limit} deep here; this heading is kept at depth {limit}"),
        "prose-pandoc-missing": Entry(
            "для чтения документа Word нужна программа pandoc, она не найдена", "Word құжатын оқу үшін pandoc бағдарламасы қажет, ол табылмады",
            "reading a .docx needs pandoc, which was not found"),
        "prose-pandoc-missing.path": Entry(
            "для чтения документа Word нужна программа pandoc, а её нет среди путей PATH; установите её (apt-get install pandoc) или укажите путь к ней в {key}",
            "Word құжатын оқу үшін pandoc бағдарламасы қажет, ал ол PATH жолдарында жоқ; оны орнатыңыз (apt-get install pandoc) немесе оның жолын {key} ішінде көрсетіңіз",
            "reading a .docx needs pandoc, and '{program}' is not on PATH; install it (apt-get install pandoc) or set {key} to its path"),
        "prose-pandoc-missing.setting": Entry(
            "для чтения документа Word нужна программа pandoc, а «{program}» ({key}) не запускается; установите её (apt-get install pandoc) или укажите путь к ней в {key}",
            "Word құжатын оқу үшін pandoc бағдарламасы қажет, ал «{program}» ({key}) іске қосылмайды; оны орнатыңыз (apt-get install pandoc) немесе оның жолын {key} ішінде көрсетіңіз",
            "reading a .docx needs pandoc, and '{program}' ({key}) is not an executable; install it (apt-get install pandoc) or set {key} to its path"),
        "prose-pandoc-failed": Entry(
            "программа pandoc не смогла прочитать документ Word", "pandoc бағдарламасы Word құжатын оқи алмады", "pandoc could not read the Word document"),
        "prose-pandoc-timeout": Entry(
            "программа pandoc не уложилась в отведённое время и была остановлена",
            "pandoc бағдарламасы берілген уақытқа сыймады және тоқтатылды", "pandoc ran out of time and was stopped"),
        "prose-pandoc-timeout.wall": Entry(
            "программа pandoc не закончила работу за {seconds} с и была остановлена",
            "pandoc бағдарламасы жұмысын {seconds} с ішінде аяқтамады және тоқтатылды",
            "pandoc did not finish within {seconds} s and was stopped"),
        "prose-pandoc-timeout.cpu": Entry(
            "программа pandoc заняла процессор дольше {seconds} с и была остановлена",
            "pandoc бағдарламасы процессорды {seconds} с-тан ұзақ алып, тоқтатылды",
            "pandoc used more than {seconds} s of CPU time and was stopped"),
        "prose-pandoc-memory": Entry(
            "программе pandoc не хватило отведённой памяти", "pandoc бағдарламасына берілген жад жетпеді", "pandoc needed more memory than its limit"),
        "prose-pandoc-memory.limit": Entry(
            "программе pandoc понадобилось больше отведённой памяти ({megabytes} МиБ): документ слишком велик или составлен во вред",
            "pandoc бағдарламасына берілген жадтан көп қажет болды ({megabytes} МиБ): құжат тым үлкен немесе зиянды",
            "pandoc needed more than its memory limit of {megabytes} MiB (the document is too large or hostile)"),
        "prose-pandoc-output-too-large": Entry(
            "текст документа Word больше допустимого размера", "Word құжатының мәтіні рұқсат етілген өлшемнен үлкен",
            "the text of the Word document is larger than the limit"),
        "prose-pandoc-output-too-large.limit": Entry(
            "текст, полученный программой pandoc из документа, больше предела в байтах ({limit})",
            "pandoc бағдарламасы құжаттан алған мәтін байтпен берілген шектен үлкен ({limit})",
            "pandoc's Markdown of the file is larger than the limit of {limit} bytes"),
        "prose-unsupported-format": Entry("формат файла не читается", "файл пішімі оқылмайды", "the file's format is not read"),
        "prose-unsupported-format.ext": Entry(
            "файл .{ext} не читается; сохраните его как .docx (Word: Файл › Сохранить как › Документ Word) и проверьте этот файл",
            ".{ext} файлы оқылмайды; оны .docx ретінде сақтаңыз (Word: Файл › Басқаша сақтау › Word құжаты) және сол файлды тексеріңіз",
            "unsupported: a .{ext} file is not read; save it as .docx (Word: File › Save As › Word Document) and check that file"),
        "docx-not-a-zip": Entry("файл не является документом Word (.docx)", "файл Word құжаты (.docx) емес", "the file is not a Word document (.docx)"),
        "docx-not-a-zip.archive": Entry(
            "файл не является архивом ZIP, а значит и документом .docx", "файл ZIP мұрағаты емес, демек .docx құжаты да емес",
            "the file is not a ZIP archive (no end of central directory record), so not a .docx"),
        "docx-not-a-zip.damaged": Entry(
            "оглавление архива повреждено (запись {entry} из {entries})", "мұрағат мазмұны бүлінген ({entries} жазбаның {entry}-жазбасы)",
            "the archive's central directory is damaged (entry {entry} of {entries})"),
        "docx-too-many-entries": Entry("в архиве слишком много файлов", "мұрағатта файлдар тым көп", "the archive has too many entries"),
        "docx-too-many-entries.count": Entry(
            "в архиве файлов: {count}, это больше предела ({limit})", "мұрағаттағы файлдар: {count}, бұл шектен көп ({limit})",
            "the archive has {count} entries, more than the limit of {limit}"),
        "docx-unsupported-entry": Entry("файл в архиве не таков, как в документе Word", "мұрағаттағы файл Word құжатындағыдай емес", "an entry of the archive is not as in a Word document"),
        "docx-unsupported-entry.encrypted": Entry(
            "файл «{name}» в архиве зашифрован; в документе .docx так не бывает",
            "мұрағаттағы «{name}» файлы шифрланған; .docx құжатында бұлай болмайды",
            "entry '{name}' is encrypted; a .docx is not"),
        "docx-unsupported-entry.method": Entry(
            "файл «{name}» в архиве сжат методом {method}; в документе .docx — метод 0 или 8",
            "мұрағаттағы «{name}» файлы {method} әдісімен сығылған; .docx құжатында — 0 немесе 8 әдісі",
            "entry '{name}' uses compression method {method}; a .docx uses 0 (stored) or 8 (deflate)"),
        "docx-entry-too-large": Entry("файл в архиве слишком велик", "мұрағаттағы файл тым үлкен", "an entry of the archive is too large"),
        "docx-entry-too-large.size": Entry(
            "файл «{name}» в архиве распаковывается в {size} Б, это больше предела ({limit} Б)",
            "мұрағаттағы «{name}» файлы {size} Б көлемге ашылады, бұл шектен көп ({limit} Б)",
            "entry '{name}' decompresses to {size} bytes, more than the limit of {limit}"),
        "docx-compression-ratio": Entry("архив сжат подозрительно сильно", "мұрағат күдікті түрде қатты сығылған", "the archive is compressed suspiciously much"),
        "docx-compression-ratio.entry": Entry(
            "файл «{name}» в архиве распаковывается с увеличением в {ratio} раз ({compressed} Б → {size} Б), больше предела ({limit}): это архив-бомба",
            "мұрағаттағы «{name}» файлы {ratio} есе ұлғайып ашылады ({compressed} Б → {size} Б), бұл шектен көп ({limit}): бұл мұрағат-бомба",
            "entry '{name}' decompresses {ratio}-fold ({compressed} to {size} bytes), more than the limit of {limit}-fold: a ZIP bomb"),
        "docx-too-large-uncompressed": Entry("архив распаковывается в слишком большой объём", "мұрағат тым үлкен көлемге ашылады", "the archive decompresses to too much"),
        "docx-too-large-uncompressed.limit": Entry(
            "архив распаковывается больше, чем в предел ({limit} Б)", "мұрағат шектен ({limit} Б) көп көлемге ашылады",
            "the archive decompresses to more than the limit of {limit} bytes"),
        "reading.date-year-only": Entry("на титульном листе указан только год", "титул парағында тек жыл көрсетілген", "the title page dates the document only by its year"),
        "reading.date-year-only.year": Entry(
            "на титульном листе указан только год ({year}); документ проверен на 31.12.{year}, и правила, изменившиеся в течение года, могут быть не те, что действовали на его настоящую дату",
            "титул парағында тек жыл көрсетілген ({year}); құжат 31.12.{year} күнге тексерілді, жыл ішінде өзгерген ережелер оның нақты күнінде қолданыста болғандар болмауы мүмкін",
            "the title page dates the document only by its year ({year}); it was checked as of {year}-12-31, and rules that changed during the year may not be the ones in force on its real date"),
        "reading.date-unknown": Entry("на титульном листе нет даты", "титул парағында күн жоқ", "no date on the title page"),
        "reading.date-unknown.today": Entry(
            "на титульном листе нет даты (гриф «УТВЕРЖДАЮ» или «БЕКІТЕМІН» с датой, или «… 2026 г.»); документ проверен на сегодня, {today}",
            "титул парағында күн жоқ («УТВЕРЖДАЮ» немесе «БЕКІТЕМІН» грифі күнімен, не «… 2026 г.»); құжат бүгінгі күнге, {today}, тексерілді",
            "no date on the title page (approval stamp «УТВЕРЖДАЮ» or «БЕКІТЕМІН» with a date, or «… 2026 г.»); it was checked as of today, {today}"),
        "reading.kind-unknown": Entry("вид документа не распознан", "құжат түрі танылмады", "the document's kind was not recognised"),
        "reading.kind-unknown.assumed": Entry(
            "на титульном листе не назван вид документа (техническое задание, инвестиционное предложение, финансово-экономическое обоснование — по-русски или по-казахски); документ проверен как техническое задание",
            "титул парағында құжат түрі аталмаған (техникалық тапсырма, инвестициялық ұсыныс, қаржылық-экономикалық негіздеме — орысша немесе қазақша); құжат техникалық тапсырма ретінде тексерілді",
            "the title page names no document kind (техническое задание, инвестиционное предложение, финансово-экономическое обоснование, or in Kazakh); the document was checked as a technical assignment"),
        // Inputs and dossiers.
        "input-not-a-document": Entry("файл не является документом", "файл құжат емес", "the file is not a document"),
        "input-other-format": Entry("пропущены файлы других форматов", "басқа пішімдегі файлдар өткізіп жіберілді", "files of other formats were skipped"),
        "input-excluded": Entry("файлы исключены параметром --exclude", "файлдар --exclude параметрімен алынып тасталды", "files were left out by --exclude"),
        "input-other-format.count": Entry(
            "пропущено файлов других форматов: {files} ({list})", "басқа пішімдегі файлдар өткізілді: {files} ({list})",
            "skipped {files} of other formats ({list})"),
        "input-excluded.glob": Entry(
            "--exclude «{glob}» исключил: {files}", "--exclude «{glob}» алып тастады: {files}", "--exclude '{glob}' left out {files}"),
        "dossier-bad-manifest": Entry("неверная опись комплекта документов", "құжаттар жиынтығының тізімдемесі қате", "the dossier's manifest is malformed"),
        "dossier-unknown-field": Entry("неизвестное поле в описи комплекта", "жиынтық тізімдемесіндегі белгісіз өріс", "an unknown field in the dossier's manifest"),
        "dossier-empty": Entry("в комплекте нет документов", "жиынтықта құжаттар жоқ", "the dossier has no documents"),
        "dossier-duplicate-kind": Entry("в комплекте два документа одного вида", "жиынтықта бір түрдегі екі құжат бар", "the dossier has two documents of one kind"),
        "dossier-missing-file": Entry("документ из описи комплекта не найден", "жиынтық тізімдемесіндегі құжат табылмады", "a document of the dossier was not found"),
        "dossier-bad-manifest.root": Entry(
            "опись комплекта — словарь с полями «dossier» и «documents», а здесь {kind}", "жиынтық тізімдемесі — «dossier» және «documents» өрістері бар сөздік, ал мұнда {kind}",
            "a dossier manifest is a mapping with 'dossier' and 'documents', found {kind}"),
        "dossier-bad-manifest.dossier": Entry(
            "«dossier» должно быть словарём (id, title, route), а здесь {kind}", "«dossier» сөздік болуы керек (id, title, route), ал мұнда {kind}",
            "'dossier' must be a mapping (id, title, route), found {kind}"),
        "dossier-bad-manifest.item": Entry(
            "каждый элемент «documents» — путь к документу, а здесь {kind}", "«documents» әр элементі — құжатқа жол, ал мұнда {kind}",
            "each item of 'documents' is a path to a document, found {kind}"),
        "dossier-bad-manifest.documents": Entry(
            "«documents» должно быть списком путей, а здесь {kind}", "«documents» жолдар тізімі болуы керек, ал мұнда {kind}",
            "'documents' must be a list of paths, found {kind}"),
        "dossier-bad-manifest.missing": Entry(
            "в описи нет списка «documents»", "тізімдемеде «documents» тізімі жоқ", "the manifest has no 'documents' list"),
        "dossier-bad-manifest.route": Entry(
            "«route» должно быть списком видов документов, а здесь {kind}", "«route» құжат түрлерінің тізімі болуы керек, ал мұнда {kind}",
            "'route' must be a list of document kinds, found {kind}"),
        "dossier-unknown-field.manifest": Entry(
            "неизвестное поле «{key}» в описи (ожидаются «dossier» и «documents»)", "тізімдемедегі белгісіз «{key}» өрісі («dossier» және «documents» күтіледі)",
            "unknown field '{key}' in the manifest (expected 'dossier' and 'documents')"),
        "dossier-unknown-field.dossier": Entry(
            "неизвестное поле «{key}» в «dossier» (ожидаются id, title, route)", "«dossier» ішіндегі белгісіз «{key}» өрісі (id, title, route күтіледі)",
            "unknown field '{key}' in 'dossier' (expected id, title, route)"),
        "dossier-bad-kind.route": Entry(
            "неизвестный вид документа «{found}» в «route»; ожидается одно из: {kinds}{suggestion}",
            "«route» ішіндегі белгісіз «{found}» құжат түрі; мыналардың бірі күтіледі: {kinds}{suggestion}",
            "unknown document kind '{found}' in 'route'; expected one of: {kinds}{suggestion}"),
        "dossier-missing-file.entry": Entry(
            "документа «{entry}» из описи нет (искали {file})", "тізімдемедегі «{entry}» құжаты жоқ ({file} ізделді)",
            "the listed document '{entry}' does not exist (looked for {file})"),
        "dossier-duplicate-kind.first": Entry(
            "в комплекте один документ вида «{kind}»; им уже является {first}, поэтому этот документ проверен только сам по себе",
            "жиынтықта «{kind}» түріндегі бір құжат болады; ол — {first}, сондықтан бұл құжат тек жеке тексерілді",
            "a dossier holds one {kind}; {first} is already its {kind}, so this one is checked on its own only"),
        "dossier-empty.lists": Entry("в описи комплекта нет ни одного документа", "жиынтық тізімдемесінде бірде-бір құжат жоқ", "the dossier lists no document"),
        "dossier-empty.holds": Entry("в комплекте нет ни одного документа", "жиынтықта бірде-бір құжат жоқ", "the dossier holds no document"),
        "dossier-bad-kind": Entry("неверный вид документа в описи комплекта", "жиынтық тізімдемесіндегі құжат түрі қате", "a document kind in the dossier's manifest is wrong"),
        // Rules that could not be evaluated on the document.
        "eval-no-matching-overload": Entry(
            "проверку не удалось выполнить: значение не того типа", "тексеруді орындау мүмкін болмады: мәннің түрі қате",
            "the check could not be done: a value of the wrong type"),
        "eval-invalid-argument": Entry(
            "проверку не удалось выполнить: недопустимое значение", "тексеруді орындау мүмкін болмады: мән жарамсыз",
            "the check could not be done: an invalid value"),
        "eval-overflow": Entry(
            "проверку не удалось выполнить: число слишком велико", "тексеруді орындау мүмкін болмады: сан тым үлкен",
            "the check could not be done: a number is too large"),
        "eval-division-by-zero": Entry(
            "проверку не удалось выполнить: деление на ноль", "тексеруді орындау мүмкін болмады: нөлге бөлу",
            "the check could not be done: division by zero"),
        "eval-no-such-key": Entry(
            "проверку не удалось выполнить: нет такого ключа", "тексеруді орындау мүмкін болмады: мұндай кілт жоқ",
            "the check could not be done: no such key"),
        "eval-index-out-of-range": Entry(
            "проверку не удалось выполнить: номер элемента вне списка", "тексеруді орындау мүмкін болмады: элемент нөмірі тізімнен тыс",
            "the check could not be done: an index out of range"),
        "eval-too-costly": Entry(
            "проверку не удалось выполнить: она слишком трудоёмка", "тексеруді орындау мүмкін болмады: ол тым ауыр",
            "the check could not be done: it is too costly"),
        "eval-not-bool": Entry(
            "условие правила дало не «да» или «нет»", "ереже шарты «иә» немесе «жоқ» бермеді", "a rule's condition did not give true or false"),
        // Why an evaluation failed, inside the sentence naming the rule and the place (`eval-failed.rule`).
        "eval-no-matching-overload.types": Entry(
            "операция «{op}» не определена для ({types})", "«{op}» амалы ({types}) үшін анықталмаған", "no matching overload for '{op}' applied to ({types})"),
        "eval-no-matching-overload.function": Entry(
            "неизвестная функция «{name}»", "белгісіз «{name}» функциясы", "unknown function '{name}'"),
        "eval-no-matching-overload.arity": Entry(
            "функции «{name}» передано не столько аргументов, сколько нужно", "«{name}» функциясына қажет санды аргумент берілмеген",
            "wrong number of arguments for '{name}'"),
        "eval-division-by-zero.division": Entry("деление на ноль", "нөлге бөлу", "division by zero"),
        "eval-division-by-zero.modulus": Entry("остаток от деления на ноль", "нөлге бөлгендегі қалдық", "modulus by zero"),
        "eval-no-such-key.key": Entry("нет ключа «{key}»", "«{key}» кілті жоқ", "no such key: '{key}'"),
        "eval-no-such-key.value": Entry("нет ключа {key}", "{key} кілті жоқ", "no such key: {key}"),
        "eval-no-such-key.identifier": Entry("неизвестное имя «{name}»", "белгісіз «{name}» атауы", "unknown identifier '{name}'"),
        "eval-index-out-of-range.count": Entry(
            "номер {index} вне списка из {count} {elements}", "{index} нөмірі {count} {elements}тен тұратын тізімнен тыс",
            "index {index} out of range for a list of {count} {elements}"),
        "eval-not-bool.role": Entry(
            "«{role}» должно давать логическое значение (bool), а дало {type}", "«{role}» логикалық мән (bool) беруі керек, ал {type} берді",
            "'{role}' must evaluate to a bool, got {type}"),
        // The sentence around an evaluation failure's detail: which rule, on which document node.
        "eval-regex-limit.steps": Entry(
            "сопоставление «{pattern}» с текстом из {length} символов прервано после {limit} шагов возврата: шаблон возвращается катастрофически (как вложенные кванторы вида {example}); перепишите его так, чтобы каждая часть совпадала только одним способом",
            "«{pattern}» үлгісін {length} таңбалы мәтінмен салыстыру {limit} қайтару қадамынан кейін тоқтатылды: үлгі апатты түрде қайтарылады ({example} сияқты кірістірілген кванторлар секілді); әр бөлігі тек бір тәсілмен сәйкес келетіндей етіп қайта жазыңыз",
            "matching '{pattern}' against a text of {length} characters gave up after {limit} backtracking steps: the pattern backtracks catastrophically (as nested quantifiers like {example} do); rewrite it so that each part can match in one way only"),
        "eval-failed": Entry("правило не удалось проверить", "ережені тексеру мүмкін болмады", "a rule could not be evaluated"),
        "eval-failed.question": Entry(
            "условие вопроса экспертизы для {file}: {detail}", "{file} үшін сараптама сұрағының шарты: {detail}", "a question's condition on {file}: {detail}"),
        "eval-not-bool.question": Entry(
            "условие вопроса экспертизы должно давать логическое значение (bool)", "сараптама сұрағының шарты логикалық мән (bool) беруі керек",
            "a question's condition must evaluate to a bool"),
        "eval-failed.variable": Entry(
            "в переменной «{name}» ({place}): {detail}", "«{name}» айнымалысында ({place}): {detail}", "in variable '{name}' at {place}: {detail}"),
        "eval-failed.rule": Entry("правило {rule} на {where}: {detail}", "{where} орнындағы {rule} ережесі: {detail}", "rule {rule} on {where}: {detail}"),
        "eval-regex-limit": Entry(
            "проверку не удалось выполнить: шаблон текста слишком трудоёмок", "тексеруді орындау мүмкін болмады: мәтін үлгісі тым ауыр",
            "the check could not be done: a text pattern is too costly"),
    ]
}
