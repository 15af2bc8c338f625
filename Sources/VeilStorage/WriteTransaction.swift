import CLMDB

/// A read-write transaction, valid only inside the closure passed to ``Environment/write(_:)`` or
/// ``Environment/writeAsync(commitWithin:_:)``.
///
/// Everything a ``ReadTransaction`` offers, plus changes. Changes become visible to others, all at once, when the
/// closure returns and the transaction commits; if the closure throws, none of them happen. LMDB holds its writer
/// lock for the whole closure, so keep it short and never wait on anything inside it. Not `Sendable`: the
/// transaction must commit on the thread that began it, or LMDB's writer mutex stays held.
public final class WriteTransaction: ReadTransaction {
    /// Registry slots of databases deleted by ``drop(_:delete:)``.
    ///
    /// LMDB closes a deleted database's handle at once, even if the transaction later aborts, so the environment
    /// forgets these slots on every exit path and ``Environment/database(named:)`` opens the name afresh.
    var droppedIndices: [Int] = []

    /// Stores `value` under `key`, replacing any earlier value.
    ///
    /// - Parameters:
    ///   - value: The bytes to store (any size up to the map's limit; large values go to overflow pages).
    ///   - key: The key (1 to 511 bytes).
    ///   - database: The database to write.
    /// - Throws: ``LMDBError/badValueSize`` for an empty or over-long key. A full map is handled by the
    ///   environment (it grows the map and re-runs the closure) unless the configured maximum is reached.
    public func put(_ value: [UInt8], forKey key: [UInt8], in database: Database) throws {
        let txn = try transaction()
        let dbi = try dbi(database)
        try key.withUnsafeBytes { keyBytes in
            try value.withUnsafeBytes { valueBytes in
                var keyValue = MDB_val(
                    mv_size: keyBytes.count,
                    mv_data: UnsafeMutableRawPointer(mutating: keyBytes.baseAddress)
                )
                var dataValue = MDB_val(
                    mv_size: valueBytes.count,
                    mv_data: UnsafeMutableRawPointer(mutating: valueBytes.baseAddress)
                )
                try check(mdb_put(txn, dbi, &keyValue, &dataValue, 0))
            }
        }
    }

    /// Removes `key` and its value.
    ///
    /// - Returns: Whether the key was present.
    @discardableResult
    public func delete(key: [UInt8], in database: Database) throws -> Bool {
        let txn = try transaction()
        let dbi = try dbi(database)
        return try key.withUnsafeBytes { keyBytes in
            var keyValue = MDB_val(
                mv_size: keyBytes.count,
                mv_data: UnsafeMutableRawPointer(mutating: keyBytes.baseAddress)
            )
            let rc = mdb_del(txn, dbi, &keyValue, nil)
            if rc == MDB_NOTFOUND { return false }
            try check(rc)
            return true
        }
    }

    /// Removes every entry whose key starts with `prefix`.
    ///
    /// Each deletion re-seeks the prefix rather than relying on where LMDB leaves a cursor after a delete, which
    /// costs a B-tree descent per entry but cannot skip or revisit an entry.
    ///
    /// - Parameters:
    ///   - prefix: The key prefix; empty removes every entry (``drop(_:delete:)`` with `delete: false` is faster).
    ///   - database: The database to change.
    /// - Returns: How many entries were removed.
    @discardableResult
    public func deleteAll(prefix: [UInt8], in database: Database) throws -> Int {
        let txn = try transaction()
        let dbi = try dbi(database)
        var cursor: OpaquePointer?
        try check(mdb_cursor_open(txn, dbi, &cursor))
        defer { mdb_cursor_close(cursor) }
        var removed = 0
        try prefix.withUnsafeBytes { prefixBytes in
            while true {
                var key = MDB_val(
                    mv_size: prefixBytes.count,
                    mv_data: UnsafeMutableRawPointer(mutating: prefixBytes.baseAddress)
                )
                var value = MDB_val()
                let rc = mdb_cursor_get(cursor, &key, &value, prefix.isEmpty ? MDB_FIRST : MDB_SET_RANGE)
                if rc == MDB_NOTFOUND { return }
                try check(rc)
                guard UnsafeRawBufferPointer(start: key.mv_data, count: key.mv_size).starts(with: prefix) else {
                    return
                }
                try check(mdb_cursor_del(cursor, 0))
                removed += 1
            }
        }
        return removed
    }

    /// Empties `database`, or deletes it from the environment.
    ///
    /// - Parameters:
    ///   - database: The database to drop.
    ///   - delete: `false` removes every entry and keeps the database; `true` deletes it, after which the handle
    ///     throws ``LMDBError/badDatabase`` until ``Environment/database(named:)`` opens or creates it again.
    ///     Don't use the handle in other transactions that are running at the same time.
    public func drop(_ database: Database, delete: Bool) throws {
        let txn = try transaction()
        let dbi = try dbi(database)
        try check(mdb_drop(txn, dbi, delete ? 1 : 0))
        if delete { droppedIndices.append(database.index) }
    }
}

// Not `Sendable`: the unavailable conformance is inherited from `ReadTransaction` (restating it is a warning).
