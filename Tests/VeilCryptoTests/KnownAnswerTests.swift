import Testing
import VeilCrypto

@Suite("HMAC-SHA256, HKDF-SHA256 and SHA-256 known answers")
struct KnownAnswerTests {
    struct HMACVector: Sendable, CustomTestStringConvertible {
        var name: String
        var key: [UInt8]
        var data: [UInt8]
        var mac: String
        var testDescription: String { name }
    }

    /// RFC 4231 §4.2–4.8. Case 5 publishes only the first 128 bits, so it is compared as a prefix.
    static let hmacVectors: [HMACVector] = [
        HMACVector(
            name: "RFC 4231 case 1", key: [UInt8](repeating: 0x0b, count: 20), data: Array("Hi There".utf8),
            mac: "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
        HMACVector(
            name: "RFC 4231 case 2", key: Array("Jefe".utf8), data: Array("what do ya want for nothing?".utf8),
            mac: "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
        HMACVector(
            name: "RFC 4231 case 3", key: [UInt8](repeating: 0xaa, count: 20),
            data: [UInt8](repeating: 0xdd, count: 50),
            mac: "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"),
        HMACVector(
            name: "RFC 4231 case 4", key: Array(1...25), data: [UInt8](repeating: 0xcd, count: 50),
            mac: "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"),
        HMACVector(
            name: "RFC 4231 case 5 (truncated to 128 bits)", key: [UInt8](repeating: 0x0c, count: 20),
            data: Array("Test With Truncation".utf8), mac: "a3b6167473100ee06e0c796c2955552b"),
        HMACVector(
            name: "RFC 4231 case 6", key: [UInt8](repeating: 0xaa, count: 131),
            data: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8),
            mac: "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
        HMACVector(
            name: "RFC 4231 case 7", key: [UInt8](repeating: 0xaa, count: 131),
            data: Array(
                ("This is a test using a larger than block-size key and a larger than block-size data. The key "
                    + "needs to be hashed before being used by the HMAC algorithm.").utf8),
            mac: "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"),
    ]

    @Test("HMAC-SHA256 matches RFC 4231", arguments: hmacVectors)
    func hmacKnownAnswers(_ vector: HMACVector) throws {
        let mac = HMAC.sha256(key: try SecretKey(bytes: vector.key), vector.data)
        #expect(mac.count == 32)
        #expect(hexString(mac).hasPrefix(vector.mac))
    }

    @Test("HMAC over a String, an array and a raw buffer agree")
    func hmacOverloadsAgree() throws {
        let key = try SecretKey(bytes: Array("Jefe".utf8))
        let text = "what do ya want for nothing?"
        let fromString = HMAC.sha256(key: key, text)
        let fromArray = HMAC.sha256(key: key, Array(text.utf8))
        let fromBuffer = Array(text.utf8).withUnsafeBytes { HMAC.sha256(key: key, $0) }
        #expect(fromString == fromArray)
        #expect(fromArray == fromBuffer)
        #expect(HMAC.sha256(key: key, "").count == 32)
    }

    struct HKDFVector: Sendable, CustomTestStringConvertible {
        var name: String
        var ikm: [UInt8]
        var salt: [UInt8]
        var info: [UInt8]
        var okm: String
        var testDescription: String { name }
    }

    /// RFC 5869 appendix A.1–A.3 (the SHA-256 cases).
    static let hkdfVectors: [HKDFVector] = [
        HKDFVector(
            name: "RFC 5869 case 1", ikm: [UInt8](repeating: 0x0b, count: 22), salt: Array(0x00...0x0c),
            info: Array(0xf0...0xf9),
            okm: "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"),
        HKDFVector(
            name: "RFC 5869 case 2 (long inputs)", ikm: Array(0x00...0x4f), salt: Array(0x60...0xaf),
            info: Array(0xb0...0xff),
            okm: "b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c"
                + "59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71"
                + "cc30c58179ec3e87c14c01d5c1f3434f1d87"),
        HKDFVector(
            name: "RFC 5869 case 3 (empty salt and info)", ikm: [UInt8](repeating: 0x0b, count: 22), salt: [],
            info: [], okm: "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8"),
    ]

    @Test("HKDF-SHA256 matches RFC 5869", arguments: hkdfVectors)
    func hkdfKnownAnswers(_ vector: HKDFVector) throws {
        let ikm = try SecretKey(bytes: vector.ikm)
        let length = vector.okm.utf8.count / 2
        let bytes = try HKDF.deriveBytes(from: ikm, salt: vector.salt, info: vector.info, outputByteCount: length)
        #expect(hexString(bytes) == vector.okm)
        let key = try HKDF.deriveKey(from: ikm, salt: vector.salt, info: vector.info, outputByteCount: length)
        #expect(key == (try SecretKey(bytes: hex(vector.okm))))
    }

    @Test("HKDF rejects output lengths of zero or more than 255 blocks")
    func hkdfRejectsBadLengths() throws {
        let ikm = try SecretKey.random()
        #expect(throws: CryptoError.invalidInput) {
            try HKDF.deriveKey(from: ikm, salt: [], info: [], outputByteCount: 0)
        }
        #expect(throws: CryptoError.invalidInput) {
            try HKDF.deriveBytes(from: ikm, salt: [], info: [], outputByteCount: 255 * 32 + 1)
        }
    }

    @Test("HKDF with different info gives independent keys")
    func hkdfInfoSeparates() throws {
        let ikm = try SecretKey.random()
        let a = try HKDF.deriveKey(from: ikm, salt: [], info: Array("a".utf8))
        let b = try HKDF.deriveKey(from: ikm, salt: [], info: Array("b".utf8))
        #expect(a != b)
    }

    @Test(
        "SHA-256 matches FIPS 180-2 examples",
        arguments: [
            ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            (
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
            ),
        ])
    func sha256KnownAnswers(message: String, digest: String) {
        #expect(hexString(SHA256.hash(Array(message.utf8))) == digest)
    }

    @Test("SHA-256 of one million 'a' matches FIPS 180-2, through the raw-buffer overload")
    func sha256MillionA() {
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        let digest = message.withUnsafeBytes { SHA256.hash($0) }
        #expect(hexString(digest) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}
