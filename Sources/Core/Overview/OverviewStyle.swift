/// The overview's one stylesheet, inline in every page: plain and readable
/// on a screen, and on paper an A4 booklet — the cover and the contents on
/// pages of their own, one association to a page, page numbers at the
/// foot, links in black and no navigation.
enum OverviewStyle {
  static func css(booklet: Bool) -> String {
    """
    body { font-family: "DejaVu Sans", Arial, sans-serif; line-height: 1.45; color: #1a1a1a;
      max-width: 46rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
    h1 { font-size: 1.8rem; margin: 0.5rem 0; }
    h2 { font-size: 1.35rem; margin: 1.6rem 0 0.4rem; }
    h3 { font-size: 1.1rem; margin: 1.2rem 0 0.3rem; }
    h4 { font-size: 1rem; margin: 0.9rem 0 0.2rem; }
    a { color: #0b4f8a; }
    ul, ol { padding-left: 1.4rem; }
    .number { display: inline-block; min-width: 2.2em; color: #555; }
    .toc ol, .indexes ul { list-style: none; padding-left: 0; }
    .toc li a, .indexes li a { display: flex; }
    .toc .number, .indexes .number { flex: 0 0 2.2em; }
    .toc-note { color: #444; font-size: 0.9em; }
    .facts, .languages, .intro, footer { color: #444; }
    .stale { border-left: 4px solid #b35c00; padding: 0.3rem 0.6rem; background: #fff4e5; }
    .stale-mark { color: #8a4500; font-size: 0.9em; }
    dl.contact { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
    dl.contact dt { font-weight: bold; }
    dl.contact dd { margin: 0; }
    .activity { border-top: 1px solid #ddd; }
    footer { margin-top: 2rem; font-size: 0.9rem; }
    @page { size: A4; margin: 18mm 16mm 20mm;
      @bottom-center { content: counter(page); font-size: 9pt; } }
    @media print {
      body { max-width: none; padding: 0; font-size: 10.5pt; }
      a { color: inherit; text-decoration: none; }
      nav, .print-link { display: none; }
      h2, h3, h4 { break-after: avoid; }
      .activity, dl.contact { break-inside: avoid; }
    \(booklet ? Self.bookletPrint : "")
    }
    """
  }

  /// Only the booklet breaks pages: the cover alone, the contents from a
  /// new page, and each association on a page of its own.
  private static let bookletPrint = """
      .cover { padding-top: 35%; text-align: center; }
      .toc, .indexes, article.association { break-before: page; }
      .toc ol, .indexes ul { columns: 2; column-gap: 2rem; }
      .toc li, .indexes li { break-inside: avoid; }
      footer { display: none; }
    """
}
