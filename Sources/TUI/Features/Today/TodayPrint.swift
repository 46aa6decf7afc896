import Core

/// I dag's `p`: today's sheet for the door and the caretaker.
extension TodayFeature {
  func askPrintDay() {
    desk.askToPrint(
      title: lang.pick("Dagsseddel · ", "Day sheet · ") + desk.today.dayTitle(lang),
      fileName: lang.pick("dagsseddel-", "day-sheet-") + desk.today.iso + ".txt",
      what: ("Dagssedlen", "The day sheet")
    ) { [plan = state.plan, store, today = desk.today, me = desk.me?.initials, lang] in
      // The whole day, not just what I dag read.
      var plan = plan
      plan.bookings = try store.bookingsToday()
      return DaySheet.text(plan, day: today, by: me, lang: lang)
    }
  }
}
