/// Whether a word looks like part of a person's name in Latin script: a capital letter, then at least one lower-case
/// letter, no digits (`Jane`, `Müller`, `O'Brien`, `Jean-Luc`, `McDonald`, `Émilie`). All-capital words (`VPN`,
/// `IT`) and words of other scripts are not name parts here.
enum NameToken {
    /// Whether `word` (a ``TermIndex`` word) is a capitalised name part.
    static func isCapitalised(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard word.count >= 2 else { return false }
        var index = word.startIndex
        let first = word[index]
        if first >= 0x41 && first <= 0x5A {
            index += 1
        } else if first == 0xC3, index + 1 < word.endIndex, (0x80...0x9E).contains(word[index + 1]), word[index + 1] != 0x97 {
            index += 2  // À–Þ without ×
        } else if (first == 0xC4 || first == 0xC5), index + 1 < word.endIndex, word[index + 1] & 1 == 0 {
            index += 2  // Latin Extended-A capitals (even code points: Ł, Š, Ž …, roughly)
        } else {
            return false
        }
        var lowercase = 0
        while index < word.endIndex {
            let byte = word[index]
            switch byte {
            case 0x61...0x7A:
                lowercase += 1
                index += 1
            case 0x41...0x5A, UInt8(ascii: "'"), UInt8(ascii: "-"):
                index += 1
            case 0xC3:
                guard index + 1 < word.endIndex, word[index + 1] >= 0x80, word[index + 1] != 0x97, word[index + 1] != 0xB7
                else { return false }
                if word[index + 1] >= 0x9F { lowercase += 1 }
                index += 2
            case 0xC4, 0xC5:
                guard index + 1 < word.endIndex, word[index + 1] >= 0x80 else { return false }
                lowercase += 1
                index += 2
            case 0xE2:
                // ’ (U+2019) inside a name: O’Brien.
                guard index + 2 < word.endIndex, word[index + 1] == 0x80, word[index + 2] == 0x99 else { return false }
                index += 3
            default:
                return false
            }
        }
        // The second byte must not be a capital (`IT`, `IDs`, `VPN` are not names; `McDonald`, `O'Brien` are).
        let second = word[word.startIndex + 1]
        return lowercase > 0 && !(second >= 0x41 && second <= 0x5A)
    }

    /// The lower-case ASCII spelling of `word` (non-ASCII bytes kept), for list lookups.
    static func lowercased(_ word: Slice<UnsafeBufferPointer<UInt8>>, into key: inout [UInt8]) {
        key.removeAll(keepingCapacity: true)
        for byte in word { key.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
    }
}
