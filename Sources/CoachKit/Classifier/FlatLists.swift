/// Many short lists kept end to end in one array, read by position.
///
/// The classifier keeps several lists per pattern (its elements, the words it needs); an array
/// of arrays would mean one allocation per list and a reference count touched on every read,
/// in the loop that runs for every word of every reply.
struct FlatLists<Element: Sendable>: Sendable {
    private(set) var values: [Element] = []
    /// Where each list ends in `values`; list `i` starts where list `i - 1` ends.
    private var ends: [Int] = []

    init<Lists: Sequence>(_ lists: Lists) where Lists.Element: Collection<Element> {
        for list in lists {
            values.append(contentsOf: list)
            ends.append(values.count)
        }
    }

    var count: Int { ends.count }

    /// The positions in `values` of list `index`.
    func positions(of index: Int) -> Range<Int> {
        (index == 0 ? 0 : ends[index - 1])..<ends[index]
    }

    subscript(index: Int) -> ArraySlice<Element> { values[positions(of: index)] }
}
