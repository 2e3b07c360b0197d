extension DiagnosticCatalogue {
    /// Reading a file and parsing its YAML (`io-…`, `yaml-…`): what anyone who gives a file meets.
    /// A code's own key is its summary (no placeholders); `code.variant` keys are the sentences
    /// of its construction sites.
    static let loading: [String: Entry] = [
        "io-unreadable": Entry("файл не удалось прочитать", "файлды оқу мүмкін болмады", "the file could not be read"),
        "io-unreadable.reason": Entry(
            "файл не удалось прочитать: {reason}", "файлды оқу мүмкін болмады: {reason}", "cannot read the file: {reason}"),
        "io-unreadable.schema": Entry(
            "не удалось прочитать схему документа", "құжат схемасын оқу мүмкін болмады", "cannot read the document schema"),
        "io-too-large": Entry("файл больше допустимого размера", "файл рұқсат етілген өлшемнен үлкен", "the file is larger than the limit"),
        "io-too-large.size": Entry(
            "размер файла в байтах — {size}, это больше предела ({limit}; {limitName})",
            "файлдың байтпен өлшемі — {size}, бұл шектен көп ({limit}; {limitName})",
            "the input is {size} bytes, more than the limit of {limit} bytes ({limitName})"),
        "io-too-large.unknown": Entry(
            "файл больше предела в байтах ({limit}; {limitName})",
            "файл байтпен берілген шектен үлкен ({limit}; {limitName})",
            "the input is larger, more than the limit of {limit} bytes ({limitName})"),
        "yaml-too-large": Entry("текст больше допустимого размера", "мәтін рұқсат етілген өлшемнен үлкен", "the text is larger than the limit"),
        "yaml-invalid-utf8": Entry("текст не в кодировке UTF-8", "мәтін UTF-8 кодтауында емес", "the text is not UTF-8"),
        "yaml-invalid-utf8.byte": Entry(
            "текст не в кодировке UTF-8: байт 0x{byte} на позиции {offset}",
            "мәтін UTF-8 кодтауында емес: {offset} позициясындағы 0x{byte} байты",
            "invalid UTF-8: byte 0x{byte} at byte offset {offset}"),
        "yaml-syntax": Entry(
            "ошибка синтаксиса YAML: текст не удалось разобрать", "YAML синтаксисінің қатесі: мәтінді талдау мүмкін болмады",
            "YAML syntax error: the text could not be parsed"),
        "yaml-syntax.problem": Entry("ошибка синтаксиса YAML: {problem}{context}", "YAML синтаксисінің қатесі: {problem}{context}", "{problem}{context}"),
        "yaml-too-deep": Entry("вложенность глубже допустимой", "кірістіру рұқсат етілгеннен терең", "collections nest too deep"),
        "yaml-too-deep.collection": Entry(
            "здесь вложенность глубже допустимой ({limit} уровней; {limitName})",
            "мұнда кірістіру рұқсат етілгеннен терең ({limit} деңгей; {limitName})",
            "this collection nests collections deeper than {limit} levels ({limitName})"),
        "yaml-too-deep.alias": Entry(
            "ссылка *{name} даёт вложенность глубже допустимой ({limit} уровней; {limitName})",
            "*{name} сілтемесі рұқсат етілгеннен терең кірістіру береді ({limit} деңгей; {limitName})",
            "alias '*{name}' nests collections deeper than {limit} levels ({limitName})"),
        "yaml-alias-budget": Entry(
            "ссылки (*имя) раскрываются в слишком много значений", "сілтемелер (*атау) тым көп мәнге ашылады",
            "aliases expand to too many nodes"),
        "yaml-alias-budget.alias": Entry(
            "ссылка *{name} раскрывает больше значений, чем допустимо ({limit}; {limitName})",
            "*{name} сілтемесі рұқсат етілгеннен көп мән ашады ({limit}; {limitName})",
            "alias '*{name}' would take the nodes materialised through aliases beyond {limit} ({limitName})"),
        "yaml-undefined-alias": Entry("ссылка на неопределённую метку", "анықталмаған белгіге сілтеме", "an alias to an undefined anchor"),
        "yaml-undefined-alias.name": Entry(
            "ссылка *{name} не указывает ни на одну метку (&{name}) выше неё",
            "*{name} сілтемесі өзінен жоғары ешбір белгіге (&{name}) нұсқамайды",
            "alias '*{name}' refers to no anchor defined before it"),
        "yaml-duplicate-key": Entry("ключ повторяется", "кілт қайталанады", "a key is repeated"),
        "yaml-duplicate-key.key": Entry(
            "ключ «{key}» повторяется (впервые — в строке {line})", "«{key}» кілті қайталанады (алғаш — {line}-жолда)",
            "duplicate key '{key}' (first defined on line {line})"),
        "yaml-complex-key": Entry("ключом не может быть список или словарь", "кілт тізім немесе сөздік бола алмайды", "a key cannot be a list or a mapping"),
        "yaml-complex-key.kind": Entry(
            "{kind} не может быть ключом", "{kind} кілт бола алмайды", "a {kind} cannot be a mapping key"),
        "yaml-invalid-merge": Entry("неверное слияние «<<»", "«<<» біріктіруі қате", "an invalid '<<' merge"),
        "yaml-invalid-merge.list": Entry(
            "список после «<<» может содержать только словари (здесь: {kind})",
            "«<<» кейінгі тізімде тек сөздіктер болуы мүмкін (мұнда: {kind})",
            "a '<<' list may hold only mappings (found: {kind})"),
        "yaml-invalid-merge.value": Entry(
            "значение «<<» должно быть словарём или списком словарей (здесь: {kind})",
            "«<<» мәні сөздік немесе сөздіктер тізімі болуы керек (мұнда: {kind})",
            "the value of '<<' must be a mapping or a list of mappings (found: {kind})"),
        "yaml-unknown-tag": Entry("неизвестный тег YAML", "белгісіз YAML тегі", "an unknown YAML tag"),
        "yaml-unknown-tag.tag": Entry(
            "неизвестный тег {tag}; поддерживаются только !!str, !!int, !!float, !!bool, !!null, !!map и !!seq",
            "белгісіз {tag} тегі; тек !!str, !!int, !!float, !!bool, !!null, !!map және !!seq қолданылады",
            "unknown tag '{tag}'; only !!str, !!int, !!float, !!bool, !!null, !!map and !!seq are supported"),
        "yaml-bad-tagged-value": Entry("значение не подходит к своему тегу", "мән өз тегіне сәйкес емес", "a value does not fit its tag"),
        "yaml-bad-tagged-value.scalar": Entry(
            "«{text}» — неверное значение для {tag}", "«{text}» — {tag} үшін жарамсыз мән", "'{text}' is not a valid {tag}"),
        "yaml-bad-tagged-value.collection": Entry(
            "{kind} не может иметь тег {tag}", "{kind} {tag} тегіне ие бола алмайды", "a {kind} cannot have tag {tag}"),
        "yaml-int-overflow": Entry("целое число слишком велико", "бүтін сан тым үлкен", "an integer is too large"),
        "yaml-int-overflow.text": Entry(
            "целое число {text} не умещается в 64 бита", "{text} бүтін саны 64 битке сыймайды", "integer '{text}' does not fit in 64 bits"),
        "yaml-multiple-documents": Entry("в файле больше одного документа YAML", "файлда бірден көп YAML құжаты бар", "more than one YAML document"),
        "yaml-multiple-documents.here": Entry(
            "здесь начинается второй документ; ожидается только один", "мұнда екінші құжат басталады; тек біреуі күтіледі",
            "a second document starts here; only one document is expected"),
    ]
}
