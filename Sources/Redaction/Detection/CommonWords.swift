/// Words that are also first names, surnames or place names in the languages the tool sees (`Will`, `May`, `Mark`,
/// `Rose`, `Nice`, `Blanco`, `Costa`): a name part that is one of these is not redacted on its own where it recurs in
/// free text ("we will call"), only the full name is. Also name particles (`de`, `van`) and generic mailbox names
/// (`info`, `support`). Lower-case ASCII and UTF-8.
enum CommonWords {
    /// Whether the lower-case bytes are one of the words (compared in place: nothing is allocated).
    static func contains<Word: Collection<UInt8>>(_ lowercased: Word) -> Bool { words.contains(lowercased) }

    private static let words = ByteKeyTable(
        list.split(whereSeparator: { $0 == " " || $0 == "\n" }).lazy.map { (Array($0.utf8), ()) })

    private static let list = """
        will may mark bill rose grant sue chase frank dean hope joy amber art june april august jack pat rich ray guy \
        sky summer dawn eve ivy lily page young king price long short white black brown green gray grey hall wood \
        stone field ford bush reed rice bell lane hunt cook baker carter cooper turner walker may park hill miles \
        case ticket post love gay hardy noble sharp storm fox wolf crane swift major lord bishop knight chance \
        faith grace joyce glen dale rusty sandy penny ruby pearl crystal jade jasmine violet heather holly iris \
        daisy olive angel blessing precious honey sunny misty stormy autumn winter spring day night morning \
        nice reading bath mobile split bonn mars paris london victoria florence sydney jordan china india \
        de da do das dos del della di du la le les van von der den ten ter el al bin ibn mc st \
        klein lang kurz gross weiss schwarz braun koch fuchs wolf vogel bauer meister kaiser könig sommer winter \
        blanc petit grand noir roux leblanc marchand \
        blanco moreno rubio leon león paz cruz sol mar luz rey flores campos prado vega rivera \
        santos rocha lima costa silva cardoso pinto ramos nunes souza \
        info support admin contact sales service help noreply mail office team hello billing security
        """
}
