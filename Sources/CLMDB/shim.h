#ifndef VEIL_CLMDB_SHIM_H
#define VEIL_CLMDB_SHIM_H
#include <lmdb.h>

#ifdef __linux__
#include <sys/syscall.h>
#include <unistd.h>

/* The kernel id of the calling thread, for per-thread `setpriority` of the LMDB writer thread. Swift's Glibc
   module does not export `gettid`, and `syscall` is variadic, which Swift cannot call. */
static inline pid_t veil_current_thread_id(void) {
    return (pid_t)syscall(SYS_gettid);
}
#endif
#endif
