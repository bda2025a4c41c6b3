import Testing

@testable import CoachKit

@Suite struct DigestTableTests {
    @Test func everyKeyKeepsTheRowItWasGivenThroughGrowing() {
        var table = DigestTable(capacity: 1)
        // Keys that share low bits collide on purpose; 0 is a key like any other.
        let keys: [UInt64] = [0, 16, 32, 1 << 40, 5, 21, UInt64.max] + (1...500).map { $0 &* 0x9E37_79B9_7F4A_7C15 }
        for (index, key) in keys.enumerated() {
            let inserted = table.insert(key)
            #expect(inserted.isNew)
            #expect(inserted.row == Int32(index))
        }
        #expect(table.count == keys.count)
        for (index, key) in keys.enumerated() { #expect(table.row(of: key) == Int32(index)) }
        #expect(table.insert(16) == (row: 1, isNew: false))
        #expect(table.row(of: 48) == nil)
        #expect(Set(table.allKeys) == Set(keys))
    }
}
