/// What an issued conclusion says beyond the examination itself: who issues it, its number and
/// date, whom it answers and which letter, and who signs and approves it. The organisation and
/// the signatories come from the configuration file (`saraptama.yaml`), the number, the date and
/// the letter from the command line.
public struct ConclusionSettings: Sendable, Equatable {
    /// A person who signs: a name and a position in each language.
    public struct Signatory: Sendable, Equatable {
        public var name: String
        public var position: LocalizedText

        public init(name: String, position: LocalizedText) {
            self.name = name
            self.position = position
        }
    }

    /// The issuing organisation's name, in each language.
    public var organisation: LocalizedText?
    /// The organisation's details under its name (address, BIN, telephone, e-mail), in each language.
    public var organisationDetails: LocalizedText?
    /// The conclusion's registration number; nil leaves a blank to fill in.
    public var number: String?
    /// The date of issue, `YYYY-MM-DD`; nil takes the report's date (`--today`).
    public var date: String?
    /// The addressee; nil addresses the state body the document names.
    public var addressee: String?
    /// The incoming letter's number and date (`YYYY-MM-DD`), when the submission came with one.
    public var letterNumber: String?
    public var letterDate: String?
    /// The expert who prepared the conclusion, and the manager who approves it.
    public var expert: Signatory?
    public var approver: Signatory?
    /// A Word document whose styles, page setup, header and footer the `.docx` conclusion takes:
    /// the organisation's letterhead (`conclusion.template` in `saraptama.yaml`). Nil takes the
    /// rule set's `conclusion/reference.docx`, then pandoc's plain default.
    public var template: String?

    public init(
        organisation: LocalizedText? = nil, organisationDetails: LocalizedText? = nil, number: String? = nil, date: String? = nil,
        addressee: String? = nil, letterNumber: String? = nil, letterDate: String? = nil, expert: Signatory? = nil, approver: Signatory? = nil,
        template: String? = nil
    ) {
        self.organisation = organisation
        self.organisationDetails = organisationDetails
        self.number = number
        self.date = date
        self.addressee = addressee
        self.letterNumber = letterNumber
        self.letterDate = letterDate
        self.expert = expert
        self.approver = approver
        self.template = template
    }
}
