/// The `saraptama.yaml` that `saraptama init` writes: every setting, commented.
public enum ConfigurationTemplate {
    public static func text(language: Language, rules: String) -> String {
        """
        # Saraptama settings for this folder and the folders below it. A flag on the command line wins
        # over a setting here; paths are relative to this file.
        rules: \(rules)                       # the rule set
        # architecture: \(rules)/architectures  # approved architectures of state bodies
        language: \(language.rawValue)                    # ru | kk | en
        fail_on: error                  # error | warning | info | never
        # waivers: waivers.yaml         # approved waivers
        registry: saraptama.db          # the registry of examinations

        # The issued conclusion (--output docx=PATH): who issues it and who signs it.
        conclusion:
          organisation:
            ru: "Наименование организации"
            kk: "Ұйымның атауы"
            en: "Name of the organisation"
          details:
            ru: "Адрес, БИН, телефон, электронная почта"
            kk: "Мекенжайы, БСН, телефоны, электрондық поштасы"
            en: "Address, BIN, telephone, e-mail"
          expert:
            name: "И. О. Фамилия"
            position: {ru: "Эксперт", kk: "Сарапшы", en: "Expert"}
          approver:
            name: "И. О. Фамилия"
            position: {ru: "Руководитель", kk: "Басшы", en: "Head"}
          # The organisation's letterhead: a Word document whose styles, margins, header and footer
          # the conclusion takes (default: the rule set's conclusion/reference.docx).
          # template: letterhead.docx

        # saraptama serve: where it listens and the bounds of a request (see the guide's Service article).
        # serve:
        #   host: 127.0.0.1
        #   port: 8080
        #   secure_cookies: false       # true when the proxy in front speaks HTTPS
        #   session_minutes: 480
        #   max_upload_mb: 20

        """
    }
}
