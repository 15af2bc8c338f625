import Testing
import VeilCrypto

@Suite("SecretKey, SecureRandom and constant-time comparison")
struct PrimitivesTests {
    @Test("a key's description and debug description never show its bytes")
    func descriptionHidesBytes() throws {
        let key = try SecretKey(bytes: [UInt8](repeating: 0xab, count: 32))
        #expect(key.description == "SecretKey(32 bytes)")
        #expect(!String(reflecting: key).lowercased().contains("ab"))
        var dumped = ""
        dump(key, to: &dumped)
        #expect(!dumped.lowercased().contains("ab"))
        #expect(!"\(key)".contains("171"))
    }

    @Test("keys compare by content, and keys of different lengths are unequal")
    func keyEquality() throws {
        let a = try SecretKey(bytes: [1, 2, 3])
        #expect(a == (try SecretKey(bytes: [1, 2, 3])))
        #expect(a != (try SecretKey(bytes: [1, 2, 4])))
        #expect(a != (try SecretKey(bytes: [1, 2, 3, 0])))
    }

    @Test("empty and oversized keys are rejected")
    func badKeysRejected() {
        #expect(throws: CryptoError.invalidKey) { try SecretKey(bytes: []) }
        #expect(throws: CryptoError.invalidKey) { try SecretKey.random(byteCount: 0) }
        #expect(throws: CryptoError.invalidKey) { try SecretKey.random(byteCount: 1 << 20) }
    }

    @Test("random keys have the requested length and differ")
    func randomKeys() throws {
        let a = try SecretKey.random()
        let b = try SecretKey.random()
        #expect(a.byteCount == 32)
        #expect(try SecretKey.random(byteCount: 64).byteCount == 64)
        #expect(a != b)
        a.withUnsafeBytes { #expect($0.count == 32) }
    }

    @Test("SecureRandom returns the requested count and rejects negative counts")
    func secureRandomCounts() throws {
        #expect(try SecureRandom.bytes(0).isEmpty)
        #expect(try SecureRandom.bytes(33).count == 33)
        #expect(try SecureRandom.bytes(16) != (try SecureRandom.bytes(16)))
        #expect(throws: CryptoError.invalidInput) { try SecureRandom.bytes(-1) }
    }

    @Test("constantTimeEquals compares content and length")
    func constantTime() {
        #expect(constantTimeEquals([], []))
        #expect(constantTimeEquals([1, 2, 3], [1, 2, 3]))
        #expect(!constantTimeEquals([1, 2, 3], [1, 2, 4]))
        #expect(!constantTimeEquals([1, 2, 3], [1, 2]))
    }

    @Test("error descriptions are short fixed strings")
    func errorDescriptions() {
        #expect(CryptoError.authenticationFailure.description == "authentication failure")
        #expect(CryptoError.keyDestroyed != CryptoError.keyNotFound)
        #expect(CryptoError.openssl(0x1234).description == "OpenSSL error 0x1234")
    }
}
