/// The check-digit algorithms that make a number PII rather than a lookalike.
enum Checksums {
    /// Luhn (mod 10) over ASCII digits.
    static func luhn(_ digits: [UInt8]) -> Bool {
        var sum = 0
        var double = false
        for d in digits.reversed() {
            var v = Int(d - 0x30)
            if double {
                v *= 2
                if v > 9 { v -= 9 }
            }
            sum += v
            double.toggle()
        }
        return sum % 10 == 0
    }

    /// The GTIN / EAN-13 check digit: weights 1 and 3 alternating from the left, total a multiple of ten.
    static func ean13(_ digits: [UInt8]) -> Bool {
        guard digits.count == 13 else { return false }
        var sum = 0
        for (k, d) in digits.enumerated() { sum += Int(d - 0x30) * (k % 2 == 0 ? 1 : 3) }
        return sum % 10 == 0
    }

    /// IBAN mod-97: move the first four characters to the end, letters as 10…35, remainder must be 1.
    static func ibanMod97(_ chars: [UInt8]) -> Bool {
        guard chars.count > 4 else { return false }
        var remainder = 0
        for c in chars[4...] + chars[..<4] {
            if ByteClass.isDigit(c) {
                remainder = (remainder * 10 + Int(c - 0x30)) % 97
            } else if ByteClass.isLetter(c) {
                let v = Int(ByteClass.lower(c) - 0x61) + 10
                remainder = (remainder * 100 + v) % 97
            } else {
                return false
            }
        }
        return remainder == 1
    }

    /// ISO 7064 MOD 11-2 check character of a Chinese resident ID (`digits` are the first 17 digits).
    static func cnResidentIDCheck(_ digits: ArraySlice<UInt8>) -> UInt8 {
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        var sum = 0
        for (w, d) in zip(weights, digits) { sum += w * Int(d - 0x30) }
        let table: [UInt8] = Array("10X98765432".utf8)
        return table[sum % 11]
    }
}
