extension Environment {
    /// Writes a compacted copy of the environment (free pages dropped) to `directory/data.mdb`.
    ///
    /// Uses `mdb_env_copy2` with `MDB_CP_COMPACT` on a read snapshot, so writers are not blocked. The copy is
    /// flushed to disk before this returns. Use it for backups; ``compact()`` uses the same copy to purge freed
    /// pages in place.
    ///
    /// - Parameter directory: The target directory, created (mode 0700) if missing; it must not hold a `data.mdb`.
    /// - Throws: ``LMDBError`` with `EEXIST` if the target already holds a data file, or an I/O error.
    public func copyCompacted(to directory: String) throws {
        try core.copyCompacted(to: directory)
    }

    /// Rewrites `data.mdb` without free pages, so deleted bytes leave the file, and swaps it in atomically.
    ///
    /// LMDB is copy-on-write and never zeroes a freed page: a deleted value stays in `data.mdb` until its page is
    /// reused. Erasure therefore deletes, then compacts. Several processes may have the directory open
    /// (the daemon, the `veil erase` CLI); they stay consistent through this protocol:
    ///
    /// **Compacting process**
    /// 1. Begin a write transaction. This takes LMDB's writer lock (in `lock.mdb`, shared by all processes), so no
    ///    write can land in the old file from here until the swap is done. (It then checks, like every writer, that
    ///    `data.mdb` is still the file it mapped.)
    /// 2. Copy with `mdb_env_copyfd2(MDB_CP_COMPACT)` to `data.mdb.compacting` in the same directory, created with
    ///    `O_EXCL` and mode 0600 (a leftover from a crashed compaction is removed first: compactions are serialized
    ///    by the writer lock), then `fsync` it.
    /// 3. Take the swap gate, an exclusive `flock` on `swap.lock`. Opening the environment also takes it, so no
    ///    process opens the files half-way through a swap.
    /// 4. `rename` the copy over `data.mdb` (atomic), `unlink` `lock.mdb`, `fsync` the directory, release the gate.
    /// 5. Abort the (empty) write transaction, releasing the writer lock, and reopen.
    ///
    /// **Why `lock.mdb` goes too.** A compacted file restarts at transaction id 1, but the old lock file records
    /// the old file's last transaction id, and LMDB readers take that id to choose a meta page: the old lock file
    /// would make readers of the new file see the wrong root. Removing it makes the next opener create a fresh lock
    /// file initialised from the new data file. Processes still running on the old files keep the unlinked old lock
    /// file and the unlinked old data file, so they never share a lock file with the new data file.
    ///
    /// **Every other process (and this one)**
    /// - At each transaction begin, `stat("data.mdb")` (about a microsecond) is compared with the device and inode
    ///   the environment mapped. If they differ, the environment reopens the directory (under the swap gate) and
    ///   re-opens its named databases; the old `MDB_env` closes when its last transaction ends.
    /// - A read that began on the old file just before the swap sees the last snapshot of it, which holds the same
    ///   data as the new file.
    /// - A write checks *after* its transaction has begun, that is while holding the writer lock of the old
    ///   `lock.mdb`. The compacting process held that lock from before the copy until after the rename, so by then
    ///   the rename is visible: the writer aborts, reopens, and runs on the new file. No write is lost.
    ///
    /// **Crashes.** A crash before the rename leaves `data.mdb.compacting` behind, which the next compaction
    /// removes. A crash between the rename and the unlink leaves an old lock file beside the new data file; an
    /// opener detects this (the lock file's transaction id is ahead of the data file's), removes it under the swap
    /// gate, and opens again.
    ///
    /// **Disk space.** The old data file's space returns to the file system when the last process holding it
    /// reopens. An idle process can call ``reopenIfReplaced()`` to let go sooner.
    ///
    /// Needs free disk space for the copy, and blocks writers (in all processes) for as long as the copy takes.
    ///
    /// - Throws: ``LMDBError/readOnly`` on a read-only environment, or an ``LMDBError`` from the copy or the swap;
    ///   on error the original file is left in place and still in use.
    public func compact() throws {
        try core.compact()
    }
}
