import Testing

@testable import Veil

@Suite struct RequestIDTests {
    @Test func idsAreReqAnd32HexDigitsAndNeverRepeat() async {
        // From several tasks at once: the counter behind the ids is shared.
        let ids = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<4 {
                group.addTask { (0..<5_000).map { _ in RequestOptions.makeRequestID() } }
            }
            var all: [String] = []
            for await batch in group { all += batch }
            return all
        }
        #expect(Set(ids).count == 20_000)
        for id in ids.prefix(200) {
            #expect(id.utf8.count == 36)
            #expect(id.hasPrefix("req_"))
            #expect(id.utf8.dropFirst(4).allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
        }
        // Consecutive ids share no visible structure (a log reader cannot guess a neighbour's id).
        let first = ids[0].utf8.dropFirst(4)
        let second = ids[1].utf8.dropFirst(4)
        #expect(zip(first, second).filter { $0 == $1 }.count < 12)
    }
}
