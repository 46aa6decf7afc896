import Core

/// F4: when a series skipped taken dates, each skipped date is offered the
/// best free room for it, by the finder's own rules (near the room just
/// booked unless an area was typed), to book with one key while the caller
/// is still on the line.
extension RoomsFeature {
  /// A skipped date and the room offered for it (nil: none is free).
  struct Alternative {
    let slot: Slot
    let room: Room?
  }

  func offerAlternatives(for skipped: [Clash], _ request: BookingRequest, needs: RoomNeeds) {
    var needs = needs
    if needs.area.isEmpty, let booked = try? roomStore.room(id: request.roomID) {
      needs.area = booked.area
    }
    var seen = Set<Day>()
    let slots = skipped.map(\.wanted).filter { seen.insert($0.day).inserted }
    let alternatives = slots.map { slot in
      let options = (try? roomFinder.find([slot], needs: needs)) ?? []
      let free = options.first { $0.clashes.isEmpty && $0.room.id != request.roomID }
      return Alternative(slot: slot, room: free?.room)
    }
    presentAlternatives(alternatives, request)
  }

  /// The list of what is left to offer; Enter books the marked line.
  private func presentAlternatives(_ alternatives: [Alternative], _ request: BookingRequest) {
    guard let first = alternatives.firstIndex(where: { $0.room != nil }) else { return }
    let options = alternatives.enumerated().map { index, alternative in
      let when =
        alternative.slot.day.label(lang, today: desk.today) + " " + alternative.slot.start.text
        + "–" + alternative.slot.end.text
      // Short enough for 80 columns: where, how big, what it costs.
      let room =
        alternative.room.map { room in
          let fee =
            room.cleaningFee == 0
            ? lang.pick("gratis", "free")
            : lang.pick("\(room.cleaningFee) kr.", "\(room.cleaningFee) kr.")
          return room.name + " ("
            + [room.area, lang.pick("\(room.capacity) pl.", "\(room.capacity) seats"), fee]
            .filter { !$0.isEmpty }.joined(separator: ", ") + ")"
        } ?? lang.pick("intet andet lokale er ledigt", "no other room is free")
      return (label: when + " → " + room, value: Optional(Int64(index)))
    }
    desk.present(
      .picker(
        Picker(
          title: lang.pick(
            "Andet lokale til sprungne datoer? Enter booker, Esc: nej tak",
            "Another room for skipped dates? Enter books, Esc: no thanks"),
          options: options, current: Int64(first)),
        asking(.alternative(alternatives, request))))
  }

  func bookAlternative(
    _ index: Int, _ alternatives: [Alternative], _ request: BookingRequest
  ) {
    guard let room = alternatives[index].room, let roomID = room.id else {
      presentAlternatives(alternatives, request)
      return
    }
    let slot = alternatives[index].slot
    let one = BookingRequest(
      roomID: roomID, associationID: request.associationID, slot: slot,
      purpose: request.purpose, attendees: request.attendees, contact: request.contact)
    do {
      let outcome = try bookingStore.book(one, by: desk.me?.id)
      desk.say(BookingResultText.said(outcome, room: room.name, slot: slot, lang))
      reloadWeek()
      var rest = alternatives
      rest.remove(at: index)
      presentAlternatives(rest, request)
    } catch {
      // Taken meanwhile at another desk: said, and the rest still offered.
      desk.say(
        lang.pick("Ikke booket: ", "Not booked: ") + ErrorText.message(error, lang), isError: true)
      var rest = alternatives
      rest.remove(at: index)
      presentAlternatives(rest, request)
    }
  }
}
