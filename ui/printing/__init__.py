"""Print preview, printing and export of the PDFs printing/ builds (DESIGN.md §5).

Nothing is written to disk: the PDF bytes go to QtPdf through a QBuffer for the
preview and to the print system's queue from memory (desktop.app.prints checks
the queue keeps no copy first). Only an explicit export of a document without
identity writes a file."""
