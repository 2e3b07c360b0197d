#define _GNU_SOURCE
#include "saraptama_process.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

// The children running now. A slot is taken by writing its folder, then publishing the pid;
// the signal handler reads only published slots. Fixed size: no allocation in the handler.
#define SLOTS 64
#define FILES 4
struct slot {
    _Atomic pid_t pid;
    char folder[PATH_MAX];
    char files[FILES][PATH_MAX];
};
static struct slot slots[SLOTS];
static atomic_flag installed = ATOMIC_FLAG_INIT;

static void copy(char *to, const char *from, size_t size) {
    size_t length = 0;
    if (from) {
        while (from[length] && length + 1 < size) { to[length] = from[length]; length++; }
    }
    to[length] = 0;
}

static void remember(pid_t pid, const char *folder, const char *const files[]) {
    for (int index = 0; index < SLOTS; index++) {
        pid_t expected = 0;
        // Claim a free slot with a placeholder (-1), fill it, then publish the pid.
        if (!atomic_compare_exchange_strong(&slots[index].pid, &expected, -1)) continue;
        struct slot *slot = &slots[index];
        copy(slot->folder, folder, PATH_MAX);
        size_t length = strlen(slot->folder);
        for (int file = 0; file < FILES; file++) {
            slot->files[file][0] = 0;
            if (!folder || !files || !files[file] || length + 2 >= PATH_MAX) { files = NULL; continue; }
            copy(slot->files[file], folder, PATH_MAX);
            slot->files[file][length] = '/';
            copy(slot->files[file] + length + 1, files[file], PATH_MAX - length - 1);
        }
        atomic_store(&slot->pid, pid);
        return;
    }
    // More than SLOTS conversions at once: this one is not cleaned up by a signal, but it still
    // dies with saraptama (PR_SET_PDEATHSIG) and its folder is removed when it ends normally.
}

void saraptama_forget(pid_t pid) {
    for (int index = 0; index < SLOTS; index++) {
        pid_t expected = pid;
        if (pid > 0 && atomic_compare_exchange_strong(&slots[index].pid, &expected, -1)) {
            slots[index].folder[0] = 0;
            atomic_store(&slots[index].pid, 0);
            return;
        }
    }
}

static void close_other_descriptors(void) {
#if defined(__linux__) && defined(SYS_close_range)
    if (syscall(SYS_close_range, 3, ~0U, 0) == 0) return;
#endif
    struct rlimit limit;
    long highest = getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY ? (long)limit.rlim_cur : 4096;
    if (highest > 65536) highest = 65536;
    for (long descriptor = 3; descriptor < highest; descriptor++) close((int)descriptor);
}

pid_t saraptama_spawn(const char *path, char *const argv[], char *const envp[], const char *stderr_path,
                      unsigned long long memory_bytes, unsigned int cpu_seconds,
                      const char *folder, const char *const folder_files[]) {
    pid_t parent = getpid();
    int error_fd = open(stderr_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (error_fd < 0) return -errno;
    // Block the cleanup signals across fork, so that a child is remembered before a handler can
    // run and the child does not run saraptama's handlers before exec.
    sigset_t all, previous;
    sigemptyset(&all);
    sigaddset(&all, SIGINT); sigaddset(&all, SIGTERM); sigaddset(&all, SIGHUP); sigaddset(&all, SIGQUIT);
    pthread_sigmask(SIG_BLOCK, &all, &previous);
    pid_t pid = fork();
    if (pid == 0) {
        // The child: only async-signal-safe calls until exec.
        setpgid(0, 0);
#ifdef __linux__
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        // The parent died before prctl: do not outlive it.
        if (getppid() != parent) _exit(127);
#endif
        struct sigaction fallback;
        memset(&fallback, 0, sizeof fallback);
        fallback.sa_handler = SIG_DFL;
        sigaction(SIGINT, &fallback, NULL); sigaction(SIGTERM, &fallback, NULL);
        sigaction(SIGHUP, &fallback, NULL); sigaction(SIGQUIT, &fallback, NULL);
        sigprocmask(SIG_SETMASK, &previous, NULL);
        if (memory_bytes > 0) {
            struct rlimit limit = { memory_bytes, memory_bytes };
            setrlimit(RLIMIT_AS, &limit);
        }
        if (cpu_seconds > 0) {
            struct rlimit limit = { cpu_seconds, cpu_seconds + 1 };
            setrlimit(RLIMIT_CPU, &limit);
        }
        int null_fd = open("/dev/null", O_RDWR);
        if (null_fd < 0) _exit(127);
        dup2(null_fd, 0);
        dup2(null_fd, 1);
        dup2(error_fd, 2);
        // Nothing else of saraptama's leaks into pandoc: a descriptor inherited by a child that
        // outlives us would keep a pipe of whoever started saraptama open.
        close_other_descriptors();
        execve(path, argv, envp);
        _exit(127);
    }
    int saved = errno;
    close(error_fd);
    if (pid < 0) {
        pthread_sigmask(SIG_SETMASK, &previous, NULL);
        return -saved;
    }
    // Also from the parent's side, so that the group exists before anyone signals it.
    setpgid(pid, pid);
    remember(pid, folder, folder_files);
    pthread_sigmask(SIG_SETMASK, &previous, NULL);
    return pid;
}

int saraptama_wait(pid_t pid, int timeout_ms, int *status) {
    long waited_us = 0;
    long step_us = 1000;
    for (;;) {
        pid_t done = waitpid(pid, status, WNOHANG);
        if (done == pid) return 1;
        if (done < 0 && errno != EINTR) return -errno;
        if (waited_us >= (long)timeout_ms * 1000) return 0;
        struct timespec pause = { 0, step_us * 1000 };
        nanosleep(&pause, NULL);
        waited_us += step_us;
        // Short first waits for quick conversions, then 20 ms steps.
        if (step_us < 20000) step_us *= 2;
    }
}

void saraptama_kill_group(pid_t pid) {
    if (pid <= 0) return;
    kill(-pid, SIGKILL);
    kill(pid, SIGKILL);
    int status;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
}

static void clean_up_and_reraise(int signal_number) {
    for (int index = 0; index < SLOTS; index++) {
        pid_t pid = atomic_load(&slots[index].pid);
        if (pid <= 0) continue;
        kill(-pid, SIGKILL);
        kill(pid, SIGKILL);
        int status;
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
        for (int file = 0; file < FILES; file++) {
            if (slots[index].files[file][0]) unlink(slots[index].files[file]);
        }
        if (slots[index].folder[0]) rmdir(slots[index].folder);
    }
    // End by the same signal, as if there were no handler: the exit status says what happened.
    struct sigaction fallback;
    memset(&fallback, 0, sizeof fallback);
    fallback.sa_handler = SIG_DFL;
    sigaction(signal_number, &fallback, NULL);
    sigset_t only;
    sigemptyset(&only);
    sigaddset(&only, signal_number);
    pthread_sigmask(SIG_UNBLOCK, &only, NULL);
    raise(signal_number);
}

void saraptama_install_cleanup_handlers(void) {
    int signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
    // A launcher may start saraptama with these signals blocked (a test harness's threads block
    // them, and exec keeps the mask): unblocked on this thread, which waits for the child, a
    // stop request reaches the handler instead of waiting for the child to end.
    sigset_t stop;
    sigemptyset(&stop);
    for (unsigned index = 0; index < sizeof signals / sizeof signals[0]; index++) sigaddset(&stop, signals[index]);
    pthread_sigmask(SIG_UNBLOCK, &stop, NULL);
    if (atomic_flag_test_and_set(&installed)) return;
    for (unsigned index = 0; index < sizeof signals / sizeof signals[0]; index++) {
        struct sigaction current;
        // A signal the parent shell ignores (nohup, a background job's SIGINT) stays ignored.
        if (sigaction(signals[index], NULL, &current) == 0 && current.sa_handler == SIG_IGN) continue;
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = clean_up_and_reraise;
        sigfillset(&action.sa_mask);
        sigaction(signals[index], &action, NULL);
    }
}

int saraptama_exited(int status) { return WIFEXITED(status); }
int saraptama_exit_status(int status) { return WEXITSTATUS(status); }
int saraptama_signalled(int status) { return WIFSIGNALED(status); }
int saraptama_term_signal(int status) { return WTERMSIG(status); }
