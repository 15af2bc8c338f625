#ifndef C_VEIL_RUNTIME_H
#define C_VEIL_RUNTIME_H

#include <stdbool.h>

/// Installs `hook` as the Swift runtime's global-enqueue hook (`swift_task_enqueueGlobal_hook`) if none is set.
///
/// SwiftNIO installs its event loops as Swift's global executor by finding that hook with `dlsym`. In a build with the
/// Swift runtime linked in statically (`--static-swift-stdlib`), the runtime's symbols are not in the dynamic symbol
/// table and `dlsym` finds nothing; referencing the variable here lets the linker resolve it in either build.
/// Returns whether the hook was installed (false if another hook was already there).
bool veil_install_enqueue_global_hook(void *hook);

#endif
