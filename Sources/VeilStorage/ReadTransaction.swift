import CLMDB

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A read-only snapshot of an ``Environment``, valid only inside the closure passed to ``Environment/read(_:)``.
///
/// Every read sees one consistent snapshot: commits that land while the closure runs are invisible to it. Buffers
/// handed to ``withValue(forKey:in:_:)`` and the scan closures point straight into LMDB's memory map, so they cost
/// no copy but must not escape the closure. The transaction must not escape either: once the closure returns, every
/// call throws ``LMDBError/closed``. It is not `Sendable`; keep it on the thread that runs the closure.
///
/// ```swift
/// let value = try environment.read { txn in try txn.get(Array("key".utf8), in: db) }
/// ```
public class ReadTransaction {
    /// The LMDB transaction; `nil` once the closure has returned.
    var pointer: OpaquePointer?
    /// The `MDB_dbi` of each registered database at the time the transaction began.
    let dbis: [UInt32]
    /// The token of the environment that issued the valid ``Database`` values.
    let token: UInt64
    /// Set when any operation returned `MDB_MAP_FULL`, so that the environment grows the map and re-runs the work
    /// even if the closure swallowed the error.
    var sawMapFull = false

    init(pointer: OpaquePointer, dbis: [UInt32], token: UInt64) {
        self.pointer = pointer
        self.dbis = dbis
        self.token = token
    }

    /// Ends the closure scope: later calls throw ``LMDBError/closed``.
    func invalidate() {
        pointer = nil
    }

    /// The live LMDB transaction, or ``LMDBError/closed``.
    func transaction() throws -> OpaquePointer {
        guard let pointer else { throw LMDBError.closed }
        return pointer
    }

    /// The `MDB_dbi` of `database` in this transaction, or ``LMDBError/badDatabase``.
    func dbi(_ database: Database) throws -> UInt32 {
        guard database.token == token, database.index < dbis.count else { throw LMDBError.badDatabase }
        let dbi = dbis[database.index]
        guard dbi != EnvironmentHandle.invalidDBI else { throw LMDBError.badDatabase }
        return dbi
    }

    /// Throws for a non-zero LMDB return code, remembering `MDB_MAP_FULL`.
    func check(_ rc: Int32) throws {
        guard rc != 0 else { return }
        if rc == MDB_MAP_FULL { sawMapFull = true }
        throw LMDBError(returnCode: rc)
    }

    /// The id of the committed transaction this snapshot shows (`mdb_txn_id`).
    ///
    /// Caches that validate against ``EnvironmentChangeMonitor`` stamp what they read with this id, not with a
    /// stamp sampled before the read: LMDB publishes a commit's meta page (which the monitor reads) a moment
    /// before new readers start seeing it, so a stamp sampled first can be newer than the snapshot read after it.
    public final var snapshotID: UInt64 {
        get throws { UInt64(mdb_txn_id(try transaction())) }
    }

    /// The value stored under `key`, copied out of the map, or `nil` when the key is absent.
    ///
    /// - Parameters:
    ///   - key: The key (1 to 511 bytes).
    ///   - database: The database to look in.
    /// - Returns: A copy of the value, or `nil`.
    /// - Throws: ``LMDBError/badValueSize`` for an empty or over-long key, ``LMDBError/closed`` outside the closure.
    public final func get(_ key: [UInt8], in database: Database) throws -> [UInt8]? {
        try withValue(forKey: key, in: database) { [UInt8]($0) }
    }

    /// Runs `body` on the value stored under `key`, in place in the memory map, without copying it.
    ///
    /// The buffer is valid only during `body`; copy what must outlive it.
    ///
    /// - Parameters:
    ///   - key: The key (1 to 511 bytes).
    ///   - database: The database to look in.
    ///   - body: Reads the value's bytes.
    /// - Returns: What `body` returned, or `nil` when the key is absent.
    public final func withValue<R>(
        forKey key: [UInt8],
        in database: Database,
        _ body: (UnsafeRawBufferPointer) throws -> R
    ) throws -> R? {
        let txn = try transaction()
        let dbi = try dbi(database)
        return try key.withUnsafeBytes { keyBytes -> R? in
            var keyValue = MDB_val(
                mv_size: keyBytes.count, mv_data: UnsafeMutableRawPointer(mutating: keyBytes.baseAddress))
            var value = MDB_val()
            let rc = mdb_get(txn, dbi, &keyValue, &value)
            if rc == MDB_NOTFOUND { return nil }
            try check(rc)
            return try body(UnsafeRawBufferPointer(start: value.mv_data, count: value.mv_size))
        }
    }

    /// Visits, in key order, every entry whose key starts with `prefix`.
    ///
    /// - Parameters:
    ///   - database: The database to scan.
    ///   - prefix: The key prefix; empty visits every entry.
    ///   - body: Receives key and value, in place in the map (they must not escape); returns `false` to stop.
    public final func scan(
        in database: Database,
        prefix: [UInt8],
        _ body: (UnsafeRawBufferPointer, UnsafeRawBufferPointer) throws -> Bool
    ) throws {
        try walk(in: database, from: prefix) { key, value in
            guard key.starts(with: prefix) else { return false }
            return try body(key, value)
        }
    }

    /// Visits, in key order, every entry with `from <= key < to` (bytewise order, as LMDB sorts keys).
    ///
    /// - Parameters:
    ///   - database: The database to scan.
    ///   - from: The first key to include; empty starts at the first entry.
    ///   - to: The first key not to include; `nil` runs to the end.
    ///   - body: Receives key and value, in place in the map (they must not escape); returns `false` to stop.
    public final func scan(
        in database: Database,
        from: [UInt8],
        to: [UInt8]?,
        _ body: (UnsafeRawBufferPointer, UnsafeRawBufferPointer) throws -> Bool
    ) throws {
        try walk(in: database, from: from) { key, value in
            if let to, !Self.precedes(key, to) { return false }
            return try body(key, value)
        }
    }

    /// The number of entries in `database`.
    public final func count(of database: Database) throws -> Int {
        try statistics(of: database).entries
    }

    /// Size figures of `database` as this snapshot sees them.
    public final func statistics(of database: Database) throws -> DatabaseStatistics {
        let txn = try transaction()
        let dbi = try dbi(database)
        var stat = MDB_stat()
        try check(mdb_stat(txn, dbi, &stat))
        return DatabaseStatistics(
            entries: stat.ms_entries,
            pageSize: Int(stat.ms_psize),
            pages: stat.ms_branch_pages + stat.ms_leaf_pages + stat.ms_overflow_pages,
            depth: Int(stat.ms_depth)
        )
    }

    /// Walks entries from the first key `>= start` until `body` returns `false` or the entries run out.
    func walk(
        in database: Database,
        from start: [UInt8],
        _ body: (UnsafeRawBufferPointer, UnsafeRawBufferPointer) throws -> Bool
    ) throws {
        let txn = try transaction()
        let dbi = try dbi(database)
        var cursor: OpaquePointer?
        try check(mdb_cursor_open(txn, dbi, &cursor))
        defer { mdb_cursor_close(cursor) }
        try start.withUnsafeBytes { startBytes in
            var key = MDB_val(
                mv_size: startBytes.count, mv_data: UnsafeMutableRawPointer(mutating: startBytes.baseAddress))
            var value = MDB_val()
            var rc = mdb_cursor_get(cursor, &key, &value, start.isEmpty ? MDB_FIRST : MDB_SET_RANGE)
            while rc == 0 {
                let keyBuffer = UnsafeRawBufferPointer(start: key.mv_data, count: key.mv_size)
                let valueBuffer = UnsafeRawBufferPointer(start: value.mv_data, count: value.mv_size)
                guard try body(keyBuffer, valueBuffer) else { return }
                rc = mdb_cursor_get(cursor, &key, &value, MDB_NEXT)
            }
            if rc != MDB_NOTFOUND { try check(rc) }
        }
    }

    /// LMDB's default key order: bytewise, and a proper prefix sorts first.
    static func precedes(_ lhs: UnsafeRawBufferPointer, _ rhs: [UInt8]) -> Bool {
        rhs.withUnsafeBytes { rhsBytes in
            let common = min(lhs.count, rhsBytes.count)
            if common > 0, let left = lhs.baseAddress, let right = rhsBytes.baseAddress {
                let order = memcmp(left, right, common)
                if order != 0 { return order < 0 }
            }
            return lhs.count < rhsBytes.count
        }
    }
}

@available(*, unavailable)
extension ReadTransaction: Sendable {}
