/// Canonical forms: two spellings of one value get one placeholder (and one hash).
enum Canonical {
    static func form(_ type: EntityType, _ value: String) -> String {
        let folded = FoldedText(value).bytes
        switch type {
        case .creditCard, .cnBankCard, .usSSN, .phone:
            var digits = folded.filter(ByteClass.isDigit)
            if type == .phone && digits.starts(with: [0x30, 0x30]) { digits.removeFirst(2) }
            return String(decoding: digits, as: UTF8.self)
        case .cnMobile:
            let digits = folded.filter(ByteClass.isDigit)
            return String(decoding: digits.suffix(11), as: UTF8.self)
        case .email, .ipAddress:
            return String(decoding: folded.map(ByteClass.lower), as: UTF8.self)
        case .mac:
            return String(decoding: folded.filter(ByteClass.isHex).map(ByteClass.lower), as: UTF8.self)
        case .iban, .cnResidentID:
            let kept = folded.filter(ByteClass.isAlnum).map { ByteClass.isLower($0) ? $0 - 0x20 : $0 }
            return String(decoding: kept, as: UTF8.self)
        case .urlCredential, .secret, .person:
            return String(decoding: folded, as: UTF8.self)
        }
    }
}
