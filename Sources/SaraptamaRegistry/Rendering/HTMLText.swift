import Saraptama

/// Escaping for HTML text and attribute values. Everything a statistics page shows comes from
/// documents, CSV imports or the command line, so every value goes through here: a state body
/// named `<script>…</script>` must be shown, never run. The reports' escaper is the one rule.
enum HTMLText {
    static func escape(_ text: String) -> String { Escape.html(text) }
}
