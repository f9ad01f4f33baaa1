/// How the records of a stream are read.
public enum RecordFormat: String, Sendable, CaseIterable {
    /// One JSON document per line (JSON Lines, Elasticsearch bulk files, `_source` exports): keys, strings and numbers
    /// are decoded and scanned, everything else is copied exactly. The default.
    case jsonl
    /// Each line is scanned as text.
    case text
    /// RFC 4180 CSV with a header record: quoted fields may span lines; column names drive the field-name rule.
    case csv
    /// Per line: JSON when the line parses as JSON, otherwise text (not counted as invalid).
    case auto
}

/// What happens to a record that cannot be redacted as its format says — malformed JSON, invalid UTF-8, a line over
/// the maximum length, a regex resource limit. The raw record is never written anywhere.
public enum InvalidRecordPolicy: String, Sendable, CaseIterable {
    /// Scan the line as text instead and write the result (when even that fails, reject it). Counted as invalid.
    case text
    /// Write a placeholder line naming the reason, keeping the line count. The default: nothing that could not be
    /// fully understood leaves the tool.
    case reject
    /// Stop with an error naming the line number and byte offset.
    case fail
}
