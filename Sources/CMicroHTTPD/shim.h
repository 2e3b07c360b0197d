#include <stdint.h>
#include <stddef.h>
#include <string.h>
#include <sys/types.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <microhttpd.h>

/* MHD_start_daemon and MHD_get_daemon_info are variadic, which Swift cannot call: these
   fixed-argument wrappers are the only C the server needs beyond the library's own API. */

/* Starts a daemon on IPv4 `host` (dotted quad) and `port` (0: the system picks one) with its
   own listening thread and one thread per connection. NULL when it cannot bind. */
static inline struct MHD_Daemon *saraptama_mhd_start(
    const char *host, uint16_t port, unsigned int timeout_seconds,
    unsigned int connection_limit, MHD_AccessHandlerCallback handler, void *handler_context,
    MHD_RequestCompletedCallback completed, void *completed_context)
{
    struct sockaddr_in address;
    memset(&address, 0, sizeof address);
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    if (inet_pton(AF_INET, host, &address.sin_addr) != 1) return NULL;
    return MHD_start_daemon(
        MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_THREAD_PER_CONNECTION | MHD_USE_POLL | MHD_USE_ERROR_LOG, port, NULL, NULL,
        handler, handler_context,
        MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&address,
        MHD_OPTION_CONNECTION_TIMEOUT, timeout_seconds,
        MHD_OPTION_CONNECTION_LIMIT, connection_limit,
        MHD_OPTION_NOTIFY_COMPLETED, completed, completed_context,
        MHD_OPTION_END);
}

/* The port the daemon listens on (the one the system picked for port 0). */
static inline uint16_t saraptama_mhd_port(struct MHD_Daemon *daemon)
{
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(daemon, MHD_DAEMON_INFO_BIND_PORT);
    return info ? info->port : 0;
}

/* MHD's closed enums import into Swift with their prefixes stripped in ways that differ across
   Swift versions; these constants give them stable names. */
static const enum MHD_Result saraptama_mhd_yes = MHD_YES;
static const enum MHD_Result saraptama_mhd_no = MHD_NO;
static const enum MHD_ValueKind saraptama_mhd_header_kind = MHD_HEADER_KIND;
static const enum MHD_ValueKind saraptama_mhd_get_argument_kind = MHD_GET_ARGUMENT_KIND;
static const enum MHD_ResponseMemoryMode saraptama_mhd_must_copy = MHD_RESPMEM_MUST_COPY;
