/// libyaml's problems and contexts (fixed English phrases of its scanner and parser) in Russian
/// and Kazakh, so that a `yaml-syntax` error reads in the report's language. A phrase not listed
/// here keeps the code's summary and libyaml's English (see `Diagnostic.message(in:)`).
enum YAMLProblemText {
    /// The problems an author of a YAML document meets most, by libyaml's phrase.
    static let problems: [String: (ru: String, kk: String)] = [
        "did not find expected key": ("не найден ожидаемый ключ (проверьте отступы)", "күтілген кілт табылмады (шегіністерді тексеріңіз)"),
        "did not find expected ',' or ']'": ("не найдена ожидаемая «,» или «]»", "күтілген «,» немесе «]» табылмады"),
        "did not find expected ',' or '}'": ("не найдена ожидаемая «,» или «}»", "күтілген «,» немесе «}» табылмады"),
        "did not find expected node content": ("не найдено ожидаемое значение", "күтілген мән табылмады"),
        "did not find expected '-' indicator": ("не найден ожидаемый знак «-» элемента списка", "тізім элементінің күтілген «-» белгісі табылмады"),
        "did not find expected <document start>": ("не найдено ожидаемое начало документа", "құжаттың күтілген басы табылмады"),
        "did not find expected comment or line break": ("после значения ожидается комментарий или конец строки", "мәннен кейін түсініктеме немесе жол соңы күтіледі"),
        "mapping values are not allowed in this context": ("здесь не может стоять «ключ: значение» (возможно, пропущены кавычки или неверен отступ)", "мұнда «кілт: мән» тұра алмайды (тырнақшалар түсіп қалған немесе шегініс қате болуы мүмкін)"),
        "block sequence entries are not allowed in this context": ("здесь не может начинаться элемент списка «-» (проверьте отступы)", "мұнда «-» тізім элементі басталмайды (шегіністерді тексеріңіз)"),
        "could not find expected ':'": ("не найдено ожидаемое двоеточие «:» после ключа", "кілттен кейін күтілген «:» қос нүктесі табылмады"),
        "found character that cannot start any token": ("встречен символ, с которого ничего не может начинаться (например, табуляция или «@»)", "ештеңе басталмайтын таңба кездесті (мысалы, табуляция немесе «@»)"),
        "found unexpected end of stream": ("текст закончился раньше, чем закрыто значение (не хватает кавычки?)", "мән жабылмай тұрып мәтін аяқталды (тырнақша жетіспей ме?)"),
        "found unknown escape character": ("неизвестная последовательность после «\\» в строке в кавычках", "тырнақшадағы жолда «\\» кейінгі белгісіз тізбек"),
        "found a tab character that violates indentation": ("табуляция нарушает отступы: используйте пробелы", "табуляция шегіністерді бұзады: бос орындарды қолданыңыз"),
        "found a tab character where an indentation space is expected": ("табуляция там, где ожидается пробел отступа", "шегініс бос орны күтілген жерде табуляция"),
        "found unexpected document indicator": ("неожиданная строка «---» или «...» внутри значения", "мән ішінде күтпеген «---» немесе «...» жолы"),
        "found undefined tag handle": ("неизвестный префикс тега", "тегтің белгісіз префиксі"),
        "control characters are not allowed": ("управляющие символы не допускаются", "басқару таңбаларына жол берілмейді"),
        "invalid leading UTF-8 octet": ("неверный байт UTF-8", "UTF-8 байты қате"),
        "invalid trailing UTF-8 octet": ("неверный байт UTF-8", "UTF-8 байты қате"),
    ]

    /// What libyaml was reading when it met the problem.
    static let contexts: [String: (ru: String, kk: String)] = [
        "while scanning a simple key": ("при чтении ключа", "кілтті оқу кезінде"),
        "while parsing a block mapping": ("при чтении словаря", "сөздікті оқу кезінде"),
        "while parsing a block collection": ("при чтении списка", "тізімді оқу кезінде"),
        "while parsing a flow sequence": ("при чтении списка в скобках [ ]", "[ ] жақшадағы тізімді оқу кезінде"),
        "while parsing a flow mapping": ("при чтении словаря в скобках { }", "{ } жақшадағы сөздікті оқу кезінде"),
        "while parsing a flow node": ("при чтении значения в скобках", "жақшадағы мәнді оқу кезінде"),
        "while parsing a block node": ("при чтении значения", "мәнді оқу кезінде"),
        "while parsing a node": ("при чтении значения", "мәнді оқу кезінде"),
        "while scanning a quoted scalar": ("при чтении строки в кавычках", "тырнақшадағы жолды оқу кезінде"),
        "while scanning a plain scalar": ("при чтении значения", "мәнді оқу кезінде"),
        "while scanning a block scalar": ("при чтении многострочного текста", "көп жолды мәтінді оқу кезінде"),
        "while scanning an anchor": ("при чтении метки &", "& белгісін оқу кезінде"),
        "while scanning an alias": ("при чтении ссылки *", "* сілтемесін оқу кезінде"),
        "while scanning a tag": ("при чтении тега", "тегті оқу кезінде"),
    ]

    /// The arguments of a `yaml-syntax.problem` message, or nil when the problem (or the
    /// context, when there is one) is not listed.
    static func arguments(problem: String, context: String?, contextMark: Mark?) -> [String: String]? {
        guard let words = problems[problem] else { return nil }
        var arguments = DiagnosticCatalogue.localized("problem", (words.ru, words.kk, problem))
        guard let context else {
            arguments["context"] = ""
            return arguments
        }
        guard let place = contexts[context] else { return nil }
        let at = contextMark.map { "\($0.line):\($0.column)" } ?? ""
        arguments.merge(DiagnosticCatalogue.localized("context", (
            " (\(place.ru); начало — \(at))", " (\(place.kk); басы — \(at))", " (\(context) at \(at))"))) { a, _ in a }
        return arguments
    }
}
