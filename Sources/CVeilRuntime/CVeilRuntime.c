#include "CVeilRuntime.h"

#include <stddef.h>

// Declared by the Swift runtime (swift/Runtime/Concurrency.h) as a function pointer; only its address and an atomic
// pointer-sized exchange are needed here.
extern void *swift_task_enqueueGlobal_hook;

bool veil_install_enqueue_global_hook(void *hook) {
    void *expected = NULL;
    return __atomic_compare_exchange_n(
        &swift_task_enqueueGlobal_hook, &expected, hook, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}
