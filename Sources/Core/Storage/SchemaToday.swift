extension Schema {
  /// Version 8: what I dag reads, each through an index that holds just its
  /// rows, so the day's screen costs the same in a large municipality.
  ///
  /// - `staff_seen` keeps, per colleague, the last handover I dag showed
  ///   them, so "handed over to you since you last looked" is marked once.
  /// - Handover events by the new owner's initials; referrals still waiting
  ///   for an answer by follow-up date (those made without an inquiry by the
  ///   one who made them); booking series by their last day.
  static let v8 = """
    CREATE TABLE staff_seen(
      staff_id INTEGER PRIMARY KEY REFERENCES staff(id),
      handover_event INTEGER NOT NULL DEFAULT 0);
    CREATE INDEX inquiry_events_handovers ON inquiry_events(new_value, id)
      WHERE kind = 'handover';
    CREATE INDEX referrals_waiting_direct ON referrals(staff_id, follow_up)
      WHERE inquiry_id IS NULL AND status IN ('suggested', 'contacted');
    CREATE INDEX booking_series_last_day ON booking_series(last_day);
    """
}
