/// The words around a person's name in support text, by what they tell about the word(s) next to them.
///
/// Each cue is a whole word or phrase, matched case-insensitively by a ``TermIndex``. A cue only marks where a name
/// may be; ``NameToken`` decides whether the words there look like one.
struct NameCue: Sendable, Hashable {
    /// Where the name is and how the cue must be written.
    enum Role: Sendable, Hashable {
        /// A title right before the name, optionally with a dot: `Mr. Smith`, `Frau Krüger`, `Mme Lambert`.
        case title
        /// A greeting before the name: `Hi Jane`, `Dear Mr Smith` (then the title rule), `Bonjour Manon`.
        case greeting
        /// A verb phrase or relation before the name: `spoke with`, `escalated to`, `my colleague`, `validé par`.
        case mention
        /// A label followed by `:` before the name: `Customer: Jane Doe`, `Ansprechpartner: …`.
        case label
        /// A sign-off followed by a line break and the name on the next line: `Regards,\nJane`.
        case signOff
        /// A participle after the name (German word order): `An Hannah Fischer eskaliert`.
        case after
    }

    /// The role.
    let role: Role
    /// Confidence of a name found by this cue.
    let confidence: Double

    /// Every cue, by its lower-case spelling.
    static let index: TermIndex<NameCue> = {
        var entries: [(String, NameCue)] = []
        func add(_ role: Role, _ confidence: Double, _ words: String) {
            for phrase in words.split(separator: "|") { entries.append((String(phrase), NameCue(role: role, confidence: confidence))) }
        }
        add(.title, 0.85, """
            mr|mrs|ms|miss|mx|dr|prof|herr|frau|mme|mlle|monsieur|madame|mademoiselle|sr|sra|srta|señor|señora|\
            señorita|don|doña|dona|senhor|senhora|sir|dame
            """)
        add(.greeting, 0.8, """
            hi|hello|hey|dear|hallo|liebe|lieber|servus|moin|bonjour|bonsoir|salut|cher|chère|hola|estimado|estimada|\
            olá|ola|oi|prezado|prezada|good morning|good afternoon|good evening|guten morgen|guten tag|buenos días|\
            buenas tardes|bom dia|boa tarde
            """)
        add(.mention, 0.8, """
            spoke with|spoke to|speak with|speak to|talked to|talked with|talk to|talk with|spoken to|spoken with|\
            escalated to|approved by|assigned to|reassigned to|forwarded to|transferred to|handed over to|handed to|\
            reported by|requested by|raised by|opened by|submitted by|called by|contacted by|confirmed by|\
            authorised by|authorized by|signed off by|colleague|coworker|co-worker|manager|supervisor|\
            please contact|contact person|on behalf of|attention of|\
            kollege|kollegin|vorgesetzter|vorgesetzte|sich an|sich bitte an|rücksprache mit|gesprochen mit|\
            genehmigt von|freigegeben von|eskaliert an|weitergeleitet an|\
            collègue|contacter|contactez|validé par|approuvé par|escaladé à|transmis à|transféré à|parlé avec|\
            compañero|compañera|hablen con|hable con|hablar con|hablé con|aprobado por|aprobada por|escalado a|\
            transferido a|\
            colega|falem com|fale com|falar com|falei com|aprovado por|aprovada por|escalado para|transferido para|\
            encaminhado para
            """)
        add(.label, 0.85, """
            customer|customer name|client|client name|caller|contact|contact name|name|full name|requester|\
            requestor|reporter|reported by|submitted by|assigned to|agent|owner|account holder|cardholder|\
            card holder|kunde|kundin|kundenname|ansprechpartner|ansprechpartnerin|anrufer|anruferin|\
            nom|nom du client|interlocuteur|cliente|nombre|contacto|contato|nome|titular
            """)
        add(.signOff, 0.75, """
            regards|best regards|kind regards|warm regards|thanks|thank you|many thanks|cheers|best|sincerely|\
            yours sincerely|best wishes|cordialement|bien à vous|merci|merci d’avance|merci d'avance|saludos|\
            un saludo|atentamente|gracias|atenciosamente|obrigado|obrigada|abraços|att|grüße|viele grüße|\
            beste grüße|liebe grüße|mit freundlichen grüßen|gruß|danke
            """)
        add(.after, 0.75, "eskaliert|freigegeben|genehmigt|zugewiesen|weitergeleitet")
        return TermIndex(entries)
    }()

    /// Capitalised words that are not names although they follow cues: titles (a title names no one; the title
    /// rule then reads the name after it), addressees (`Hi Team`, `Dear Customer`),
    /// departments and queues (`escalated to Tier`, `assigned to Billing`), pronouns and sentence words. Lower-case.
    static let notNames: Set<[UInt8]> = Set("""
        team|teams|world|all|everyone|everybody|there|sir|madam|madame|monsieur|customer|customers|client|clients|\
        support|colleague|colleagues|friends|folks|guys|user|users|admin|admins|administrator|it|hr|partner|\
        partners|sales|billing|engineering|tier|level|product|management|manager|security|service|services|desk|\
        helpdesk|servicedesk|legal|finance|operations|ops|dev|devops|backoffice|backend|network|networking|account|\
        accounts|technical|tech|escalation|escalations|group|department|office|queue|on-call|oncall|l1|l2|l3|\
        the|this|that|these|those|our|my|your|his|her|their|we|you|they|he|she|me|us|him|them|i|please|thanks|\
        thank|regards|best|good|morning|afternoon|evening|hello|hi|dear|and|or|but|if|in|on|at|to|for|from|with|\
        by|of|as|is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|not|no|yes|ok|\
        monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|\
        september|october|november|december|today|tomorrow|yesterday|\
        damen|herren|kollegen|kunde|kunden|kundin|ihr|ihre|ihnen|sie|wir|uns|bitte|danke|grüße|an|von|für|mit|\
        der|die|das|dem|den|ein|eine|einen|und|oder|im|am|zum|zur|abteilung|vertrieb|buchhaltung|technik|\
        madame|mesdames|messieurs|équipe|tous|toutes|vous|nous|le|la|les|un|une|des|du|et|ou|service|\
        equipo|todos|todas|señor|señora|usted|ustedes|nosotros|el|los|las|y|o|\
        equipe|senhor|senhora|você|vocês|nós|os|as|e|ou|suporte|soporte|cliente|clientes|\
        mr|mrs|ms|miss|mx|dr|prof|herr|frau|mme|mlle|mademoiselle|sr|sra|srta|señorita|don|doña|dona|dame
        """.split(separator: "|").map { Array($0.utf8) })

    /// Lower-case name particles that may stand between the parts of a name (`Ana de la Cruz`, `Ludwig van Beethoven`).
    static let particles: Set<[UInt8]> = Set("""
        de|da|di|do|dos|das|del|della|van|von|der|den|ter|ten|le|la|du|bin|ibn|al|el|y
        """.split(separator: "|").map { Array($0.utf8) })
}
