import Core

/// F2's list of inquiry categories: a box per category (ticked: offered in
/// the form) and a field for a new one.
extension InquiriesFeature {
  func openCategoriesForm() {
    do {
      var fields = try inquiryStore.directory.categories(includeInactive: true).map { category in
        FormField(
          key: "cat:\(category.id)", label: category.name(lang), value: .check(category.active))
      }
      fields.append(
        FormField(
          key: "new", label: lang.pick("Ny kategori", "New category"), value: .text(TextField())))
      var form = Form(title: lang.pick("Kategorier", "Categories"), fields: fields)
      form.footer = lang.pick(
        "Mellemrum viser/skjuler. Skjulte bruges ikke til nye henvendelser. Ctrl-S gemmer.",
        "Space shows/hides. Hidden ones are not offered for new inquiries. Ctrl-S saves.")
      desk.present(.form(form, asking(.categories)))
    } catch { desk.show(error) }
  }

  /// Shows or hides categories and adds a new one; at least one stays shown.
  func saveCategories(_ form: Form) -> Form? {
    var form = form
    if form.warnAboutCPR(lang: lang) { return form }
    let directory = inquiryStore.directory
    do {
      let all = try directory.categories(includeInactive: true)
      let newName = form.field("new")?.text.trimmed ?? ""
      let shown = all.filter { form.field("cat:\($0.id)")?.checked == true }
      guard !shown.isEmpty || !newName.isEmpty else {
        form.message = lang.pick(
          "Mindst én kategori skal vises.", "At least one category must be shown.")
        return form
      }
      for category in all where shown.contains(category) != category.active {
        try directory.setCategoryActive(category.id, !category.active)
      }
      if !newName.isEmpty { try directory.addCategory(newName) }
      send(.lookups(categories: try directory.categories()))
      desk.say(lang.pick("Kategorierne er gemt.", "The categories are saved."))
      return nil
    } catch let error as InquiryError {
      form.message = error.message(lang)
    } catch {
      form.message = desk.notDone(error, ("Ikke gemt: ", "Not saved: "))
    }
    return form
  }
}
