package nl.namens.register.bvd;

import java.util.List;

/** {@code {"principals": [Representation], "total": n}}: one page, and how many match in all. */
record RepresentationsAnswer(List<Representation> principals, int total) {}
