"""Output drawn with QPainter, for the screen and for paper.

One renderer (``body.paint_body``) draws the body map onto any paint device:
the window, PNG and SVG images, the PDF zone sheet, the printer and the
routine card.  These modules need Qt's GUI classes but no widgets.
"""
