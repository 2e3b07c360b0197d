import CSaraptamaProcess
import Foundation

/// A child process run to completion under limits, through `CSaraptamaProcess`: its own process
/// group, dying with saraptama, memory and CPU limits, a wall-clock timeout after which the whole
/// group is killed, and always reaped. Used for pandoc.
enum ChildProcess {
    enum Outcome: Equatable {
        case exited(Int32)
        case signalled(Int32)
        case timedOut
        case failedToStart(String)
    }

    /// Runs `arguments` (the executable first); standard error goes to `errorsPath`. While it runs,
    /// a signal that stops saraptama kills it and removes `folderFiles` in `folder`, then `folder`.
    static func run(
        _ arguments: [String], errorsPath: String, memoryBytes: Int, cpuSeconds: Int, timeoutSeconds: Int,
        folder: String, folderFiles: [String]
    ) -> Outcome {
        saraptama_install_cleanup_handlers()
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let files = folderFiles.map { UnsafePointer(strdup($0)) } + [nil]
        defer { for pointer in files { free(UnsafeMutablePointer(mutating: pointer)) } }
        let pid = argv.withUnsafeBufferPointer { argvBuffer in
            files.withUnsafeBufferPointer { filesBuffer in
                saraptama_spawn(
                    arguments[0], argvBuffer.baseAddress, environ, errorsPath, UInt64(max(0, memoryBytes)), UInt32(max(0, cpuSeconds)),
                    folder, filesBuffer.baseAddress)
            }
        }
        guard pid > 0 else { return .failedToStart(String(cString: strerror(-pid))) }
        defer { saraptama_forget(pid) }
        var status: Int32 = 0
        let waited = saraptama_wait(pid, Int32(clamping: timeoutSeconds * 1000), &status)
        if waited == 0 {
            saraptama_kill_group(pid)
            return .timedOut
        }
        if waited < 0 {
            saraptama_kill_group(pid)
            return .failedToStart(String(cString: strerror(-waited)))
        }
        if saraptama_signalled(status) != 0 { return .signalled(saraptama_term_signal(status)) }
        return .exited(saraptama_exit_status(status))
    }
}
