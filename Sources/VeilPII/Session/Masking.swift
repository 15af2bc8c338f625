/// Partial forms for the `mask` action: enough to recognize one's own value, not enough to use it.
enum Masking {
    static func mask(_ type: EntityType, _ value: String) -> String {
        let bytes = FoldedText(value).bytes
        switch type {
        case .email:
            guard let at = bytes.lastIndex(of: 0x40) else { return "***" }
            let local = bytes[..<at]
            let domain = bytes[(at + 1)...]
            let tldStart = domain.lastIndex(of: 0x2E) ?? domain.endIndex
            var out = [UInt8]()
            if let f = local.first { out.append(f) }
            out += Array("***@".utf8)
            if let f = domain.first { out.append(f) }
            out += Array("***".utf8)
            out += domain[tldStart...]
            return String(decoding: out, as: UTF8.self)
        case .creditCard, .cnBankCard:
            let digits = bytes.filter(ByteClass.isDigit)
            return "**** **** **** " + String(decoding: digits.suffix(4), as: UTF8.self)
        case .phone, .cnMobile, .usSSN, .cnResidentID, .iban:
            // Keep separators and the last four characters; keep an IBAN's country code.
            let alnumCount = bytes.filter(ByteClass.isAlnum).count
            var seen = 0
            var out = [UInt8]()
            for c in bytes {
                guard ByteClass.isAlnum(c) else {
                    out.append(c)
                    continue
                }
                seen += 1
                let keep = seen > alnumCount - 4 || (type == .iban && seen <= 2)
                out.append(keep ? c : 0x2A)
            }
            return String(decoding: out, as: UTF8.self)
        case .ipAddress:
            if let dot = bytes.firstIndex(of: 0x2E), !bytes.contains(0x3A) {
                return String(decoding: bytes[..<dot], as: UTF8.self) + ".*.*.*"
            }
            return "****:****::****"
        case .mac:
            return "**:**:**:**:**:" + String(decoding: bytes.suffix(2), as: UTF8.self)
        case .secret:
            return String(decoding: bytes.prefix(4), as: UTF8.self) + "****"
        case .urlCredential:
            return "****"
        case .person:
            guard let first = value.first else { return "***" }
            return String(first) + "***"
        }
    }
}
