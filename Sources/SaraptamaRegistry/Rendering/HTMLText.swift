/// Escaping for HTML text and attribute values. Everything a report shows comes from documents,
/// CSV imports or the command line, so every value goes through here: a state body named
/// `<script>…</script>` must be shown, never run.
enum HTMLText {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
