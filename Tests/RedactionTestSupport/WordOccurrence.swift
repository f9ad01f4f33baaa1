import Foundation

/// Whether `value` (a planted value) occurs in `text` not glued to letters or digits: the planted first name `Ana`
/// is not the start of the product name `Analytics`. Scripts without spaces (CJK) have no word boundaries, so there
/// every occurrence counts.
public func occursAsWord<Text: StringProtocol>(_ value: String, in text: Text) -> Bool {
    guard let first = value.first, let last = value.last else { return false }
    var searchStart = text.startIndex
    while let found = text[searchStart...].range(of: value) {
        let before = found.lowerBound > text.startIndex ? text[text.index(before: found.lowerBound)] : " "
        let after = found.upperBound < text.endIndex ? text[found.upperBound] : " "
        let gluedBefore = first.isASCII && (before.isLetter || before.isNumber)
        let gluedAfter = last.isASCII && (after.isLetter || after.isNumber)
        if !gluedBefore && !gluedAfter { return true }
        searchStart = text.index(after: found.lowerBound)
    }
    return false
}
