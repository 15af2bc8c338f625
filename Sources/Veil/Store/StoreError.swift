/// A record that cannot be read or written, without saying anything about its content.
public struct StoreError: Error, Hashable, CustomStringConvertible {
    private enum Code: Hashable {
        case recordDoesNotOpen
        case malformedRecord
        case tenantKeysDestroyed
        case unavailable
    }

    private let code: Code

    /// The record fails authentication: tampered, truncated, or moved to another tenant, table or key.
    public static let recordDoesNotOpen = StoreError(code: .recordDoesNotOpen)
    /// The record opened but its layout is not one this version understands.
    public static let malformedRecord = StoreError(code: .malformedRecord)
    /// The tenant's data keys were destroyed (erasure): nothing of it can be opened any more.
    public static let tenantKeysDestroyed = StoreError(code: .tenantKeysDestroyed)
    /// The store is closed or its files cannot be used.
    public static let unavailable = StoreError(code: .unavailable)

    /// A short fixed description.
    public var description: String {
        switch code {
        case .recordDoesNotOpen: "record does not open (tampered or moved)"
        case .malformedRecord: "record layout not understood"
        case .tenantKeysDestroyed: "tenant keys destroyed"
        case .unavailable: "store unavailable"
        }
    }

    /// Whether this means the tenant was erased (serve nothing, answer 401), as opposed to a fault (fall through).
    public var isErasure: Bool { code == .tenantKeysDestroyed }
}
