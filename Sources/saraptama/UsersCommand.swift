import Foundation
import Saraptama
import SaraptamaRegistry

/// `saraptama users add|list|disable|enable`: expert accounts of the service, in the registry.
enum UsersCommand {
    static let usage = """
        USAGE: saraptama users add NAME [--role expert|head|viewer] [--registry PATH]
               saraptama users list [--registry PATH]
               saraptama users disable NAME [--registry PATH]
               saraptama users enable NAME [--registry PATH]

        Accounts for 'saraptama serve'. 'add' reads the password from the first line of standard input
        (at least 10 characters; it is stored only as an Argon2id hash). Roles: expert (checks and records
        examinations), head (also approves conclusions), viewer (reads the registry and statistics).

        --lang ru|kk|en chooses the language of the messages (default ru).

        EXIT CODES: 0 success; 2 usage or registry error.
        """

    static func run(_ argv: [String]) throws(ExitRequest) -> ExitCode {
        let arguments: Arguments
        do { arguments = try Arguments(argv, options: ["--role", "--lang"] + RegistryOptions.names, flags: ["--help", "-h"]) } catch {
            throw usageFailure(error.message, usage: usage)
        }
        if arguments.has("--help") || arguments.has("-h") { Console.out(usage + "\n"); return .success }
        guard let action = arguments.positionals.first else { throw usageFailure(CLIMessages.text("users.action", ["actions": CLIMessages.either(["add", "list", "disable", "enable"])]), usage: usage) }
        let operands = Array(arguments.positionals.dropFirst())
        switch action {
        case "list":
            let registry = try RegistryOptions.open(arguments, create: false)
            let accounts = try RegistryOptions.attempt { () throws(RegistryError) in try registry.accounts() }
            for account in accounts {
                Console.out("\(account.name)\t\(account.role.rawValue)\t\(account.disabled ? "disabled" : "active")\t\(account.createdAt)\n")
            }
            return .success
        case "add":
            guard operands.count == 1, let name = operands.first, name.range(of: "^[A-Za-z0-9._@-]{1,64}$", options: .regularExpression) != nil else {
                throw usageFailure(CLIMessages.text("users.nameRule"), usage: usage)
            }
            let roleName = arguments.value("--role") ?? "expert"
            guard let role = Account.Role(rawValue: roleName) else { throw usageFailure(CLIMessages.text("users.role", ["roles": CLIMessages.either(["expert", "head", "viewer"])]), usage: usage) }
            let password = (readLine(strippingNewline: true) ?? "")
            guard password.count >= 10 else { throw usageFailure(CLIMessages.text("users.password"), usage: usage) }
            guard let hash = PasswordHash.make(password) else {
                Console.err("saraptama: error: " + CLIMessages.text("users.hash"))
                return .error
            }
            let registry = try RegistryOptions.open(arguments, create: true)
            try RegistryOptions.attempt { () throws(RegistryError) in try registry.addAccount(name: name, role: role, passwordHash: hash) }
            Console.err("saraptama: " + CLIMessages.text("users.added", ["name": name, "role": role.rawValue, "registry": registry.path]))
            return .success
        case "disable", "enable":
            guard operands.count == 1, let name = operands.first else { throw usageFailure(CLIMessages.text("users.oneName"), usage: usage) }
            let registry = try RegistryOptions.open(arguments, create: false)
            let found = try RegistryOptions.attempt { () throws(RegistryError) in try registry.setDisabled(name, action == "disable") }
            guard found else {
                Console.err("saraptama: error: " + CLIMessages.text("users.noAccount", ["name": name, "registry": registry.path]))
                return .error
            }
            Console.err("saraptama: " + CLIMessages.text(action == "disable" ? "users.disabled" : "users.enabled", ["name": name]))
            return .success
        default:
            throw usageFailure(CLIMessages.text("users.unknownAction", ["action": action, "actions": CLIMessages.either(["add", "list", "disable", "enable"])]), usage: usage)
        }
    }
}
