@testable import CoachKit
import Testing

@Suite struct BoundedCacheTests {
    @Test func computesEachKeyOnceAndRemembersIt() {
        let cache = BoundedCache<String, Int>(capacity: 10)
        var computed = 0
        for _ in 0..<3 {
            #expect(
                cache.value(for: "word") {
                    computed += 1; return 7
                } == 7)
        }
        #expect(computed == 1)
    }

    @Test func startsAgainOnceFullSoMemoryStaysBounded() {
        let cache = BoundedCache<Int, Int>(capacity: 2)
        var computed = 0
        for key in [1, 2, 3, 1] {
            _ = cache.value(for: key) {
                computed += 1; return key
            }
        }
        // 1 and 2 fill it, 3 empties it and stays, so 1 is computed a second time.
        #expect(computed == 4)
        #expect(cache.value(for: 3) { -1 } == 3)
    }
}
