import VeilCrypto
import VeilStorage

/// One tenant's cached state: its record as of `stamp`, its unwrapped keys, and this process's reservation.
struct CachedTenant: Sendable {
    /// A block of encryptions one process reserved for one key version: positions `next..<end` are its to use.
    struct Reservation: Sendable {
        var version: UInt32
        var next: UInt64
        var end: UInt64
    }

    /// When the record was read; `nil` for an entry that must be re-read before use.
    var stamp: EnvironmentChangeMonitor.Stamp?
    var record: TenantRecord
    var keys: [UInt32: TenantDataKey]
    var reservation = Reservation(version: 0, next: 0, end: 0)

    /// The key for `version` if the entry is still valid at `stamp`.
    func key(_ version: UInt32, at stamp: EnvironmentChangeMonitor.Stamp) -> TenantDataKey? {
        self.stamp == stamp ? keys[version] : nil
    }

    /// Counts one encryption under the current version and returns its key, if valid at `stamp` and reserved.
    mutating func takeEncryption(at stamp: EnvironmentChangeMonitor.Stamp) -> TenantDataKey? {
        guard self.stamp == stamp, reservation.version == record.current, reservation.next < reservation.end,
            let key = keys[record.current]
        else { return nil }
        reservation.next += 1
        return key
    }
}
