// Child processes that die with saraptama: spawned in their own process group, killed when
// the parent dies (Linux: PR_SET_PDEATHSIG), limited in memory and CPU time, and remembered
// so that a signal that stops saraptama (Ctrl-C, a CI timeout, `timeout 60 saraptama ...`)
// first kills them, reaps them and removes their temporary folders.
//
// In C because the child's side (between fork and exec) and the signal handler may only make
// async-signal-safe calls, which Swift cannot promise; prctl is variadic, which Swift cannot call.
#ifndef SARAPTAMA_PROCESS_H
#define SARAPTAMA_PROCESS_H

#include <sys/types.h>

/// Spawns `path` with `argv` and `envp`: standard input and output from/to /dev/null, standard
/// error to `stderr_path` (created), in a new process group, with an address-space limit of
/// `memory_bytes` and a CPU-time limit of `cpu_seconds` (0: none), dying with this process.
/// `folder` (may be NULL) is removed, with the files named in `folder_files` (a NULL-terminated
/// list), if a signal stops saraptama while the child runs. Returns the pid, or -errno.
pid_t saraptama_spawn(const char *path, char *const argv[], char *const envp[], const char *stderr_path,
                      unsigned long long memory_bytes, unsigned int cpu_seconds,
                      const char *folder, const char *const folder_files[]);

/// Waits up to `timeout_ms` for the child to end. Returns 1 with its wait status in `status`
/// when it ended, 0 when the time ran out (it still runs), -errno on failure.
int saraptama_wait(pid_t pid, int timeout_ms, int *status);

/// Kills the child's whole process group (SIGKILL) and reaps the child.
void saraptama_kill_group(pid_t pid);

/// Forgets a child that has ended (its folder is the caller's again).
void saraptama_forget(pid_t pid);

/// Installs the handlers of SIGINT, SIGTERM, SIGHUP and SIGQUIT that kill every remembered
/// child's group, reap it, remove its folder, then end saraptama by the same signal. Once.
void saraptama_install_cleanup_handlers(void);

/// Decoding of a wait status (the macros are not visible to Swift).
int saraptama_exited(int status);
int saraptama_exit_status(int status);
int saraptama_signalled(int status);
int saraptama_term_signal(int status);

#endif
