extension BuiltInDetectors {
    /// Latitude/longitude pairs in decimal degrees, latitude first, latitude in −90…90 and longitude in −180…180,
    /// each with at least three decimals (≈ 110 m):
    /// - labelled, in either order: `lat 47.6205 lon -122.3493`, `lat=51.5007&lng=-0.1246`,
    ///   `"latitude": 47.6205, "longitude": -122.3493` (the finding spans both numbers);
    /// - with hemispheres, before or after, with or without `°`: `40.7128° N, 74.0060° W`, `N 40.7128 W 74.0060`;
    /// - in degrees, minutes and seconds: `40°42'46.1"N 74°00'21.6"W`;
    /// - a bare pair `47.6205, -122.3493` / `-33.8688 151.2093` / `(48.8584, 2.2945)` when it carries a sign of being
    ///   a coordinate: a sign on either number, a degree sign, brackets around the pair, `@` or `=` before it (map
    ///   URLs), or a location word (`lat`, `gps`, `coordinates`, `location`, …) within 40 bytes before; or, without
    ///   any of those, both numbers with four or more decimals, a comma between them and one of them at least 10 in
    ///   magnitude (lower confidence).
    ///
    /// Deliberately not detected, because false positives on metric pairs destroy data: bare unsigned pairs with
    /// only three decimals and no other sign (`12.345, 67.890`) or both below 10 (`1.0823, 0.9241` rates); pairs
    /// within 1° of (0, 0) unless labelled or with a location word (`0.987, 0.123`, `-0.123, 0.456` scores and
    /// weights), and (0, 0) itself; pairs that are part of a longer space/comma list of decimal numbers (vectors,
    /// `lat,lon,alt` triples, flat lists of several pairs); numbers inside dotted runs (versions `10.0.19041.1`,
    /// IPs); out-of-range values (`95.1234, 12.3456` — bare pairs are read latitude first); fewer than three
    /// decimals; decimal commas (`47,6205`); a hemisphere letter on only one number, or with a sign.
    public static func geoCoordinates() throws(RedactionError) -> PatternDetector {
        PatternDetector(
            DetectorDescriptor(
                id: DetectorID(rawValue: "geo-coordinates"), kind: .geoCoordinates,
                summary: "Latitude/longitude pairs (≥ 3 decimals, in range): labelled, with hemispheres, DMS, or "
                    + "bare pairs with a sign, degree sign, brackets or location word.",
                example: "at 47.6205, -122.3493"),
            rules: [
                // 0.9: a lat/lon label (or hemispheres, or DMS) names the numbers as coordinates.
                try PatternRule(
                    GeoPattern.latitudeFirst, caseless: true, confidence: 0.9,
                    prefilter: Prefilter(allOf: [.digit, .dot, .letter]),
                    validator: GeoPattern.validateLabelled(latitudeFirst: true)
                ).gated(words: [.latitudeLabel, .longitudeLabel], wordLead: 0),
                try PatternRule(
                    GeoPattern.longitudeFirst, caseless: true, confidence: 0.9,
                    prefilter: Prefilter(allOf: [.digit, .dot, .letter]),
                    validator: GeoPattern.validateLabelled(latitudeFirst: false)
                ).gated(words: [.latitudeLabel, .longitudeLabel], wordLead: 0),
                try PatternRule(
                    GeoPattern.degreesMinutesSeconds, confidence: 0.9,
                    prefilter: Prefilter(allOf: [.digit, .highByte, .letter]), minimumDigits: 6,
                    validator: GeoPattern.validateDMS
                ).anchored(at: GeoPattern.degreesAnchor),
                // 0.8 with a sign of being a coordinate, 0.7 on precision alone (see validatePair).
                // Two decimal numbers, each `\d{1,3}.\d{3,}`: at least eight digits and two dots between digits.
                try PatternRule(
                    GeoPattern.pair, confidence: 0.8, prefilter: Prefilter(allOf: [.digit, .dot]), minimumDigits: 8,
                    minimumDigitRun: 3, validator: GeoPattern.validatePair
                ).gated(digitDots: 2).anchored(at: GeoPattern.pairAnchor),
            ]
        )
    }
}

/// The coordinate grammar (byte mode) and its checks.
enum GeoPattern {
    /// A decimal-degree number with a sign (`-`, `+`, U+2212) and at least three decimals, captured. Possessive
    /// digit runs: giving digits back can never help, so a failing start fails without backtracking.
    static let number = #"((?:[-+]|\xE2\x88\x92)?\d{1,3}+\.\d{3,15}+)(?!\.?\d)"#
    /// An optional degree sign (U+00B0, or the look-alike U+00BA).
    static let degree = #"(?:\xC2[\xB0\xBA])?"#
    /// Between a label and its number: quotes, colon, equals, spaces, escaped quotes.
    static let labelGap = #"[\x20\t"'\\:=]{0,6}"#
    /// Between the first number and the second label: quotes, commas, `&`, `;`, `/`, `|`, spaces, and an optional
    /// key prefix such as `gps_` or `geo.`.
    static let pairGap = #"[\x20\t"'\\,;&/|]{0,6}(?:[A-Za-z]{1,12}[_.])?"#
    /// `lat`, `latitude`, `Lat.`, also at the end of a key (`user_lat`), not inside a word (`flat`, `latency`).
    static let latitudeLabel = #"(?<![A-Za-z])lat(?:itude)?\.?(?![A-Za-z])"#
    /// `lon`, `lng`, `long`, `longitude`, likewise.
    static let longitudeLabel = #"(?<![A-Za-z])(?:lng|lon|long|longitude)\.?(?![A-Za-z])"#

    /// `lat … NUM … lon … NUM`: group 1 latitude, group 2 longitude.
    static let latitudeFirst = latitudeLabel + labelGap + number + degree + pairGap + longitudeLabel + labelGap
        + number
    /// `lon … NUM … lat … NUM`: group 1 longitude, group 2 latitude.
    static let longitudeFirst = longitudeLabel + labelGap + number + degree + pairGap + latitudeLabel + labelGap
        + number

    /// A bare pair with optional hemisphere letters before or after each number. Groups: 1 latitude hemisphere
    /// before, 2 latitude, 3 latitude hemisphere after, 4 longitude hemisphere before, 5 longitude, 6 longitude
    /// hemisphere after. Not followed by another decimal number (the head of a list); whether one precedes it is
    /// checked by the validator (``decimalEnds(before:in:)``), as look-behinds cannot have variable length.
    static let pair =
        #"(?<![A-Za-z0-9.+\-]|\xE2\x88\x92)(?:([NS])\x20?)?"# + number + degree + #"(?:\x20?([NS])(?![A-Za-z]))?"#
        + #"(?:[\x20\t]*,[\x20\t]*|[\x20\t]{1,3})"#
        + #"(?:([EW])\x20?)?"# + number + degree + #"(?:\x20?([EW]))?(?![A-Za-z0-9]|\.\d)"#
        + #"(?![\x20\t,]{1,4}[-+]?\d+\.\d)"#
    /// Before the first dot of a ``pair``: an optional hemisphere and space, an optional sign (`-`, `+`, or U+2212
    /// as UTF-8), one to three digits; the dot is that of the first ``number`` (``admitsNumber``).
    static let pairAnchor = MatchAnchor(
        byte: UInt8(ascii: "."), lead: Array("NS +-".utf8) + [0xE2, 0x88, 0x92] + Array(0x30...0x39),
        minimumLead: 1, maximumLead: 8, admits: admitsNumber)

    /// Whether the dot at `dot` may be that of a ``number`` starting a ``pair``: the whole digit run before it holds
    /// one to three digits (the pair's look-behind allows no digit before the number, and `\d{1,3}+` no more), the
    /// run after it three to fifteen, and no dot and digit follow that run (`\d{3,15}+` gives nothing back to
    /// `(?!\.?\d)`).
    static func admitsNumber(_ text: UnsafeBufferPointer<UInt8>, dot: Int) -> Bool {
        let before = MatchAnchor.digits(before: dot, in: text)
        guard before >= 1, before <= 3 else { return false }
        let after = MatchAnchor.digits(from: dot + 1, in: text)
        guard after >= minimumDecimals, after <= 15 else { return false }
        let end = dot + 1 + after
        return !(end + 1 < text.count && text[end] == UInt8(ascii: ".") && isDigit(text[end + 1]))
    }

    /// `DD°MM'SS.s"H DDD°MM'SS.s"H` with ASCII or typographic primes. Groups 1–4 latitude (degrees, minutes,
    /// seconds, N/S), 5–8 longitude.
    static let degreesMinutesSeconds: String = {
        let minutes = #"\x20?(\d{1,2})(?:'|\xE2\x80\xB2)\x20?"#
        let seconds = #"(\d{1,2}(?:\.\d{1,4})?)(?:"|''|\xE2\x80\xB3)\x20?"#
        return #"(?<![A-Za-z0-9.])(\d{1,2})\xC2[\xB0\xBA]"# + minutes + seconds + #"([NS])[\x20\t]*,?[\x20\t]*"#
            + #"(\d{1,3})\xC2[\xB0\xBA]"# + minutes + seconds + #"([EW])(?![A-Za-z0-9])"#
    }()

    /// Every ``degreesMinutesSeconds`` match starts with one or two digits and the first byte of its degree sign.
    static let degreesAnchor = MatchAnchor(byte: 0xC2, lead: 0x30...0x39, minimumLead: 1, maximumLead: 2)

    /// Location words that make a bare pair a coordinate.
    static let context = ContextWords(
        ["lat", "latitude", "lon", "lng", "longitude", "latlng", "latlon", "coordinates", "coordinate", "coords",
         "gps", "geo", "geolocation", "location", "located", "position"],
        window: 40)

    /// Minimum decimals of each number (the issue's precision floor).
    static let minimumDecimals = 3
    /// Decimals that make a bare unsigned pair plausible on precision alone.
    static let preciseDecimals = 4
    /// Confidence of a bare pair accepted on precision alone.
    static let precisionOnlyConfidence = 0.7
    /// Confidence of a pair with hemisphere letters.
    static let hemisphereConfidence = 0.9

    /// Labelled pair: ranges and decimals of both numbers; the finding spans from the first number to the second.
    static func validateLabelled(latitudeFirst: Bool) -> MatchValidator {
        { match, candidate in
            guard let first = match.group(1), let second = match.group(2),
                  let one = DecimalDegrees.parse(match.bytes(first)),
                  let two = DecimalDegrees.parse(match.bytes(second)),
                  one.decimals >= minimumDecimals, two.decimals >= minimumDecimals
            else { return false }
            let (latitude, longitude) = latitudeFirst ? (one, two) : (two, one)
            guard DecimalDegrees.isLatitude(latitude.degrees), DecimalDegrees.isLongitude(longitude.degrees) else {
                return false
            }
            candidate.range = first.lowerBound..<second.upperBound
            return true
        }
    }

    /// DMS pair: degrees in range, minutes and seconds below 60.
    static let validateDMS: MatchValidator = { match, _ in
        func value(_ group: Int) -> Double? {
            match.group(group).flatMap { DecimalDegrees.parse(match.bytes($0)) }?.degrees
        }
        guard let latitude = value(1), let latitudeMinutes = value(2), let latitudeSeconds = value(3),
              let longitude = value(5), let longitudeMinutes = value(6), let longitudeSeconds = value(7)
        else { return false }
        return latitude <= 90 && longitude <= 180 && latitudeMinutes < 60 && longitudeMinutes < 60
            && latitudeSeconds < 60 && longitudeSeconds < 60
    }

    /// Bare pair: ranges, hemispheres, not part of a list of decimals, and evidence of being a coordinate.
    static let validatePair: MatchValidator = { match, candidate in
        guard let latitudeRange = match.group(2), let longitudeRange = match.group(5),
              var latitude = DecimalDegrees.parse(match.bytes(latitudeRange)),
              var longitude = DecimalDegrees.parse(match.bytes(longitudeRange)),
              latitude.decimals >= minimumDecimals, longitude.decimals >= minimumDecimals
        else { return false }
        let text = match.text
        // Hemispheres: on both numbers or on neither, at most one per number, and then no sign.
        let latitudeHemisphere = match.group(1) ?? match.group(3)
        let longitudeHemisphere = match.group(4) ?? match.group(6)
        let hasHemispheres = latitudeHemisphere != nil
        if hasHemispheres || longitudeHemisphere != nil {
            guard let latitudeLetter = latitudeHemisphere, let longitudeLetter = longitudeHemisphere,
                  (match.group(1) == nil) != (match.group(3) == nil), (match.group(4) == nil) != (match.group(6) == nil),
                  !latitude.isSigned, !longitude.isSigned
            else { return false }
            if text[latitudeLetter.lowerBound] == UInt8(ascii: "S") { latitude.degrees.negate() }
            if text[longitudeLetter.lowerBound] == UInt8(ascii: "W") { longitude.degrees.negate() }
        }
        guard DecimalDegrees.isLatitude(latitude.degrees), DecimalDegrees.isLongitude(longitude.degrees) else {
            return false
        }
        let range = match.range
        if decimalEnds(before: range.lowerBound, in: text) { return false }
        if hasHemispheres {
            candidate.confidence = hemisphereConfidence
            return true
        }
        // (0, 0) is the "no fix" placeholder, not a place.
        if latitude.degrees == 0, longitude.degrees == 0 { return false }
        let named = context.occurs(before: range.lowerBound, in: text)
        if !named, abs(latitude.degrees) < 1, abs(longitude.degrees) < 1 { return false }
        let hasDegree = match.matchedBytes.contains(0xC2)
        let evidence = named || hasDegree || latitude.isSigned || longitude.isSigned
            || isBracketed(range, in: text) || isURLValue(range, in: text)
        if evidence { return true }
        let hasComma = match.matchedBytes.contains(UInt8(ascii: ","))
        guard hasComma, latitude.decimals >= preciseDecimals, longitude.decimals >= preciseDecimals,
              max(abs(latitude.degrees), abs(longitude.degrees)) >= 10
        else { return false }
        candidate.confidence = precisionOnlyConfidence
        return true
    }

    /// Whether a decimal number (`…d.d…`) ends right before `position`, past a separator of spaces, tabs or
    /// commas — the pair would be the tail of a longer list.
    static func decimalEnds(before position: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = position
        var separators = 0
        while index > 0, isListSeparator(text[index - 1]), separators < 4 { index -= 1; separators += 1 }
        guard separators > 0 else { return false }
        var digits = 0
        while index > 0, isDigit(text[index - 1]) { index -= 1; digits += 1 }
        return digits > 0 && index >= 2 && text[index - 1] == UInt8(ascii: ".") && isDigit(text[index - 2])
    }

    /// Whether the pair is enclosed in `( )` or `[ ]` (spaces allowed inside).
    static func isBracketed(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        var before = range.lowerBound
        while before > 0, text[before - 1] == UInt8(ascii: " ") { before -= 1 }
        var after = range.upperBound
        while after < text.count, text[after] == UInt8(ascii: " ") { after += 1 }
        guard before > 0, after < text.count else { return false }
        let open = text[before - 1], close = text[after]
        return (open == UInt8(ascii: "(") && close == UInt8(ascii: ")"))
            || (open == UInt8(ascii: "[") && close == UInt8(ascii: "]"))
    }

    /// Whether the pair directly follows `@` (map URLs) or `=` (`q=`, `ll=`, `center=` query values).
    static func isURLValue(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard range.lowerBound > 0 else { return false }
        let previous = text[range.lowerBound - 1]
        return previous == UInt8(ascii: "@") || previous == UInt8(ascii: "=")
    }

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    @inline(__always) static func isListSeparator(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == UInt8(ascii: ",")
    }
}
