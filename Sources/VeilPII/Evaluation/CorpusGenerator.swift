/// Deterministic generator of labelled English/Chinese texts for ``PIIEvaluation``.
struct CorpusGenerator {
    /// SplitMix64: tiny, seedable, identical on every platform.
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    mutating func chance(_ p: Double) -> Bool { Double(next() % 10000) / 10000 < p }

    mutating func digits(_ count: Int) -> String {
        String((0..<count).map { _ in Character(String(int(0...9))) })
    }

    // MARK: values

    static func luhnComplete(_ partial: String) -> String {
        var sum = 0
        for (k, c) in partial.reversed().enumerated() {
            var v = Int(String(c)) ?? 0
            if k % 2 == 0 {
                v *= 2
                if v > 9 { v -= 9 }
            }
            sum += v
        }
        return partial + String((10 - sum % 10) % 10)
    }

    static func group(_ s: String, _ sizes: [Int], _ sep: String) -> String {
        var out: [String] = []
        var rest = Substring(s)
        for size in sizes {
            out.append(String(rest.prefix(size)))
            rest = rest.dropFirst(size)
        }
        if !rest.isEmpty { out.append(String(rest)) }
        return out.filter { !$0.isEmpty }.joined(separator: sep)
    }

    static func fullWidth(_ s: String) -> String {
        String(
            String.UnicodeScalarView(
                s.unicodeScalars.map { u in
                    u.value >= 0x21 && u.value <= 0x7E ? Unicode.Scalar(u.value + 0xFEE0) ?? u : u
                }))
    }

    mutating func card() -> String {
        let kind = int(0...4)
        let partial: String
        switch kind {
        case 0: partial = "4" + digits(14)
        case 1: partial = "5" + String(int(1...5)) + digits(13)
        case 2: partial = pick(["34", "37"]) + digits(12)
        case 3: partial = "6011" + digits(11)
        default: partial = "35" + String(int(28...89)) + digits(11)
        }
        let number = Self.luhnComplete(partial)
        let sep = pick(["", " ", "-"])
        if sep.isEmpty { return number }
        return number.count == 15 ? Self.group(number, [4, 6, 5], sep) : Self.group(number, [4, 4, 4, 4], sep)
    }

    mutating func cnBankCard() -> String {
        let number = Self.luhnComplete(
            "62" + pick(["2202", "2848", "1700", "1483", "2588", "1226"]) + digits(int(9...12)))
        return chance(0.3) ? Self.group(number, [4, 4, 4, 4], " ") : number
    }

    static let mobilePrefixes = [
        "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
        "157", "158", "159", "166", "170", "173", "176", "177", "180", "181", "182", "183", "185", "186", "187",
        "188", "189", "191", "198", "199",
    ]

    mutating func cnMobile() -> String {
        let number = pick(Self.mobilePrefixes) + digits(8)
        switch int(0...5) {
        case 0: return Self.group(number, [3, 4, 4], " ")
        case 1: return Self.group(number, [3, 4, 4], "-")
        case 2: return "+86 " + number
        case 3: return "+86-" + number
        default: return number
        }
    }

    /// A phone number valid in its numbering plan (scanning validates against libphonenumber's): assigned area
    /// codes, London numbers in 20 7…/20 8…, Berlin, French mobiles and fixed lines, Beijing.
    mutating func phone() -> String {
        let area = pick(["212", "312", "415", "503", "617", "646", "702", "206", "404", "512"])
        let exchange = String(int(2...9)) + digits(2)
        let line = digits(4)
        switch int(0...9) {
        case 0: return "(\(area)) \(exchange)-\(line)"
        case 1: return "\(area)-\(exchange)-\(line)"
        case 2: return "+1 \(area) \(exchange) \(line)"
        case 3: return "+1-\(area)-\(exchange)-\(line)"
        case 4: return "+44 20 " + String(int(7...8)) + digits(3) + " " + digits(4)
        case 5: return "020 " + String(int(7...8)) + digits(3) + " " + digits(4)
        case 6: return "+49 30 " + String(int(2...9)) + digits(7)
        case 7: return "+33 6 " + (0..<4).map { _ in digits(2) }.joined(separator: " ")
        case 8: return "010-" + String(int(2...8)) + digits(7)
        default: return "0" + String(int(1...5)) + " " + (0..<4).map { _ in digits(2) }.joined(separator: " ")
        }
    }

    mutating func iban() -> String {
        let (country, bban): (String, String) = pick([
            ("DE", digits(18)), ("GB", "NWBK" + digits(14)), ("FR", digits(23)), ("NL", "ABNA" + digits(10)),
            ("ES", digits(20)), ("IT", "X" + digits(22)), ("CH", digits(17)), ("BE", digits(12)),
        ])
        var chars = Array((bban + country + "00").utf8)
        var rem = 0
        for c in chars {
            if c >= 0x30 && c <= 0x39 {
                rem = (rem * 10 + Int(c - 0x30)) % 97
            } else {
                rem = (rem * 100 + Int(c - 0x41 + 10)) % 97
            }
        }
        let check = 98 - rem
        chars = Array((country + (check < 10 ? "0" : "") + String(check) + bban).utf8)
        let iban = String(decoding: chars, as: UTF8.self)
        return chance(0.5) ? Self.group(iban, Array(repeating: 4, count: 8), " ") : iban
    }

    mutating func ip() -> String {
        if chance(0.7) {
            return [int(1...223), int(0...255), int(0...255), int(1...254)].map(String.init).joined(separator: ".")
        }
        let groups = (0..<8).map { _ in String(int(0...0xFFFF), radix: 16) }
        if chance(0.5) { return groups.joined(separator: ":") }
        return "2001:db8::" + groups[6] + ":" + groups[7]
    }

    mutating func mac() -> String {
        let sep = pick([":", "-"])
        return (0..<6).map { _ in
            let v = String(int(0...255), radix: 16, uppercase: chance(0.5))
            return v.count == 1 ? "0" + v : v
        }.joined(separator: sep)
    }

    mutating func ssn() -> String {
        var area = int(1...899)
        if area == 666 { area = 667 }
        let a = String(area)
        let g = String(int(1...99))
        let s = String(int(1...9999))
        return String(repeating: "0", count: 3 - a.count) + a + "-" + String(repeating: "0", count: 2 - g.count) + g
            + "-" + String(repeating: "0", count: 4 - s.count) + s
    }

    mutating func residentID() -> String {
        let province = pick(["11", "31", "32", "33", "44", "51", "42", "37", "61", "50"])
        let date = String(int(1950...2005)) + String(format2(int(1...12))) + String(format2(int(1...28)))
        let body = province + digits(4) + date + digits(3)
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(body, weights).reduce(0) { $0 + (Int(String($1.0)) ?? 0) * $1.1 }
        return body + String(Array("10X98765432")[sum % 11])
    }

    func format2(_ v: Int) -> String { v < 10 ? "0\(v)" : String(v) }

    mutating func token(_ count: Int) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        return String((0..<count).map { _ in alphabet[int(0...(alphabet.count - 1))] })
    }

    mutating func secret() -> String {
        switch int(0...5) {
        case 0: return "sk-" + token(48)
        case 1: return "sk-proj-" + token(40)
        case 2: return "AKIA" + String(token(16).uppercased())
        case 3: return "ghp_" + token(36)
        case 4: return "xoxb-" + digits(11) + "-" + token(24)
        default: return "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI" + token(20) + "In0." + token(43)
        }
    }

    static let firstNames = [
        "James", "Mary", "Robert", "Patricia", "Jennifer", "Michael", "Linda", "David",
        "Elizabeth", "Susan", "Jessica", "Thomas", "Sarah", "Daniel", "Emily", "Olivia", "Noah", "Sophia",
        "Ethan", "Priya", "Carlos", "Fatima", "Kenji", "Anna", "Lucas", "Chloe", "Nathan", "Hannah",
    ]
    static let unlistedFirstNames = ["Thaddeus", "Bronwyn", "Isidore", "Marisol", "Leopold", "Ottilie"]
    static let lastNames = [
        "Smith", "Johnson", "Williams", "Brown", "Garcia", "Miller", "Davis", "Martinez",
        "Wilson", "Anderson", "Taylor", "Nguyen", "Patel", "Kowalski", "O'Brien", "Fitzgerald", "Harrington",
    ]
    static let surnames = [
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
        "欧阳", "司马", "诸葛", "上官",
    ]
    static let givenChars = [
        "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
        "超", "秀英", "华", "建国", "晓东", "子涵", "雨轩", "婷",
    ]

    mutating func englishName() -> String {
        let first = chance(0.85) ? pick(Self.firstNames) : pick(Self.unlistedFirstNames)
        return chance(0.7) ? first + " " + pick(Self.lastNames) : first
    }

    mutating func chineseName() -> String {
        let given = chance(0.5) ? pick(Self.givenChars) : pick(Self.givenChars) + pick(["明", "华", "玲", "峰", "宇"])
        return pick(Self.surnames) + String(given.prefix(2))
    }

    // MARK: samples

    /// Text pieces: literal text, labelled value, or hard negative.
    enum Piece {
        case text(String)
        case value(EntityType, String)
        case negative(String)
    }

    mutating func sample() -> Sample {
        let chinese = chance(0.45)
        var pieces: [Piece] = []
        let parts = int(1...3)
        for k in 0..<parts {
            if k > 0 { pieces.append(.text(chinese ? "。" : ". ")) }
            pieces += chinese ? chineseClause() : englishClause()
            if chance(0.5) {
                pieces.append(.text(chinese ? "，" : ", "))
                pieces += negativeClause(chinese: chinese)
            }
        }
        return assemble(pieces)
    }

    typealias Sample = PIIEvaluation.Sample

    func assemble(_ pieces: [Piece]) -> Sample {
        var text = ""
        var entities: [Detection] = []
        var negatives: [Range<Int>] = []
        for piece in pieces {
            let start = text.utf8.count
            switch piece {
            case .text(let t):
                text += t
            case .value(let type, let v):
                text += v
                entities.append(Detection(type: type, range: start..<text.utf8.count))
            case .negative(let v):
                text += v
                negatives.append(start..<text.utf8.count)
            }
        }
        return Sample(text: text, entities: entities, negatives: negatives)
    }

    mutating func value(_ type: EntityType) -> String {
        switch type {
        case .email:
            let user = pick(["john.smith", "li.wei88", "mary_j", "zhang.san", "a.garcia", "support+test", "wang123"])
            return user + "@"
                + pick(["example.com", "qq.com", "163.com", "gmail.com", "company.co.uk", "mail.de", "corp.cn"])
        case .phone: return phone()
        case .cnMobile: return cnMobile()
        case .creditCard: return card()
        case .cnBankCard: return cnBankCard()
        case .iban: return iban()
        case .ipAddress: return ip()
        case .mac: return mac()
        case .usSSN: return ssn()
        case .cnResidentID: return residentID()
        case .urlCredential: return "admin:" + token(12)
        case .secret: return secret()
        case .person: return englishName()
        }
    }

    mutating func englishClause() -> [Piece] {
        let type = pick(EntityType.allCases)
        let v = value(type)
        switch type {
        case .person:
            let name = v
            return pick([
                [.text("Hi, my name is "), .value(.person, name), .text(" and I need help")],
                [.text("Dear "), .value(.person, name), .text(", thank you for your order")],
                [.text("Please forward this to Dr. "), .value(.person, name)],
                [.text("I spoke with "), .value(.person, name), .text(" yesterday about the refund")],
                [.text("Best regards,\n"), .value(.person, name)],
                [.text("Name: "), .value(.person, name)],
                [.text("Our new hire "), .value(.person, name), .text(" starts Monday")],
                // No cue at all: only the lexicons can help here.
                [.value(.person, name), .text(" will join the call at 3pm")],
                [.text("Please loop in "), .value(.person, name), .text(" on this thread")],
            ])
        case .urlCredential:
            return pick([
                [.text("connect with postgres://"), .value(.urlCredential, v), .text("@db.internal:5432/app")],
                [
                    .text("the callback was https://api.example.com/cb?access_token="),
                    .value(.urlCredential, token(24)), .text("&state=ok"),
                ],
            ])
        default:
            let label =
                [
                    EntityType.email: "my email is ", .phone: "call me at ", .cnMobile: "my Chinese mobile is ",
                    .creditCard: "charge my card ", .cnBankCard: "the UnionPay card number is ",
                    .iban: "wire it to IBAN ",
                    .ipAddress: "the server IP is ", .mac: "device MAC ", .usSSN: "SSN: ",
                    .cnResidentID: "ID card no. ",
                    .secret: "here is the key ",
                ][type] ?? ""
            return pick([
                [.text(label.prefix(1).uppercased() + label.dropFirst()), .value(type, v)],
                [.text("Can you check " + label), .value(type, v), .text(" for me?")],
                [.text("Update: " + label), .value(type, v), .text(" (changed last week)")],
            ])
        }
    }

    mutating func chineseClause() -> [Piece] {
        let type = pick(EntityType.allCases)
        if type == .person {
            let name = chineseName()
            return pick([
                [.text("我叫"), .value(.person, name), .text("，请帮我查一下")],
                [.text("联系人："), .value(.person, name)],
                [.text("收件人："), .value(.person, name), .text("，电话稍后发你")],
                [.text("请转告"), .value(.person, pick(Self.surnames)), .text("先生明天开会")],
                [.text("您好，"), .value(.person, name), .text("老师，作业已经交了")],
                [.text("我是"), .value(.person, name), .text("，来自销售部")],
                [.text("姓名："), .value(.person, name), .text("　性别：男")],
                // No cue at all: a bare name is not found (surname characters are everywhere in Chinese).
                [.value(.person, name), .text("今天请假了")],
                [.text("这份报告是"), .value(.person, name), .text("写的")],
            ])
        }
        var v = type == .urlCredential ? "" : value(type)
        if [.cnMobile, .creditCard, .cnBankCard, .cnResidentID].contains(type) && chance(0.25) {
            v = Self.fullWidth(v)
        }
        let label =
            [
                EntityType.email: "我的邮箱是", .phone: "办公电话", .cnMobile: "我的手机号是", .creditCard: "我的卡号是",
                .cnBankCard: "银行卡号", .iban: "收款账户", .ipAddress: "服务器地址", .mac: "设备MAC地址",
                .usSSN: "美国社保号", .cnResidentID: "身份证号码", .secret: "密钥是", .urlCredential: "",
            ][type] ?? ""
        if type == .urlCredential {
            let cred = "root:" + token(10)
            return [.text("数据库连接串mysql://"), .value(.urlCredential, cred), .text("@10.0.0.8/prod，别外传")]
        }
        return pick([
            [.text(label), .value(type, v), .text("谢谢")],
            [.text(label + "："), .value(type, v)],
            [.text("麻烦核对一下" + label), .value(type, v), .text("，是否正确")],
        ])
    }

    mutating func negativeClause(chinese: Bool) -> [Piece] {
        let failingCard = { (g: inout CorpusGenerator) -> String in
            let good = g.card().filter(\.isNumber)
            let last = Int(String(good.last ?? "0")) ?? 0
            return String(good.dropLast()) + String((last + 1) % 10)
        }
        let options: [[Piece]] =
            chinese
            ? [
                [.text("订单号"), .negative(digits(12))],
                [.text("总价"), .negative("¥" + String(int(10...9999)) + ".00")],
                [
                    .text("日期"),
                    .negative(String(int(2015...2025)) + "年" + String(int(1...12)) + "月" + String(int(1...28)) + "日"),
                ],
                [
                    .text("版本号"),
                    .negative("v" + String(int(1...9)) + "." + String(int(0...20)) + "." + String(int(0...9))),
                ],
                [.text("快递单号"), .negative("SF" + digits(12))],
                [.text("这个号码"), .negative("1" + String(int(0...2)) + digits(9)), .text("不是手机号")],
                [.text("邮编"), .negative(digits(6))],
                [.text("发票编号"), .negative("INV-" + String(int(2019...2025)) + "-" + digits(5))],
                [.text("我们"), .negative("方法"), .text("很好，大家都很"), .negative("高兴")],
                [.text("卡号"), .negative(failingCard(&self)), .text("校验失败")],
                [.text("会议时间"), .negative(String(int(8...20)) + ":" + format2(int(0...59)))],
            ]
            : [
                [.text("order #"), .negative(digits(int(8...12)))],
                [.text("total "), .negative("$" + String(int(1...9)) + "," + digits(3) + ".99")],
                [
                    .text("due "),
                    .negative(String(int(2015...2025)) + "-" + format2(int(1...12)) + "-" + format2(int(1...28))),
                ],
                [
                    .text("running version "),
                    .negative(
                        [int(1...9), int(0...20), int(0...9), int(0...99)].map(String.init).joined(separator: ".")),
                ],
                [.text("tracking number "), .negative("1Z" + token(16).uppercased())],
                [.text("reference "), .negative(failingCard(&self))],
                [
                    .text("ISBN "),
                    .negative(
                        "978-" + String(int(0...1)) + "-" + digits(3) + "-" + digits(5) + "-" + String(int(0...9))),
                ],
                [.text("invoice "), .negative("INV-" + String(int(2019...2025)) + "-" + digits(5))],
                [.text("zip "), .negative(digits(5))],
                [.text("it costs "), .negative("USD " + String(int(100...9999)))],
                [.negative("May"), .text(" I "), .negative("bill"), .text(" you in "), .negative("June"), .text("?")],
                [.text("we "), .negative("will"), .text(" say "), .negative("grace"), .text(" before dinner")],
                [.text("meeting at "), .negative(String(int(1...12)) + ":" + format2(int(0...59)) + " pm")],
                [.text("build "), .negative(String(int(2...9)) + digits(10))],
            ]
        return pick(options)
    }
}
