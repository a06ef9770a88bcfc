"""Print preview, printing and export of the PDFs printing/ builds (DESIGN.md §5).

Nothing is written to disk: the PDF bytes go to QtPdf through a QBuffer and to
the printer through QPainter. Only an explicit export of a document without
identity writes a file."""
