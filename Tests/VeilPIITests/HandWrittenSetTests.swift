import Testing

@testable import VeilPII

/// A small hand-written set, written apart from the generator's templates, as a check on generalization.
/// Markup: `[[TYPE|value]]` is PII, `{{value}}` is a hard negative that must stay intact.
private let handWritten = [
    "Hey, it's [[PERSON|Megan Foster]] from accounting — can you resend the invoice {{INV-88231}} to [[EMAIL|megan.foster@acme-corp.com]]?",
    "The card on file is [[CREDIT_CARD|5555 5555 5555 4444]], expiring {{09/27}}. Total was {{$2,340.18}}.",
    "Our office line is [[PHONE|+1 (646) 555-0142]]; fax [[PHONE|646-555-0199]].",
    "请把合同寄给[[PERSON|周杰]]，他的手机是[[CN_MOBILE|186 0123 4567]]，邮编{{200120}}。",
    "退款打到我的银行卡[[CN_BANK_CARD|6228480402564890018]]就行，订单{{2023110412345}}。",
    "身份证号[[CN_RESIDENT_ID|44030419900307123X]]，有效期到{{2031年3月7日}}。",
    "Wire to [[IBAN|GB33BUKB20201555555555]] by {{Friday 5 pm}} please.",
    "SSH into [[IP_ADDRESS|203.0.113.45]] (not the old box at [[IP_ADDRESS|fe80::1ff:fe23:4567:890a]]).",
    "We upgraded nginx to {{1.24.0}} and the agent to {{version 3.2.1.7}} yesterday.",
    "Device [[MAC|3C:22:FB:91:0A:7E]] keeps dropping off the Wi-Fi.",
    "For the background check I gave them my SSN [[US_SSN|219-09-9999]] and my zip {{30301}}.",
    "DB_URL=postgresql://[[URL_CREDENTIAL|svc_user:Xk9#pLq2]]@10.2.3.4:5432/main",
    "Use this key: [[SECRET|sk-live-9fJ2kLmN8pQ3rS4tU5vW6xY7zA1bC2dE]] for the staging env.",
    "GitHub token [[SECRET|ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8]] was committed by mistake.",
    "Dear Mr. [[PERSON|Okafor]], your parcel {{1Z9999W99999999999}} is on its way.",
    "Thanks so much!\n\nBest,\n[[PERSON|Priya Raman]]",
    "我是[[PERSON|李雷]]，想咨询一下{{订单号A20240311}}的物流。",
    "麻烦转告[[PERSON|陈]]经理，会议改到{{下午3点}}。",
    "The book's ISBN is {{978-0-262-03384-8}} and it costs {{€45}}.",
    "Call {{10086}} for China Mobile support; my number is [[CN_MOBILE|+86 139 1234 5678]].",
    "Grace and I will {{bill}} you in {{May}}.",
    "[[PERSON|Carlos Mendoza]] approved the PO {{4500012345}} on {{2024-02-29}}.",
    "我的邮箱是[[EMAIL|lilei_2024@qq.com]]，QQ号{{123456789}}。",
    "卡号[[CREDIT_CARD|４５３２０１５１１２８３０３６６]]，请核对。",
    "Temp password reset link: https://portal.example.com/reset?token=[[URL_CREDENTIAL|7f3a9c2e1b4d]]&lang=en",
    "Ping me on WhatsApp at [[PHONE|+44 7700 900123]] or email [[EMAIL|j.oconnor@example.co.uk]].",
    "The server at [[IP_ADDRESS|192.168.10.254]] returned HTTP {{503}} at {{14:05:33}}.",
    "收件人：[[PERSON|欧阳晓]]，电话[[PHONE|021-64381234]]，地址上海市徐汇区。",
    "My colleague [[PERSON|Jennifer Walsh]] will join; her Amex is [[CREDIT_CARD|3714 496353 98431]].",
    "Please update the tracking number {{9400111899223856927365}} in the system.",
]

/// Parses the sets' markup into evaluation samples.
enum HandWrittenSet {
    static func parse(_ marked: String) -> PIIEvaluation.Sample {
        var text = ""
        var entities: [Detection] = []
        var negatives: [Range<Int>] = []
        var rest = Substring(marked)
        while !rest.isEmpty {
            if rest.hasPrefix("[["), let close = rest.firstRange(of: "]]") {
                let inner = rest[rest.index(rest.startIndex, offsetBy: 2)..<close.lowerBound]
                let parts = inner.split(separator: "|", maxSplits: 1)
                let start = text.utf8.count
                text += parts[1]
                if let type = EntityType(rawValue: String(parts[0])) {
                    entities.append(Detection(type: type, range: start..<text.utf8.count))
                }
                rest = rest[close.upperBound...]
            } else if rest.hasPrefix("{{"), let close = rest.firstRange(of: "}}") {
                let start = text.utf8.count
                text += rest[rest.index(rest.startIndex, offsetBy: 2)..<close.lowerBound]
                negatives.append(start..<text.utf8.count)
                rest = rest[close.upperBound...]
            } else {
                text.append(rest.removeFirst())
            }
        }
        return PIIEvaluation.Sample(text: text, entities: entities, negatives: negatives)
    }
}

@Suite struct HandWrittenSetTests {
    @Test func handWrittenSetIsMostlyFound() {
        let report = PIIEvaluation.evaluate(handWritten.map(HandWrittenSet.parse))
        print(report.summary)
        let found = report.recall.values.reduce(0) { $0 + $1.found }
        let total = report.recall.values.reduce(0) { $0 + $1.total }
        #expect(Double(found) / Double(total) >= 0.9)
        #expect(report.intactRate >= 0.95)
    }
}
