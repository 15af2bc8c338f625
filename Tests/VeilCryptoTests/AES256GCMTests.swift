import Testing
import VeilCrypto

@Suite("AES-256-GCM")
struct AES256GCMTests {
    /// AES-256 test cases 13–16 of the GCM specification (McGrew–Viega), the vectors NIST SP 800-38D validation
    /// builds on: empty plaintext, one zero block, four blocks, and a partial block with associated data.
    struct Vector: Sendable, CustomTestStringConvertible {
        var name: String
        var key: String
        var nonce: String
        var plaintext: String
        var aad: String
        var ciphertext: String
        var tag: String
        var testDescription: String { name }
    }

    static let sharedKey = "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308"
    static let sharedPlaintext =
        "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
        + "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255"
    static let sharedCiphertext =
        "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
        + "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad"

    static let vectors: [Vector] = [
        Vector(
            name: "test case 13 (empty plaintext, no AAD)", key: String(repeating: "00", count: 32),
            nonce: String(repeating: "00", count: 12), plaintext: "", aad: "", ciphertext: "",
            tag: "530f8afbc74536b9a963b4f1c4cb738b"),
        Vector(
            name: "test case 14 (one zero block, no AAD)", key: String(repeating: "00", count: 32),
            nonce: String(repeating: "00", count: 12), plaintext: String(repeating: "00", count: 16), aad: "",
            ciphertext: "cea7403d4d606b6e074ec5d3baf39d18", tag: "d0d1c8a799996bf0265b98b5d48ab919"),
        Vector(
            name: "test case 15 (four blocks, no AAD)", key: sharedKey, nonce: "cafebabefacedbaddecaf888",
            plaintext: sharedPlaintext, aad: "", ciphertext: sharedCiphertext,
            tag: "b094dac5d93471bdec1a502270e3cc6c"),
        Vector(
            name: "test case 16 (partial block, with AAD)", key: sharedKey, nonce: "cafebabefacedbaddecaf888",
            plaintext: String(sharedPlaintext.prefix(120)), aad: "feedfacedeadbeeffeedfacedeadbeefabaddad2",
            ciphertext: String(sharedCiphertext.prefix(120)), tag: "76fc6ece0f4e1768cddf8853bb2d551b"),
    ]

    @Test("seal reproduces the published ciphertext and tag", arguments: vectors)
    func sealMatchesKnownAnswer(_ vector: Vector) throws {
        let key = try SecretKey(bytes: hex(vector.key))
        let sealed = try AES256GCM.seal(
            hex(vector.plaintext), key: key, authenticating: hex(vector.aad), nonce: hex(vector.nonce))
        #expect(hexString(sealed) == vector.nonce + vector.ciphertext + vector.tag)
    }

    @Test("open recovers the published plaintext", arguments: vectors)
    func openMatchesKnownAnswer(_ vector: Vector) throws {
        let key = try SecretKey(bytes: hex(vector.key))
        let opened = try AES256GCM.open(
            hex(vector.nonce + vector.ciphertext + vector.tag), key: key, authenticating: hex(vector.aad))
        #expect(hexString(opened) == vector.plaintext)
    }

    @Test("sealed output is nonce, ciphertext and tag: 28 bytes of overhead")
    func sealedLayout() throws {
        let key = try SecretKey.random()
        for count in [0, 1, 15, 16, 17, 1024] {
            let sealed = try AES256GCM.seal([UInt8](repeating: 7, count: count), key: key, authenticating: [1])
            #expect(sealed.count == count + AES256GCM.overhead)
            #expect(try AES256GCM.open(sealed, key: key, authenticating: [1]) == [UInt8](repeating: 7, count: count))
        }
    }

    @Test("random nonces differ between two seals of the same plaintext")
    func randomNoncesDiffer() throws {
        let key = try SecretKey.random()
        let first = try AES256GCM.seal(Array("same".utf8), key: key, authenticating: [])
        let second = try AES256GCM.seal(Array("same".utf8), key: key, authenticating: [])
        #expect(first.prefix(12) != second.prefix(12))
        #expect(first != second)
    }

    @Test("the raw-buffer overloads agree with the array overloads")
    func rawBufferOverloads() throws {
        let key = try SecretKey.random()
        let plaintext = Array("buffer path".utf8)
        let nonce = try SecureRandom.bytes(12)
        let viaArray = try AES256GCM.seal(plaintext, key: key, authenticating: [9], nonce: nonce)
        let viaBuffer = try plaintext.withUnsafeBytes {
            try AES256GCM.seal($0, key: key, authenticating: [9], nonce: nonce)
        }
        #expect(viaArray == viaBuffer)
        let opened = try viaBuffer.withUnsafeBytes { try AES256GCM.open($0, key: key, authenticating: [9]) }
        #expect(opened == plaintext)
    }

    @Test("every flipped bit in nonce, ciphertext or tag makes open fail")
    func everyFlippedSealedBitFails() throws {
        let key = try SecretKey.random()
        let aad = Array("tenant-a|cache|key|1".utf8)
        let sealed = try AES256GCM.seal(Array("short secret".utf8), key: key, authenticating: aad)
        for bit in 0..<(sealed.count * 8) {
            var tampered = sealed
            tampered[bit / 8] ^= 1 << UInt8(bit % 8)
            #expect(throws: CryptoError.authenticationFailure) {
                try AES256GCM.open(tampered, key: key, authenticating: aad)
            }
        }
    }

    @Test("every flipped bit in the associated data makes open fail")
    func everyFlippedAADBitFails() throws {
        let key = try SecretKey.random()
        let aad = Array("tenant-a|cache|key|1".utf8)
        let sealed = try AES256GCM.seal(Array("short secret".utf8), key: key, authenticating: aad)
        for bit in 0..<(aad.count * 8) {
            var tampered = aad
            tampered[bit / 8] ^= 1 << UInt8(bit % 8)
            #expect(throws: CryptoError.authenticationFailure) {
                try AES256GCM.open(sealed, key: key, authenticating: tampered)
            }
        }
    }

    @Test("truncated, extended, or missing associated data fails to open")
    func lengthChangesFail() throws {
        let key = try SecretKey.random()
        let sealed = try AES256GCM.seal(Array("record".utf8), key: key, authenticating: [1, 2, 3])
        #expect(throws: CryptoError.authenticationFailure) {
            try AES256GCM.open(Array(sealed.dropLast()), key: key, authenticating: [1, 2, 3])
        }
        #expect(throws: CryptoError.authenticationFailure) {
            try AES256GCM.open(sealed + [0], key: key, authenticating: [1, 2, 3])
        }
        #expect(throws: CryptoError.authenticationFailure) {
            try AES256GCM.open(sealed, key: key, authenticating: [])
        }
        #expect(throws: CryptoError.authenticationFailure) {
            try AES256GCM.open(Array(sealed.prefix(27)), key: key, authenticating: [1, 2, 3])
        }
    }

    @Test("a wrong key fails to open")
    func wrongKeyFails() throws {
        let sealed = try AES256GCM.seal(Array("record".utf8), key: try SecretKey.random(), authenticating: [])
        #expect(throws: CryptoError.authenticationFailure) {
            try AES256GCM.open(sealed, key: try SecretKey.random(), authenticating: [])
        }
    }

    @Test("keys other than 32 bytes and nonces other than 12 bytes are rejected")
    func badLengthsRejected() throws {
        let shortKey = try SecretKey(bytes: [UInt8](repeating: 1, count: 16))
        #expect(throws: CryptoError.invalidKey) { try AES256GCM.seal([1], key: shortKey, authenticating: []) }
        #expect(throws: CryptoError.invalidKey) {
            try AES256GCM.open([UInt8](repeating: 0, count: 40), key: shortKey, authenticating: [])
        }
        let key = try SecretKey.random()
        #expect(throws: CryptoError.invalidInput) {
            try AES256GCM.seal([1], key: key, authenticating: [], nonce: [UInt8](repeating: 0, count: 8))
        }
    }
}
