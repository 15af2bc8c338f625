import CLMDB
import Foundation
import Synchronization
import Testing

@testable import VeilStorage

#if os(Linux)
    private func currentNice() -> Int32 {
        getpriority(__priority_which_t(PRIO_PROCESS.rawValue), id_t(veil_current_thread_id()))
    }

    @Suite struct BackgroundPriorityTests {
        @Test func lowersOnlyTheCallingThread() throws {
            let callerBefore = currentNice()
            let seen = Mutex<(before: Int32, after: Int32)?>(nil)
            let done = DispatchSemaphore(value: 0)
            let thread = Thread {
                let before = currentNice()
                BackgroundPriority.lowerCurrentThread()
                seen.withLock { $0 = (before, currentNice()) }
                done.signal()
            }
            thread.start()
            done.wait()
            let result = try #require(seen.withLock { $0 })
            // Without privileges nice only goes up, so a run that is already nicer than 10 stays where it was.
            #expect(result.after == max(result.before, BackgroundPriority.niceness))
            #expect(currentNice() == callerBefore)
        }
    }
#endif
