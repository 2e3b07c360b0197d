import Foundation

/// Runs this executable as a child process and measures it from spawn to exit.
///
/// `posix_spawn` and `waitpid` rather than Foundation's `Process`: on Linux, `Process` waits
/// by polling a run loop, which added tens of milliseconds to every cold-start figure. The
/// child's output goes to /dev/null, so the figure does not include a reader draining a pipe.
enum SpawnTimer {
    /// This executable's own path, which the bench runs again for its probes.
    static var executable: String { URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path }

    /// Milliseconds from spawn to exit of `saraptama arguments…`, or nil when it could not run
    /// or was killed by a signal.
    static func milliseconds(_ arguments: [String]) -> Double? {
        let executable = Self.executable
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid = pid_t()
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { return nil }
        }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        // WIFEXITED: the low seven bits are zero when the child exited rather than being killed.
        return status & 0x7F == 0 ? elapsed : nil
    }

    /// One run of `saraptama arguments…` with standard input from `input` (a file or a device)
    /// and standard output to `output`: its time, its own peak resident memory (from wait4's
    /// rusage, not the sum of all children) and its exit status, or nil when it was killed.
    struct Measure {
        let milliseconds: Double
        let peakResidentBytes: Int
        let status: Int32
    }

    static func measure(_ arguments: [String], input: String = "/dev/null", output: String = "/dev/null") -> Measure? {
        let executable = Self.executable
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid = pid_t()
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 {
            guard errno == EINTR else { return nil }
        }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        guard status & 0x7F == 0 else { return nil }
        return Measure(milliseconds: elapsed, peakResidentBytes: Int(usage.ru_maxrss) * 1024, status: (status >> 8) & 0xFF)
    }
}
