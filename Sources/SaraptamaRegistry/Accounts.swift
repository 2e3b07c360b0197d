import Foundation
import Saraptama

/// An expert's account for the service. The password is kept only as an Argon2id hash.
public struct Account: Sendable, Equatable {
    /// What an account may do: a viewer reads the registry and statistics, an expert also
    /// records examinations, a head of department also approves conclusions.
    public enum Role: String, Sendable, CaseIterable {
        case expert, head, viewer

        public var mayRecord: Bool { self != .viewer }
        public var mayApprove: Bool { self == .head }
    }

    public var name: String
    public var role: Role
    public var passwordHash: String
    public var disabled: Bool
    public var createdAt: String
}

/// What was recorded at intake beside an examination.
public struct Intake: Sendable, Equatable {
    public var incomingNumber: String?
    public var recordedBy: String?
    public var approvedBy: String?
    public var approvedAt: String?

    public init(incomingNumber: String? = nil, recordedBy: String? = nil, approvedBy: String? = nil, approvedAt: String? = nil) {
        self.incomingNumber = incomingNumber
        self.recordedBy = recordedBy
        self.approvedBy = approvedBy
        self.approvedAt = approvedAt
    }
}

/// Accounts and intake records (schema version 2).
extension Registry {
    /// Adds an account; a name already taken fails with SQLite's constraint message.
    public func addAccount(name: String, role: Account.Role, passwordHash: String) throws(RegistryError) {
        try mapErrors(file: path) {
            try connection.run(
                "INSERT INTO accounts (name, role, password_hash, disabled, created_at) VALUES (?, ?, ?, 0, ?)",
                [.text(name), .text(role.rawValue), .text(passwordHash), .text(Self.timestamp())])
        }
    }

    public func accounts() throws(RegistryError) -> [Account] {
        try mapErrors(file: path) { try connection.query("SELECT name, role, password_hash, disabled, created_at FROM accounts ORDER BY name", row: Self.account) }
    }

    public func account(named name: String) throws(RegistryError) -> Account? {
        try mapErrors(file: path) {
            try connection.query("SELECT name, role, password_hash, disabled, created_at FROM accounts WHERE name = ?", [.text(name)], row: Self.account).first
        }
    }

    /// Disables (or enables again) an account; false when there is no such account.
    @discardableResult
    public func setDisabled(_ name: String, _ disabled: Bool) throws(RegistryError) -> Bool {
        try mapErrors(file: path) {
            try connection.run("UPDATE accounts SET disabled = ? WHERE name = ?", [.integer(disabled ? 1 : 0), .text(name)])
            return connection.changes > 0
        }
    }

    /// Records an examination, then what intake adds to it. The examination is complete without
    /// its intake row, so the two need not share a transaction.
    public func record(_ examination: Examination, copy: [UInt8]?, intake: Intake) throws(RegistryError) -> Examination {
        let stored = try record(examination, copy: copy)
        try mapErrors(file: path) {
            try connection.run(
                "INSERT OR REPLACE INTO intake (examination_id, incoming_number, recorded_by) VALUES (?, ?, ?)",
                [.integer(stored.id!), .text(intake.incomingNumber), .text(intake.recordedBy)])
        }
        return stored
    }

    public func intake(examinationID: Int64) throws(RegistryError) -> Intake? {
        try mapErrors(file: path) {
            try connection.query(
                "SELECT incoming_number, recorded_by, approved_by, approved_at FROM intake WHERE examination_id = ?", [.integer(examinationID)]
            ) { row in
                Intake(incomingNumber: row.optionalText(at: 0), recordedBy: row.optionalText(at: 1), approvedBy: row.optionalText(at: 2), approvedAt: row.optionalText(at: 3))
            }.first
        }
    }

    /// Every intake row, by examination id (one query, for listing the registry).
    public func intakes() throws(RegistryError) -> [Int64: Intake] {
        try mapErrors(file: path) {
            var result: [Int64: Intake] = [:]
            for (id, intake) in try connection.query("SELECT examination_id, incoming_number, recorded_by, approved_by, approved_at FROM intake", row: { row in
                (row.int64(at: 0), Intake(incomingNumber: row.optionalText(at: 1), recordedBy: row.optionalText(at: 2), approvedBy: row.optionalText(at: 3), approvedAt: row.optionalText(at: 4)))
            }) { result[id] = intake }
            return result
        }
    }

    /// Every round of a document, oldest first, with findings.
    public func rounds(of documentID: String) throws(RegistryError) -> [Examination] {
        var rounds: [Examination] = []
        for examination in try examinations(withFindings: false) where examination.documentID == documentID {
            if let full = try self.examination(id: examination.id!) { rounds.append(full) }
        }
        return rounds.sorted { ($0.round ?? 0) < ($1.round ?? 0) }
    }

    /// Marks the conclusion of an examination approved by `head`.
    public func approve(examinationID: Int64, by head: String) throws(RegistryError) {
        try mapErrors(file: path) {
            try connection.run(
                "INSERT INTO intake (examination_id, approved_by, approved_at) VALUES (?, ?, ?) ON CONFLICT(examination_id) DO UPDATE SET approved_by = excluded.approved_by, approved_at = excluded.approved_at",
                [.integer(examinationID), .text(head), .text(Self.timestamp())])
        }
    }

    private static func account(_ row: SQLiteStatement) -> Account {
        Account(
            name: row.text(at: 0), role: Account.Role(rawValue: row.text(at: 1)) ?? .viewer, passwordHash: row.text(at: 2),
            disabled: row.int(at: 3) != 0, createdAt: row.text(at: 4))
    }
}
