/// Letter-led recognizers for secrets, URL credentials, credential query parameters and IBANs.
extension Scan {
    /// Everything that can start at a word start `i` (an ASCII letter after a non-alphanumeric byte).
    mutating func scanAtLetter(_ i: Int) -> Int? {
        if let end = scanSecret(at: i) { return end }
        // One read of the key-like word decides between `scheme://`, `key=` and the rest.
        var we = i
        while we < i + 40 && (ByteClass.isAlnum(at(we)) || at(we) == 0x5F || at(we) == 0x2D || at(we) == 0x2B) {
            we += 1
        }
        let next = at(we)
        if next == 0x3A && at(we + 1) == 0x2F && at(we + 2) == 0x2F, let end = scanURLCredential(at: we + 3) {
            return end
        }
        if next == 0x3D, let end = scanQueryToken(keyStart: i, keyEnd: we) { return end }
        if next == 0x20 || next == 0x3A || next == 0x22 || next == 0x27,
            let end = scanSpacedCredential(keyStart: i, keyEnd: we)
        {
            return end
        }
        // An IBAN has digits at i+2 (scanIBAN's own first test): most words are ruled out without the call.
        if ByteClass.isDigit(at(i + 2)), let end = scanIBAN(at: i) { return end }
        if ByteClass.isHex(at(i)), let end = scanHexLed(at: i) { return end }
        return scanPerson(at: i)
    }

    /// Counts token characters from `j` (at most `limit`).
    func tokenRun(_ j: Int, limit: Int = 4096, extra: UInt8 = 0) -> Int {
        var k = j
        while k < j + limit && (ByteClass.isTokenChar(at(k)) || (extra != 0 && at(k) == extra)) { k += 1 }
        return k - j
    }

    mutating func emitSecret(_ i: Int, _ end: Int) -> Int? {
        guard !ByteClass.isAlnum(at(end)) else { return nil }
        emit(.secret, i, end, hard: true)
        return end
    }

    mutating func scanSecret(at i: Int) -> Int? {
        switch at(i) {
        case 0x73, 0x72:  // s, r: sk-…, sk-proj-…, sk-ant-…, sk_live_…, rk_live_…
            guard at(i + 1) == 0x6B, at(i + 2) == 0x2D || at(i + 2) == 0x5F else { return nil }
            let run = tokenRun(i + 3)
            guard run >= 20 else { return nil }
            var digit = false
            for k in (i + 3)..<(i + 3 + run) where ByteClass.isDigit(at(k)) {
                digit = true
                break
            }
            return digit ? emitSecret(i, i + 3 + run) : nil
        case 0x41:  // AKIA/ASIA + 16, AIza + 35
            if matchesExact("AKIA", at: i) || matchesExact("ASIA", at: i) {
                var k = i + 4
                while k < i + 20 && (ByteClass.isUpper(at(k)) || ByteClass.isDigit(at(k))) { k += 1 }
                return k == i + 20 ? emitSecret(i, k) : nil
            }
            if matchesExact("AIza", at: i) {
                let run = tokenRun(i + 4, limit: 64)
                return run >= 30 ? emitSecret(i, i + 4 + run) : nil
            }
            return nil
        case 0x67:  // ghp_ gho_ ghu_ ghs_ ghr_, github_pat_, glpat-
            if matchesExact("github_pat_", at: i) {
                let run = tokenRun(i + 11, limit: 255)
                return run >= 22 ? emitSecret(i, i + 11 + run) : nil
            }
            if matchesExact("glpat-", at: i) {
                let run = tokenRun(i + 6, limit: 64)
                return run >= 20 ? emitSecret(i, i + 6 + run) : nil
            }
            guard at(i + 1) == 0x68, at(i + 3) == 0x5F, [0x70, 0x6F, 0x75, 0x73, 0x72].contains(at(i + 2)) else {
                return nil
            }
            let run = tokenRun(i + 4, limit: 255)
            return run >= 30 ? emitSecret(i, i + 4 + run) : nil
        case 0x78:  // xoxb- xoxp- xoxa- xoxs- xoxr-
            guard matchesExact("xox", at: i), [0x62, 0x70, 0x61, 0x73, 0x72].contains(at(i + 3)), at(i + 4) == 0x2D
            else { return nil }
            let run = tokenRun(i + 5, limit: 255)
            return run >= 10 ? emitSecret(i, i + 5 + run) : nil
        case 0x68:  // hf_
            guard matchesExact("hf_", at: i) else { return nil }
            let run = tokenRun(i + 3, limit: 64)
            return run >= 30 ? emitSecret(i, i + 3 + run) : nil
        case 0x65:  // eyJ… JWT: header.payload.signature, payload also JSON (eyJ).
            guard matchesExact("eyJ", at: i) else { return nil }
            let p1 = tokenRun(i, limit: 8192)
            guard p1 >= 10, at(i + p1) == 0x2E, matchesExact("eyJ", at: i + p1 + 1) else { return nil }
            let p2 = tokenRun(i + p1 + 1, limit: 16384)
            guard p2 >= 10 else { return nil }
            var end = i + p1 + 1 + p2
            if at(end) == 0x2E {
                end += 1 + tokenRun(end + 1, limit: 8192)
            }
            return emitSecret(i, end)
        case 0x42, 0x62:  // Bearer <token>
            guard matches(Scan.bearer, at: i) else { return nil }
            var k = i + 7
            while at(k) == 0x20 { k += 1 }
            let start = k
            while k < start + 4096
                && (ByteClass.isTokenChar(at(k)) || at(k) == 0x2E || at(k) == 0x7E || at(k) == 0x2B || at(k) == 0x2F
                    || at(k) == 0x3D)
            {
                k += 1
            }
            guard k - start >= 16, !ByteClass.isAlnum(at(k)) else { return nil }
            emit(.secret, start, k, hard: true)
            return k
        default:
            return nil
        }
    }

    /// Exact (case-sensitive) ASCII match.
    func matchesExact(_ word: StaticString, at i: Int) -> Bool {
        let count = word.utf8CodeUnitCount
        guard i >= 0, i + count <= n else { return false }
        return word.withUTF8Buffer { w in
            var k = 0
            while k < count {
                if b[i + k] != w[k] { return false }
                k += 1
            }
            return true
        }
    }

    /// `-----BEGIN … PRIVATE KEY-----` through the matching END line (bounded to 16 KiB).
    mutating func scanPEM(at i: Int) -> Int? {
        guard matchesExact("-----BEGIN ", at: i) else { return nil }
        var k = i + 11
        let headerLimit = min(n, i + 80)
        while k < headerLimit && at(k) != 0x0A && !matchesExact("-----", at: k) { k += 1 }
        guard matchesExact("-----", at: k), k >= i + 22, matchesExact("PRIVATE KEY", at: k - 11) else { return nil }
        var j = k + 5
        let limit = min(n, i + 16384)
        if j >= pemSearchFrom && j < pemSearchedUpTo { j = pemSearchedUpTo }
        while j < limit {
            if at(j) == 0x2D && matchesExact("-----END ", at: j) {
                var e = j + 9
                while e < min(n, j + 80) && !matchesExact("-----", at: e) && at(e) != 0x0A { e += 1 }
                if matchesExact("-----", at: e) { e += 5 }
                emit(.secret, i, e, hard: true)
                return e
            }
            j += 1
        }
        // No END line in reach: cover the key material that follows the header.
        pemSearchFrom = k + 5
        pemSearchedUpTo = max(pemSearchedUpTo, limit)
        var e = k + 5
        while e < limit
            && (ByteClass.isAlnum(at(e)) || at(e) == 0x2B || at(e) == 0x2F || at(e) == 0x3D || at(e) == 0x0A
                || at(e) == 0x0D)
        {
            e += 1
        }
        emit(.secret, i, e, hard: true)
        return e
    }

    /// `scheme://user:pass@host`: the userinfo is the credential.
    mutating func scanURLCredential(at u: Int) -> Int? {
        var k = u
        var colon = false
        let limit = min(n, u + 256)
        while k < limit {
            let c = at(k)
            if c == 0x40 { break }
            // Raw '#'/'?' are kept: users paste passwords unencoded; '/' or whitespace end the authority.
            if c <= 0x20 || c >= 0x7F || c == 0x2F || c == 0x3C || c == 0x3E || c == 0x22 || c == 0x27 {
                return nil
            }
            if c == 0x3A { colon = true }
            k += 1
        }
        guard at(k) == 0x40, k > u, colon || k - u >= 20 else { return nil }
        emit(.urlCredential, u, k, hard: true)
        return k + 1
    }

    static let bearer: [UInt8] = Array("bearer ".utf8)
    static let tokenKeySuffixes: [[UInt8]] = ["token", "secret", "password", "passwd", "apikey"].map { Array($0.utf8) }
    static let tokenKeyWords: [[UInt8]] = [
        "key", "pwd", "pass", "auth", "sig", "signature", "sessionid", "credential", "credentials",
    ].map { Array($0.utf8) }

    /// `token=…`, `access_token=…`, `api_key=…`, `password=…`: the value is the credential.
    mutating func scanQueryToken(keyStart: Int, keyEnd: Int) -> Int? {
        guard isCredentialKey(keyStart, keyEnd) else { return nil }
        // `password='S3cr3t!'`: a quoted value ends at its closing quote.
        let quote = at(keyEnd + 1) == 0x22 || at(keyEnd + 1) == 0x27 ? at(keyEnd + 1) : 0
        return emitCredentialValue(from: keyEnd + 1 + (quote == 0 ? 0 : 1), quote: quote, requireStrength: false)
    }

    /// The same key in configuration and prose: `aws_secret_access_key = wJal…`, `password: hunter2`,
    /// `"api_key": "…"`. The value must look like a credential (a digit or symbol and 6+ characters, or 16+), since
    /// after a colon in prose a word may follow ("Password: reset required").
    mutating func scanSpacedCredential(keyStart: Int, keyEnd: Int) -> Int? {
        var j = keyEnd
        if at(j) == 0x22 || at(j) == 0x27 { j += 1 }
        var spaces = 0
        while at(j) == 0x20 && spaces < 3 {
            j += 1
            spaces += 1
        }
        guard at(j) == 0x3D || (at(j) == 0x3A && at(j + 1) != 0x2F) else { return nil }
        j += 1
        spaces = 0
        while at(j) == 0x20 && spaces < 3 {
            j += 1
            spaces += 1
        }
        var quote: UInt8 = 0
        if at(j) == 0x22 || at(j) == 0x27 {
            quote = at(j)
            j += 1
        }
        guard isCredentialKey(keyStart, keyEnd) else { return nil }
        return emitCredentialValue(from: j, quote: quote, requireStrength: true)
    }

    /// Whether the word `keyStart..<keyEnd` names a credential (`…token`, `…secret`, `password`, `api_key` …).
    func isCredentialKey(_ keyStart: Int, _ keyEnd: Int) -> Bool {
        for suffix in Scan.tokenKeySuffixes where keyEnd - keyStart >= suffix.count {
            if matches(suffix, at: keyEnd - suffix.count) { return true }
        }
        for word in Scan.tokenKeyWords where keyEnd - keyStart >= word.count && matches(word, at: keyEnd - word.count) {
            let before = keyEnd - word.count - 1
            if before < keyStart || at(before) == 0x5F || at(before) == 0x2D { return true }
        }
        return false
    }

    /// Emits the credential value starting at `v` (up to a delimiter or the closing `quote`); nil if too short.
    mutating func emitCredentialValue(from v: Int, quote: UInt8, requireStrength: Bool) -> Int? {
        var k = v
        let limit = min(n, v + 512)
        while k < limit {
            let c = at(k)
            if c <= 0x20 || c >= 0x7F || c == 0x26 || c == 0x23 || c == 0x22 || c == 0x27 || c == 0x3C || c == 0x3E
                || c == 0x3B || c == 0x2C || c == 0x29 || c == 0x5D || c == 0x7D || (quote != 0 && c == quote)
            {
                break
            }
            k += 1
        }
        while k > v && (at(k - 1) == 0x2E || at(k - 1) == 0x3A) { k -= 1 }
        guard k - v >= 3 else { return nil }
        if requireStrength {
            var strong = k - v >= 16
            if !strong && k - v >= 6 {
                for p in v..<k where !ByteClass.isLetter(at(p)) {
                    strong = true
                    break
                }
            }
            guard strong else { return nil }
        }
        // `OPENAI_API_KEY=sk-…`: a value that is itself a recognisable secret is reported as SECRET.
        if let end = scanSecret(at: v) {
            if end < k { emit(.urlCredential, end, k, hard: true) }
            return max(end, k)
        }
        emit(.urlCredential, v, k, hard: true)
        return k
    }

    /// Country code, two check digits, BBAN; spaces every four allowed; per-country length and mod-97.
    mutating func scanIBAN(at i: Int) -> Int? {
        // The country code in either case: "fr76 3000 …" typed in lower case is the same account (mod-97 is
        // case-blind).
        guard ByteClass.isLetter(at(i)), ByteClass.isLetter(at(i + 1)), ByteClass.isDigit(at(i + 2)),
            ByteClass.isDigit(at(i + 3))
        else { return nil }
        let country = UInt16(at(i) & 0xDF) << 8 | UInt16(at(i + 1) & 0xDF)
        guard let length = IBANRules.lengths[country] else { return nil }
        var chars = [UInt8]()
        chars.reserveCapacity(length)
        var j = i
        while chars.count < length {
            let c = at(j)
            if ByteClass.isAlnum(c) {
                chars.append(ByteClass.isLower(c) ? c - 0x20 : c)
                j += 1
            } else if c == 0x20 && chars.count % 4 == 0 && ByteClass.isAlnum(at(j + 1)) {
                j += 1
            } else {
                return nil
            }
        }
        guard !ByteClass.isAlnum(at(j)) else { return nil }
        // An IBAN-shaped string failing mod-97 is consumed whole, so its digit groups are not re-read as
        // phone numbers.
        if Checksums.ibanMod97(chars) { emit(.iban, i, j) }
        return j
    }
}
